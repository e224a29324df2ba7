package io.tradewire.core.time;

/** Wall-clock and monotonic time, injectable so tests can control it. */
public interface EpochClock {
    /**
     * Wall-clock time.
     *
     * @return milliseconds since the Unix epoch
     */
    long epochMillis();

    /**
     * Monotonic time for measuring durations and deadlines.
     *
     * @return nanoseconds from an arbitrary origin
     */
    long nanoTime();

    /**
     * The system clock ({@link System#currentTimeMillis()}, {@link System#nanoTime()}).
     *
     * @return a shared instance
     */
    static EpochClock system() {
        return SystemEpochClock.INSTANCE;
    }
}
