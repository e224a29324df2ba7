package io.tradewire.bench.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Samples the heap during a soak run: every {@code sampleSeconds} the heap in use after the most recent collection
 * (from the collectors' last GC info, the sum over heap pools), and every {@code fullGcSeconds} the live heap measured
 * right after an explicit full collection ({@code System.gc()}, a stop-the-world full GC under G1), which is the
 * number that says whether the process retains more and more. Reports the least-squares slope of each series (MB per
 * minute) after the first {@code settleSeconds}, and the maximum.
 */
final class HeapSampler implements Runnable {
    private static final double MB = 1024.0 * 1024.0;

    private final int sampleSeconds;
    private final int fullGcSeconds;
    private final int settleSeconds;
    private final long startNs = System.nanoTime();
    private final List<double[]> afterGc = new ArrayList<>();   // {seconds, MB}
    private final List<double[]> afterFull = new ArrayList<>(); // {seconds, MB}
    private volatile boolean stop;

    HeapSampler(int sampleSeconds, int fullGcSeconds, int settleSeconds) {
        this.sampleSeconds = sampleSeconds;
        this.fullGcSeconds = fullGcSeconds;
        this.settleSeconds = settleSeconds;
    }

    void stop() {
        stop = true;
    }

    @Override
    public void run() {
        long nextFull = fullGcSeconds > 0 ? fullGcSeconds : Long.MAX_VALUE;
        try {
            while (!stop) {
                Thread.sleep(sampleSeconds * 1000L);
                double t = (System.nanoTime() - startNs) / 1e9;
                double mb = heapAfterLastGc() / MB;
                synchronized (this) {
                    afterGc.add(new double[] {t, mb});
                }
                String full = "";
                if (t >= nextFull && !stop) {
                    long t0 = System.nanoTime();
                    System.gc();
                    double pauseMs = (System.nanoTime() - t0) / 1e6;
                    double live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
                    synchronized (this) {
                        afterFull.add(new double[] {t, live});
                    }
                    full = String.format(Locale.ROOT, " liveAfterFullGC=%.1fMB (System.gc %.0f ms)", live, pauseMs);
                    nextFull += fullGcSeconds;
                }
                System.out.printf(Locale.ROOT, "mem t=%.0fs heapAfterGC=%.1fMB%s%n", t, mb, full);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sum over heap pools of the usage after the most recent collection of any collector. */
    static long heapAfterLastGc() {
        long bestEnd = -1;
        Map<String, MemoryUsage> after = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean) {
                com.sun.management.GcInfo info = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
                if (info != null && info.getEndTime() > bestEnd) {
                    bestEnd = info.getEndTime();
                    after = info.getMemoryUsageAfterGc();
                }
            }
        }
        if (after == null) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage u = after.get(pool.getName());
                if (u != null) {
                    sum += u.getUsed();
                }
            }
        }
        return sum;
    }

    /** @return report lines */
    synchronized List<String> summary() {
        List<String> out = new ArrayList<>();
        out.add(line("heapAfterGC", afterGc));
        if (!afterFull.isEmpty()) {
            out.add(line("liveAfterFullGC", afterFull));
        }
        return out;
    }

    /** Slope after settling, in MB/min, of the full-GC series if there is one, else of the after-GC series. */
    synchronized double verdictSlope() {
        return slope(afterFull.size() >= 3 ? afterFull : afterGc);
    }

    synchronized double verdictFirst() {
        List<double[]> s = settled(afterFull.size() >= 3 ? afterFull : afterGc);
        return s.isEmpty() ? 0 : s.get(0)[1];
    }

    synchronized double verdictMax() {
        double max = 0;
        for (double[] p : settled(afterFull.size() >= 3 ? afterFull : afterGc)) {
            max = Math.max(max, p[1]);
        }
        return max;
    }

    private String line(String name, List<double[]> series) {
        List<double[]> s = settled(series);
        double max = 0;
        double min = Double.MAX_VALUE;
        for (double[] p : s) {
            max = Math.max(max, p[1]);
            min = Math.min(min, p[1]);
        }
        return String.format(Locale.ROOT,
                "%s: samples=%d (after %ds) first=%.1fMB last=%.1fMB min=%.1fMB max=%.1fMB slope=%.2fMB/min",
                name, s.size(), settleSeconds, s.isEmpty() ? 0 : s.get(0)[1], s.isEmpty() ? 0 : s.get(s.size() - 1)[1],
                s.isEmpty() ? 0 : min, max, slope(series));
    }

    private List<double[]> settled(List<double[]> series) {
        List<double[]> s = new ArrayList<>();
        for (double[] p : series) {
            if (p[0] >= settleSeconds) {
                s.add(p);
            }
        }
        return s;
    }

    private double slope(List<double[]> series) {
        List<double[]> s = settled(series);
        int n = s.size();
        if (n < 2) {
            return 0;
        }
        double mx = 0;
        double my = 0;
        for (double[] p : s) {
            mx += p[0];
            my += p[1];
        }
        mx /= n;
        my /= n;
        double num = 0;
        double den = 0;
        for (double[] p : s) {
            num += (p[0] - mx) * (p[1] - my);
            den += (p[0] - mx) * (p[0] - mx);
        }
        return den == 0 ? 0 : num / den * 60.0;
    }
}
