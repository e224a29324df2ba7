package io.tradewire.core.time;

/**
 * A clock that moves only when told to, for tests. Thread-safe.
 *
 * <p>{@link #advanceMillis(long)} and {@link #advanceNanos(long)} move both wall and monotonic time;
 * {@link #setEpochMillis(long)} jumps the wall clock only, since monotonic time never jumps.
 */
public final class ManualClock implements EpochClock {
    private long epochNanos;
    private long nanoTime;

    /** Starts at epoch 2024-01-01T00:00:00Z and monotonic time 0. */
    public ManualClock() {
        this(1_704_067_200_000L);
    }

    /**
     * Starts at the given wall-clock time and monotonic time 0.
     *
     * @param epochMillis initial wall-clock time
     */
    public ManualClock(long epochMillis) {
        this.epochNanos = epochMillis * 1_000_000L;
    }

    @Override
    public synchronized long epochMillis() {
        return Math.floorDiv(epochNanos, 1_000_000L);
    }

    @Override
    public synchronized long nanoTime() {
        return nanoTime;
    }

    /**
     * Moves wall and monotonic time forward.
     *
     * @param millis milliseconds, not negative
     */
    public void advanceMillis(long millis) {
        advanceNanos(Math.multiplyExact(millis, 1_000_000L));
    }

    /**
     * Moves wall and monotonic time forward.
     *
     * @param nanos nanoseconds, not negative
     */
    public synchronized void advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("time cannot go backwards: " + nanos);
        }
        epochNanos += nanos;
        nanoTime += nanos;
    }

    /**
     * Sets the wall clock (which may jump back); monotonic time is unchanged.
     *
     * @param epochMillis new wall-clock time
     */
    public synchronized void setEpochMillis(long epochMillis) {
        this.epochNanos = epochMillis * 1_000_000L;
    }

    @Override
    public synchronized String toString() {
        return "ManualClock[epochMillis=" + epochMillis() + ", nanoTime=" + nanoTime + "]";
    }
}
