package io.tradewire.bench.rtt;

import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Loopback round-trip comparison: one {@link Simulator} ({@code unlimitedRates}) in this JVM and, in the same run,
 * three clients placing {@code order.place} round trips against it, each on its own connection and account, all
 * logged on with Ed25519 ({@code session.logon}):
 * <ol>
 *   <li>{@code tradewire}: our {@code SpotWsApiClient}, scaled-long {@code PlaceOrderRequest}, decoded answers;</li>
 *   <li>{@code official-3.4.1}: binance-connector-java 3.4.1 {@code WebSocketApiClientImpl};</li>
 *   <li>{@code floor}: a minimal Netty client sending pre-encoded frames, reading answers as bytes.</li>
 * </ol>
 * Every order is a BUY LIMIT IOC of 0.001 BTCUSDT at 50000.00-50000.99 into an empty book: it expires at once, so the
 * book stays empty and every request costs the venue the same. Each client runs closed loop with 1 and with 64
 * requests in flight; segments alternate between clients (the order rotates each round) so that noise from the
 * shared machine falls on all of them alike. Warm-up rounds are not recorded, and each segment's first moments
 * (settle) are not either. Latency goes into HdrHistograms; CPU used by other processes meanwhile is measured from
 * {@code /proc/stat} and printed.
 *
 * <p>The last line printed is {@code ratio_official_p50=X ratio_official_p99=Y ratio_floor_p50=Z}: Tradewire's
 * latency over the official client's at p50 and p99, and over the floor's at p50, all at 1 request in flight
 * ({@code --ratio-window}).
 *
 * <pre>
 * java -cp benchmarks.jar io.tradewire.bench.rtt.RttHarness --rounds 5 --segment 3
 * </pre>
 */
public final class RttHarness {
    static final String SYMBOL = "BTCUSDT";
    static final long PRICE_BASE_CENTS = 5_000_000; // 50000.00
    static final long QTY_MANTISSA = 100;
    static final int QTY_SCALE = 5;
    static final String QTY_TEXT = "0.00100";
    private static final double TARGET_OFFICIAL = 0.5;
    private static final double TARGET_FLOOR = 1.3;
    /** The simulator's WS API server threads (Netty's default names). */
    private static final String SERVER_THREADS = "multiThreadIoEventLoopGroup";

    private RttHarness() {
    }

    /** @return price cents 0..99 varied per order without any shared counter */
    static int cents(long startNs) {
        return (int) Math.floorMod(startNs >>> 10, 100L);
    }

