package io.tradewire.core.time;

/** The real clock. */
final class SystemEpochClock implements EpochClock {
    static final SystemEpochClock INSTANCE = new SystemEpochClock();

    private SystemEpochClock() {
    }

    @Override
    public long epochMillis() {
        return System.currentTimeMillis();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public String toString() {
        return "EpochClock.system()";
    }
}
