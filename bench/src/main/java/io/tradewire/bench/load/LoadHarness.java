package io.tradewire.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Loopback load run of the simulator's WebSocket API: starts a {@link Simulator} with unlimited rate limits in this
 * process, opens {@code --connections} WS API connections from a minimal Netty client (one account each: Ed25519
 * with {@code session.logon}, or HMAC with {@code apiKey} + {@code signature} on every request), drives
 * {@code order.place}/{@code order.cancel} round trips with {@code --in-flight} requests outstanding per connection,
 * and prints throughput and latency percentiles (HdrHistogram). The generator and the venue share the process and the
 * machine, as the issue asks.
 *
 * <p>{@code --soak}: runs {@code --duration} (default 600 s) while sampling the heap every few seconds and after a full
 * GC every minute, and reports whether memory is flat.
 *
 * <pre>
 * java -cp benchmarks.jar io.tradewire.bench.load.LoadHarness --duration 30 --connections 4 --in-flight 64 --auth ed25519
 * </pre>
 */
public final class LoadHarness {
    private static final double TARGET = 50_000;

    private LoadHarness() {
    }

    /**
     * Runs the harness.
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
        int exit = run(o);
        System.exit(exit);
    }

    private static int run(Options o) throws Exception {
        Map<String, BigDecimal> balances = Map.of("BTC", new BigDecimal("1000000"),
                "USDT", new BigDecimal("10000000000"), "ETH", new BigDecimal("1000000"));
        Simulator.Builder sb = Simulator.builder().unlimitedRates();
        List<PrivateKey> edKeys = new ArrayList<>();
        List<String> apiKeys = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        SecureRandom rnd = new SecureRandom();
        for (int i = 0; i < o.connections; i++) {
            if (o.hmac) {
                byte[] s = new byte[32];
                rnd.nextBytes(s);
                String secret = HexFormat.of().formatHex(s);
                String key = "loadHmacKey" + i;
                sb.account(SimAccount.hmac(key, secret, balances));
                apiKeys.add(key);
                secrets.add(secret);
            } else {
                DemoAccount d = SimAccount.generateEd25519Demo(balances);
                sb.account(d.account());
                apiKeys.add(d.account().apiKey());
                edKeys.add(d.privateKey());
            }
        }
        Recorder recorder = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        LoadConnection.ErrorSamples samples = new LoadConnection.ErrorSamples();
        long intervalNs = o.rate > 0 ? Math.max(1, (long) (1e9 * o.connections / o.rate)) : 0;

        printMachine(o);
        try (Simulator sim = sb.build().start()) {
            URI uri = sim.wsApiUri();
            EventLoopGroup group = new MultiThreadIoEventLoopGroup(o.clientThreads, NioIoHandler.newFactory());
            List<LoadConnection> conns = new ArrayList<>();
            List<Channel> channels = new ArrayList<>();
            try {
                for (int i = 0; i < o.connections; i++) {
                    LoadConnection.RequestFactory f = factory(i, o, apiKeys.get(i), o.hmac ? secrets.get(i) : null);
                    LoadConnection c = new LoadConnection(i, f, o.inFlight, intervalNs, recorder, ok, errors, samples);
                    channels.add(connect(group, uri, c));
                    c.handshake.get(10, TimeUnit.SECONDS);
                    if (!o.hmac) {
                        c.logon(logonFrame(apiKeys.get(i), edKeys.get(i))).get(10, TimeUnit.SECONDS);
                    }
                    conns.add(c);
                }
                System.out.printf(Locale.ROOT, "%d connections open%s; starting%n", conns.size(),
                        o.hmac ? " (HMAC, signature per request)" : " (Ed25519, session.logon)");

                HeapSampler sampler = null;
                Thread samplerThread = null;
                if (o.soak) {
                    sampler = new HeapSampler(o.sampleSeconds, o.fullGcSeconds, o.settleSeconds);
                    samplerThread = new Thread(sampler, "heap-sampler");
                    samplerThread.setDaemon(true);
                    samplerThread.start();
                }
                conns.forEach(LoadConnection::start);
                Histogram total = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
                Histogram interval = null;
                long okAtStart = 0;
                long errAtStart = 0;
                long gcCountStart = 0;
                long gcTimeStart = 0;
                long cpuStart = 0;
                long measureStartNs = 0;
                long busyStart = 0;
                long begin = System.nanoTime();
                long lastOk = 0;
                int seconds = o.warmup + o.duration;
                for (int s = 1; s <= seconds; s++) {
                    long wake = begin + s * 1_000_000_000L;
                    long sleep = wake - System.nanoTime();
                    if (sleep > 0) {
                        TimeUnit.NANOSECONDS.sleep(sleep);
                    }
                    interval = recorder.getIntervalHistogram(interval);
                    long okNow = ok.sum();
                    if (s == o.warmup) {
                        okAtStart = okNow;
                        errAtStart = errors.sum();
                        gcCountStart = gcCount();
                        gcTimeStart = gcTime();
                        cpuStart = processCpuNs();
                        measureStartNs = System.nanoTime();
                        busyStart = machineBusyNs();
                        conns.forEach(LoadConnection::beginMeasurement);
                    } else if (s > o.warmup) {
                        total.add(interval);
                    }
                    if (o.progress > 0 && s % o.progress == 0) {
                        System.out.printf(Locale.ROOT, "t=%3ds %s ok/s=%d p50=%.0fus p99=%.0fus max=%.0fus errors=%d%n",
                                s, s <= o.warmup ? "warmup " : "", okNow - lastOk,
                                interval.getValueAtPercentile(50) / 1e3, interval.getValueAtPercentile(99) / 1e3,
                                interval.getMaxValue() / 1e3, errors.sum());
                    }
                    lastOk = okNow;
                }
                long measureNs = System.nanoTime() - measureStartNs;
                long okMeasured = ok.sum() - okAtStart;
                long errMeasured = errors.sum() - errAtStart;
                long gcCountMeasured = gcCount() - gcCountStart;
                long gcTimeMeasured = gcTime() - gcTimeStart;
                long ourCpu = processCpuNs() - cpuStart;
                double cpuUsed = ourCpu / (double) measureNs;
                long busy = machineBusyNs() - busyStart;
                double others = busyStart < 0 || busy < 0 ? -1 : Math.max(0, busy - ourCpu) / (double) measureNs;
                if (sampler != null) {
                    sampler.stop();
                    samplerThread.interrupt();
                }
                for (LoadConnection c : conns) {
                    c.stop().get(30, TimeUnit.SECONDS);
                }
                double tput = okMeasured / (measureNs / 1e9);
                String mode = o.rate > 0 ? "open-loop " + o.rate + " req/s target, latency from intended send time"
                        : "closed-loop";
                System.out.println();
                System.out.printf(Locale.ROOT, "RESULT mode=%s auth=%s connections=%d in-flight/conn=%d "
                                + "client-threads=%d warmup=%ds measured=%.1fs respType=%s%n", mode,
                        o.hmac ? "hmac" : "ed25519", o.connections, o.inFlight, o.clientThreads, o.warmup,
                        measureNs / 1e9, o.respType == null ? "default(FULL)" : o.respType);
                System.out.printf(Locale.ROOT, "RESULT throughput=%.0f round-trips/s (ok=%d errors=%d; half order.place, "
                        + "half order.cancel)%n", tput, okMeasured, errMeasured);
                System.out.printf(Locale.ROOT, "RESULT latency_us p50=%.0f p90=%.0f p99=%.0f p99.9=%.0f p99.99=%.0f "
                                + "max=%.0f (n=%d)%n",
                        total.getValueAtPercentile(50) / 1e3, total.getValueAtPercentile(90) / 1e3,
                        total.getValueAtPercentile(99) / 1e3, total.getValueAtPercentile(99.9) / 1e3,
                        total.getValueAtPercentile(99.99) / 1e3, total.getMaxValue() / 1e3, total.getTotalCount());
                System.out.printf(Locale.ROOT, "RESULT process cpu=%.2f cores of %d; other processes on the machine "
                                + "used %.2f cores meanwhile; gc: %d collections, %d ms; loadavg %s%n",
                        cpuUsed, Runtime.getRuntime().availableProcessors(), others, gcCountMeasured, gcTimeMeasured,
                        loadAvg());
                System.out.printf(Locale.ROOT, "RESULT target>=%.0f round-trips/s: %s%n", TARGET,
                        tput >= TARGET ? "MET" : "MISSED");
                for (String e : samples.list()) {
                    System.out.println("RESULT error sample: " + e);
                }
                if (sampler != null) {
                    for (String line : sampler.summary()) {
                        System.out.println("RESULT memory " + line);
                    }
                    double slope = sampler.verdictSlope();
                    double first = sampler.verdictFirst();
                    double max = sampler.verdictMax();
                    // Flat: the settled trend would add less than 5% of the settled starting heap per 10 minutes.
                    boolean flat = slope * 10 <= Math.max(16, first * 0.05);
                    System.out.printf(Locale.ROOT, "RESULT memory flat=%s (slope %.2f MB/min, first %.1f MB, max %.1f "
                            + "MB; flat means < max(16 MB, 5%% of first) per 10 min)%n", flat ? "YES" : "NO",
                            slope, first, max);
                }
                return errMeasured == 0 ? 0 : 1;
            } finally {
                for (Channel ch : channels) {
                    ch.close();
                }
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            }
        }
    }

    private static Channel connect(EventLoopGroup group, URI uri, LoadConnection handler) throws InterruptedException {
        Bootstrap b = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65536),
                                new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                                        uri, WebSocketVersion.V13, null, false, new DefaultHttpHeaders(), 1 << 20)),
                                new WebSocketFrameAggregator(1 << 20),
                                handler);
                    }
                });
        return b.connect(uri.getHost(), uri.getPort()).sync().channel();
    }

    private static String logonFrame(String apiKey, PrivateKey key) {
        long ts = System.currentTimeMillis();
        String payload = "apiKey=" + apiKey + "&timestamp=" + ts;
        String sig = Signers.ed25519(key).sign(payload.getBytes(StandardCharsets.UTF_8));
        return "{\"id\":\"logon\",\"method\":\"session.logon\",\"params\":{\"apiKey\":\"" + apiKey
                + "\",\"signature\":\"" + sig + "\",\"timestamp\":" + ts + "}}";
    }

    /** Templates for one connection; client order ids are {@code c<conn>x<12 digits>}. */
    private static LoadConnection.RequestFactory factory(int conn, Options o, String apiKey, String secret)
            throws Exception {
        String cid = String.format(Locale.ROOT, "c%02dx{CID:12}", conn);
        String resp = o.respType == null ? "" : ",\"newOrderRespType\":\"" + o.respType + "\"";
        String respCanon = o.respType == null ? "" : "&newOrderRespType=" + o.respType;
        FrameTemplate[] place = new FrameTemplate[2];
        FrameTemplate[] placeCanon = new FrameTemplate[2];
        String[] sides = {"BUY", "SELL"};
        String[] prices = {"500{P:2}.00", "700{P:2}.00"};
        for (int s = 0; s < 2; s++) {
            String auth = secret == null ? "" : "\"apiKey\":\"" + apiKey + "\",";
            String sig = secret == null ? "" : ",\"signature\":\"{SIG:64}\"";
            place[s] = FrameTemplate.of("{\"id\":\"{ID:12}\",\"method\":\"order.place\",\"params\":{" + auth
                    + "\"symbol\":\"BTCUSDT\",\"side\":\"" + sides[s] + "\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\","
                    + "\"price\":\"" + prices[s] + "\",\"quantity\":\"0.00100\",\"newClientOrderId\":\"" + cid + "\""
                    + resp + ",\"timestamp\":{TS:13}" + sig + "}}");
            placeCanon[s] = FrameTemplate.of("apiKey=" + apiKey + "&newClientOrderId=" + cid + respCanon
                    + "&price=" + prices[s] + "&quantity=0.00100&side=" + sides[s]
                    + "&symbol=BTCUSDT&timeInForce=GTC&timestamp={TS:13}&type=LIMIT");
        }
        String auth = secret == null ? "" : "\"apiKey\":\"" + apiKey + "\",";
        String sig = secret == null ? "" : ",\"signature\":\"{SIG:64}\"";
        FrameTemplate cancel = FrameTemplate.of("{\"id\":\"{ID:12}\",\"method\":\"order.cancel\",\"params\":{" + auth
                + "\"symbol\":\"BTCUSDT\",\"origClientOrderId\":\"" + cid + "\",\"timestamp\":{TS:13}" + sig + "}}");
        FrameTemplate cancelCanon = FrameTemplate.of("apiKey=" + apiKey + "&origClientOrderId=" + cid
                + "&symbol=BTCUSDT&timestamp={TS:13}");
        Mac mac = null;
        if (secret != null) {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }
        return new LoadConnection.RequestFactory(place, cancel, secret == null ? null : placeCanon,
                secret == null ? null : cancelCanon, mac);
    }