    /**
     * Runs the comparison.
     *
     * @param args see {@link Options#usage()}
     * @throws Exception on setup failure
     */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (o == null) {
            System.out.println(Options.usage());
            return;
        }
        System.exit(run(o));
    }

    private static int run(Options o) throws Exception {
        Map<String, BigDecimal> balances = Map.of("BTC", new BigDecimal("1000000"),
                "USDT", new BigDecimal("10000000000"));
        DemoAccount[] accounts = new DemoAccount[3];
        Simulator.Builder sb = Simulator.builder().unlimitedRates();
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = SimAccount.generateEd25519Demo(balances);
            sb.account(accounts[i].account());
        }
        System.out.printf(Locale.ROOT, "java %s (%s), %d cpus, max heap %d MB, gc %s%nargs: %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, gcNames(), o);
        Path tmp = Files.createTempDirectory("rtt");
        List<RttDriver> drivers = new ArrayList<>();
        int exit = 0;
        try (Simulator sim = sb.build().start()) {
            for (String name : o.clients) {
                DemoAccount a = accounts[drivers.size()];
                String key = a.account().apiKey();
                drivers.add(switch (name) {
                    case "tradewire" -> new OursDriver(sim.wsApiUri(), key, a.privateKey());
                    case "official" -> new OfficialDriver(sim.wsApiUri(), key, a.privateKey(), tmp);
                    case "floor" -> new FloorDriver(sim.wsApiUri(), key, a.privateKey());
                    default -> throw new IllegalArgumentException("unknown client " + name);
                });
            }
            Files.deleteIfExists(tmp);
            for (RttDriver d : drivers) {
                System.out.printf(Locale.ROOT, "probe %-14s %s%n", d.name(), d.probe());
            }

            long warmupStart = System.nanoTime();
            for (int r = 0; r < o.warmupRounds; r++) {
                for (int w : o.windows) {
                    for (RttDriver d : rotated(drivers, r)) {
                        runSegment(d, w, o.settleMs, o.warmupSegmentMs);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "warm-up: %d rounds in %.1f s, not recorded%n", o.warmupRounds,
                    (System.nanoTime() - warmupStart) / 1e9);

            Map<String, Agg> aggs = new LinkedHashMap<>();
            for (int w : o.windows) {
                for (RttDriver d : drivers) {
                    aggs.put(key(d, w), new Agg(d.name(), w));
                }
            }
            for (int r = 0; r < o.rounds; r++) {
                int[] windows = r % 2 == 0 ? o.windows : reversed(o.windows);
                for (int w : windows) {
                    for (RttDriver d : rotated(drivers, r)) {
                        Segment s = runSegment(d, w, o.settleMs, o.segmentMs);
                        aggs.get(key(d, w)).add(s);
                        if (o.progress) {
                            System.out.printf(Locale.ROOT, "round %2d in-flight %-3d %-14s n=%-7d p50=%7.1fus "
                                            + "p99=%8.1fus p99.9=%8.1fus rt/s=%6.0f cli_cpu=%5.1fus srv_cpu=%5.1fus "
                                            + "jvm=%.2f others=%.2f gc=%dms%s%n",
                                    r + 1, w, d.name(), s.hist.getTotalCount(), us(s.hist, 50), us(s.hist, 99),
                                    us(s.hist, 99.9), s.throughput(), s.clientCpuNs / 1e3 / s.hist.getTotalCount(),
                                    s.serverCpuNs / 1e3 / s.hist.getTotalCount(), s.cpuCores(), s.otherCores(),
                                    s.gcMs, s.drained ? "" : " NOT DRAINED");
                        }
                    }
                }
            }

            System.out.println();
            System.out.printf(Locale.ROOT, "RESULT %d rounds x %d clients x %d concurrencies, %.1f s measured per "
                            + "segment (after %d ms settle), client order rotated each round; closed loop%n",
                    o.rounds, drivers.size(), o.windows.length, o.segmentMs / 1e3, o.settleMs);
            System.out.printf(Locale.ROOT, "RESULT %-14s %9s %9s %9s %9s %9s %9s %10s %8s %9s %9s %5s %6s %6s%n",
                    "client", "in-flight", "n", "p50_us", "p90_us", "p99_us", "p99.9_us", "max_us", "rt/s",
                    "cli_cpu", "srv_cpu", "jvm", "others", "errors");
            for (Agg a : aggs.values()) {
                Histogram h = a.hist;
                System.out.printf(Locale.ROOT, "RESULT %-14s %9d %9d %9.1f %9.1f %9.1f %9.1f %10.1f %8.0f %9.2f %9.2f "
                                + "%5.2f %6.2f %6d%n", a.name, a.window, h.getTotalCount(), us(h, 50), us(h, 90),
                        us(h, 99), us(h, 99.9), h.getMaxValue() / 1e3, a.throughput(), a.clientCpuUs(),
                        a.serverCpuUs(), a.cpuCores(), a.otherCores(), a.errors);
            }
            System.out.println("RESULT cli_cpu, srv_cpu: CPU microseconds per round trip on the client's threads and on "
                    + "the simulator's server threads; jvm: cores this JVM used meanwhile; others: cores the rest of "
                    + "the machine used meanwhile (/proc/stat); rt/s: round trips per second");
            for (Agg a : aggs.values()) {
                System.out.printf(Locale.ROOT, "RESULT per-round p50_us %-14s in-flight %-3d %s; gc %d ms%n", a.name,
                        a.window, a.roundP50s(), a.gcMs);
            }
            for (RttDriver d : drivers) {
                for (String e : d.errorSamples()) {
                    System.out.println("RESULT error sample " + d.name() + ": " + e);
                }
                if (d.errors() > 0) {
                    exit = 1;
                }
            }
            for (int w : o.windows) {
                Ratios x = ratios(aggs, w);
                System.out.printf(Locale.ROOT, "RESULT in-flight %d: ours/official p50=%.3f p99=%.3f p99.9=%.3f "
                                + "throughput=%.3f; ours/floor p50=%.3f p99=%.3f%n", w, x.officialP50, x.officialP99,
                        x.officialP999, x.officialTput, x.floorP50, x.floorP99);
            }
            Ratios x = ratios(aggs, o.ratioWindow);
            System.out.printf(Locale.ROOT, "RESULT targets at %d in flight: ours <= %.1fx official at p50 %s, at p99 %s;"
                            + " ours <= %.1fx floor at p50 %s%n", o.ratioWindow, TARGET_OFFICIAL,
                    verdict(x.officialP50 <= TARGET_OFFICIAL), verdict(x.officialP99 <= TARGET_OFFICIAL), TARGET_FLOOR,
                    verdict(x.floorP50 <= TARGET_FLOOR));
            for (RttDriver d : drivers) {
                d.close();
            }
            System.out.printf(Locale.ROOT, "ratio_official_p50=%.3f ratio_official_p99=%.3f ratio_floor_p50=%.3f%n",
                    x.officialP50, x.officialP99, x.floorP50);
        }
        return exit;
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    private static String key(RttDriver d, int window) {
        return d.name() + "@" + window;
    }

    /** Round r starts with client r mod n: every client goes first, middle and last equally often. */
    private static List<RttDriver> rotated(List<RttDriver> drivers, int r) {
        List<RttDriver> out = new ArrayList<>(drivers.size());
        for (int i = 0; i < drivers.size(); i++) {
            out.add(drivers.get((r + i) % drivers.size()));
        }
        return out;
    }

    private static int[] reversed(int[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[a.length - 1 - i];
        }
        return b;
    }

    private static Segment runSegment(RttDriver d, int window, long settleMs, long measureMs) throws Exception {
        d.start(window);
        TimeUnit.MILLISECONDS.sleep(settleMs);
        String[] prefixes = {d.threadPrefix(), SERVER_THREADS};
        long[] threads0 = threadCpuNs(prefixes);
        long cpu0 = processCpuNs();
        long busy0 = machineBusyNs();
        long gc0 = gcTimeMs();
        long t0 = System.nanoTime();
        d.beginRecording();
        TimeUnit.MILLISECONDS.sleep(measureMs);
        Histogram h = d.endRecording();
        long t1 = System.nanoTime();
        long cpu = processCpuNs() - cpu0;
        long busy = machineBusyNs() - busy0;
        long gc = gcTimeMs() - gc0;
        long[] threads1 = threadCpuNs(prefixes);
        boolean drained = d.stopAndDrain(15_000);
        long others = busy0 < 0 || busy < 0 ? -1 : Math.max(0, busy - cpu);
        return new Segment(h, t1 - t0, cpu, others, gc, drained, threads1[0] - threads0[0],
                threads1[1] - threads0[1]);
    }

    private static Ratios ratios(Map<String, Agg> aggs, int window) {
        Agg ours = aggs.get("tradewire@" + window);
        Agg official = aggs.get("official-3.4.1@" + window);
        Agg floor = aggs.get("floor@" + window);
        Ratios r = new Ratios();
        if (ours != null && official != null) {
            r.officialP50 = ratio(ours.hist, official.hist, 50);
            r.officialP99 = ratio(ours.hist, official.hist, 99);
            r.officialP999 = ratio(ours.hist, official.hist, 99.9);
            r.officialTput = ours.throughput() / official.throughput();
        }
        if (ours != null && floor != null) {
            r.floorP50 = ratio(ours.hist, floor.hist, 50);
            r.floorP99 = ratio(ours.hist, floor.hist, 99);
        }
        return r;
    }

    private static double ratio(Histogram a, Histogram b, double pct) {
        return a.getValueAtPercentile(pct) / (double) b.getValueAtPercentile(pct);
    }

    private static double us(Histogram h, double pct) {
        return h.getValueAtPercentile(pct) / 1e3;
    }

    /** Ratios of Tradewire's figures over a competitor's; NaN where that client did not run. */
    private static final class Ratios {
        double officialP50 = Double.NaN;
        double officialP99 = Double.NaN;
        double officialP999 = Double.NaN;
        double officialTput = Double.NaN;
        double floorP50 = Double.NaN;
        double floorP99 = Double.NaN;
    }

    /** One measured segment of one client at one concurrency. */
    private static final class Segment {
        final Histogram hist;
        final long ns;
        final long cpuNs;
        final long otherNs;
        final long gcMs;
        final boolean drained;
        final long clientCpuNs;
        final long serverCpuNs;

        Segment(Histogram hist, long ns, long cpuNs, long otherNs, long gcMs, boolean drained, long clientCpuNs,
                long serverCpuNs) {
            this.clientCpuNs = clientCpuNs;
            this.serverCpuNs = serverCpuNs;
            this.hist = hist;
            this.ns = ns;
            this.cpuNs = cpuNs;
            this.otherNs = otherNs;
            this.gcMs = gcMs;
            this.drained = drained;
        }

        double throughput() {
            return hist.getTotalCount() / (ns / 1e9);
        }

        double cpuCores() {
            return cpuNs / (double) ns;
        }

        double otherCores() {
            return otherNs < 0 ? -1 : otherNs / (double) ns;
        }
    }

    /** All segments of one client at one concurrency. */
    private static final class Agg {
        final String name;
        final int window;
        final Histogram hist = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        final List<Double> p50s = new ArrayList<>();
        long ns;
        long cpuNs;
        long otherNs;
        long gcMs;
        long errors;
        long clientCpuNs;
        long serverCpuNs;

        Agg(String name, int window) {
            this.name = name;
            this.window = window;
        }

        void add(Segment s) {
            hist.add(s.hist);
            p50s.add(s.hist.getValueAtPercentile(50) / 1e3);
            ns += s.ns;
            cpuNs += s.cpuNs;
            otherNs = otherNs < 0 || s.otherNs < 0 ? -1 : otherNs + s.otherNs;
            gcMs += s.gcMs;
            clientCpuNs += s.clientCpuNs;
            serverCpuNs += s.serverCpuNs;
            if (!s.drained) {
                errors++;
            }
        }

        double throughput() {
            return hist.getTotalCount() / (ns / 1e9);
        }

        double cpuCores() {
            return cpuNs / (double) ns;
        }

        double otherCores() {
            return otherNs < 0 ? -1 : otherNs / (double) ns;
        }

        double clientCpuUs() {
            return clientCpuNs / 1e3 / hist.getTotalCount();
        }

        double serverCpuUs() {
            return serverCpuNs / 1e3 / hist.getTotalCount();
        }

        String roundP50s() {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < p50s.size(); i++) {
                b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", p50s.get(i)));
            }
            return b.append(']').toString();
        }
    }

    /** CPU time so far of the live threads whose names start with each prefix. */
    private static long[] threadCpuNs(String[] prefixes) {
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        long[] out = new long[prefixes.length];
        for (ThreadInfo t : tmx.getThreadInfo(tmx.getAllThreadIds(), 0)) {
            if (t == null) {
                continue;
            }
            for (int i = 0; i < prefixes.length; i++) {
                if (t.getThreadName().startsWith(prefixes[i])) {
                    long ns = tmx.getThreadCpuTime(t.getThreadId());
                    out[i] += Math.max(0, ns);
                }
            }
        }
        return out;
    }

    private static String gcNames() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return String.join("+", names);
    }

    private static long gcTimeMs() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    /** Busy CPU time of the whole machine so far (from /proc/stat), or -1 where there is none. */
    private static long machineBusyNs() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // all but idle and iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long processCpuNs() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return 0;
    }

    /** Command-line options. */
    static final class Options {
        int rounds = 12;
        long segmentMs = 1500;
        int warmupRounds = 2;
        long warmupSegmentMs = 2500;
        long settleMs = 150;
        int[] windows = {1, 64};
        int ratioWindow = 1;
        List<String> clients = List.of("tradewire", "official", "floor");
        boolean progress = true;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
                    case "--segment" -> o.segmentMs = (long) (Double.parseDouble(args[++i]) * 1000);
                    case "--warmup-rounds" -> o.warmupRounds = Integer.parseInt(args[++i]);
                    case "--warmup-segment" -> o.warmupSegmentMs = (long) (Double.parseDouble(args[++i]) * 1000);
                    case "--settle-ms" -> o.settleMs = Long.parseLong(args[++i]);
                    case "--in-flight" -> o.windows = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                            .toArray();
                    case "--ratio-window" -> o.ratioWindow = Integer.parseInt(args[++i]);
                    case "--clients" -> o.clients = List.of(args[++i].split(","));
                    case "--quiet" -> o.progress = false;
                    case "-h", "--help" -> {
                        return null;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
            }
            for (int w : o.windows) {
                if (w < 1 || w > RttDriver.MAX_WINDOW) {
                    throw new IllegalArgumentException("--in-flight values must be 1.." + RttDriver.MAX_WINDOW);
                }
            }
            if (o.rounds < 1 || o.segmentMs < 100 || o.clients.isEmpty() || o.clients.size() > 3
                    || o.clients.stream().distinct().count() != o.clients.size()) {
                throw new IllegalArgumentException("need rounds >= 1, segment >= 0.1 s, 1-3 distinct clients");
            }
            if (Arrays.stream(o.windows).noneMatch(w -> w == o.ratioWindow)) {
                o.ratioWindow = o.windows[0];
            }
            return o;
        }

        static String usage() {
            return String.join("\n",
                    "RttHarness options:",
                    "  --rounds N           measured rounds (default 12); each runs every client at every concurrency",
                    "  --segment S          measured seconds per client per concurrency per round (default 1.5)",
                    "  --warmup-rounds N    rounds before measuring, not recorded (default 2)",
                    "  --warmup-segment S   seconds per warm-up segment (default 2.5)",
                    "  --settle-ms MS       unrecorded start of every segment (default 150)",
                    "  --in-flight LIST     concurrencies, requests in flight per client (default 1,64)",
                    "  --ratio-window N     concurrency the last line's ratios use (default 1)",
                    "  --clients LIST       subset/order of tradewire,official,floor (default all three)",
                    "  --quiet              no line per segment");
        }

        @Override
        public String toString() {
            return "rounds=" + rounds + " segment=" + segmentMs + "ms warmupRounds=" + warmupRounds
                    + " warmupSegment=" + warmupSegmentMs + "ms settle=" + settleMs + "ms inFlight="
                    + Arrays.toString(windows) + " ratioWindow=" + ratioWindow + " clients=" + clients;
        }
    }
}