    private static void printMachine(Options o) {
        System.out.printf(Locale.ROOT, "java %s (%s), %d cpus, max heap %d MB, args: %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, o);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcTime() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    /** Busy CPU time of the whole machine so far (from /proc/stat), or -1 where there is none. */
    private static long machineBusyNs() {
        try {
            String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String loadAvg() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "n/a";
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
        int duration = 30;
        int warmup = 10;
        int connections = 4;
        int inFlight = 64;
        int clientThreads = 1;
        boolean hmac;
        long rate;
        String respType;
        boolean soak;
        int sampleSeconds = 5;
        int fullGcSeconds = 60;
        int settleSeconds = 60;
        int progress = 5;

        static Options parse(String[] args) {
            Options o = new Options();
            boolean durationGiven = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--duration" -> {
                        o.duration = Integer.parseInt(args[++i]);
                        durationGiven = true;
                    }
                    case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
                    case "--connections" -> o.connections = Integer.parseInt(args[++i]);
                    case "--in-flight" -> o.inFlight = Integer.parseInt(args[++i]);
                    case "--client-threads" -> o.clientThreads = Integer.parseInt(args[++i]);
                    case "--auth" -> {
                        String v = args[++i];
                        if (!v.equals("hmac") && !v.equals("ed25519")) {
                            throw new IllegalArgumentException("--auth hmac|ed25519");
                        }
                        o.hmac = v.equals("hmac");
                    }
                    case "--rate" -> o.rate = Long.parseLong(args[++i]);
                    case "--resp-type" -> o.respType = args[++i].toUpperCase(Locale.ROOT);
                    case "--soak" -> o.soak = true;
                    case "--sample-seconds" -> o.sampleSeconds = Integer.parseInt(args[++i]);
                    case "--full-gc-seconds" -> o.fullGcSeconds = Integer.parseInt(args[++i]);
                    case "--settle-seconds" -> o.settleSeconds = Integer.parseInt(args[++i]);
                    case "--progress" -> o.progress = Integer.parseInt(args[++i]);
                    case "-h", "--help" -> {
                        return null;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
            }
            if (o.soak && !durationGiven) {
                o.duration = 600;
            }
            if (o.connections < 1 || o.connections > 99 || o.inFlight < 2 || o.duration < 1 || o.warmup < 1) {
                throw new IllegalArgumentException("need 1..99 connections, in-flight >= 2, duration and warmup >= 1");
            }
            return o;
        }

        static String usage() {
            return String.join("\n",
                    "LoadHarness options:",
                    "  --duration S         measured seconds (default 30; 600 with --soak)",
                    "  --warmup S           seconds before measuring (default 10)",
                    "  --connections N      WS API connections, one account each (default 4)",
                    "  --in-flight N        requests outstanding per connection (default 64)",
                    "  --client-threads N   generator event-loop threads (default 1)",
                    "  --auth ed25519|hmac  session.logon, or apiKey+signature on every request (default ed25519)",
                    "  --rate R             open loop at R requests/s in total (default 0: closed loop)",
                    "  --resp-type T        newOrderRespType ACK|RESULT|FULL (default: not sent, FULL)",
                    "  --soak               sample heap every --sample-seconds (5) and after a full GC every",
                    "                       --full-gc-seconds (60); slope counted after --settle-seconds (60)",
                    "  --progress S         print a progress line every S seconds (default 5, 0 = never)");
        }

        @Override
        public String toString() {
            return "duration=" + duration + " warmup=" + warmup + " connections=" + connections + " inFlight="
                    + inFlight + " clientThreads=" + clientThreads + " auth=" + (hmac ? "hmac" : "ed25519")
                    + " rate=" + rate + " respType=" + respType + " soak=" + soak;
        }
    }
}
