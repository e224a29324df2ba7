package io.tradewire.client.clock;

import io.tradewire.core.time.EpochClock;

/**
 * The venue's time, estimated as the local clock plus an offset.
 *
 * <p>Each sample is one {@code time} round trip: the venue read its clock somewhere between sending and receiving,
 * so the offset is {@code serverTime - midpoint} with an error of at most half the round trip. Of the samples in
 * the current estimate the one with the smallest round trip wins (NTP's minimum-delay filter); a new round of
 * samples replaces the estimate, so a clock that jumps is followed. Thread-safe; reads are lock-free.
 */
public final class VenueClock implements EpochClock {
    private final EpochClock local;
    private volatile long offsetMs;
    private volatile long bestRttNs = Long.MAX_VALUE;
    private volatile long samples;
    private long roundBestRttNs = Long.MAX_VALUE; // guarded by this
    private long roundOffsetMs; // guarded by this

    /**
     * @param local the local clock
     */
    public VenueClock(EpochClock local) {
        this.local = local;
    }

    @Override
    public long epochMillis() {
        return local.epochMillis() + offsetMs;
    }

    @Override
    public long nanoTime() {
        return local.nanoTime();
    }

    /** @return the local clock this estimate corrects */
    public EpochClock local() {
        return local;
    }

    /**
     * Starts a new round of samples; the current estimate stays in force until {@link #endRound()}.
     */
    public synchronized void beginRound() {
        roundBestRttNs = Long.MAX_VALUE;
    }

    /**
     * Adds one sample to the current round.
     *
     * @param sentLocalMs     local epoch ms when the request was written
     * @param receivedLocalMs local epoch ms when the answer arrived
     * @param rttNs           the round trip measured with the monotonic clock
     * @param serverTimeMs    the venue's time from the answer
     */
    public synchronized void sample(long sentLocalMs, long receivedLocalMs, long rttNs, long serverTimeMs) {
        if (rttNs < 0) {
            return;
        }
        if (rttNs < roundBestRttNs) {
            roundBestRttNs = rttNs;
            // Midpoint in ms from the two wall readings; the monotonic rtt picks the sample.
            long midpoint = sentLocalMs + (receivedLocalMs - sentLocalMs) / 2;
            roundOffsetMs = serverTimeMs - midpoint;
        }
        samples++;
    }

    /**
     * Makes the best sample of the round the estimate, if the round had one.
     *
     * @return whether the estimate changed
     */
    public synchronized boolean endRound() {
        if (roundBestRttNs == Long.MAX_VALUE) {
            return false;
        }
        offsetMs = roundOffsetMs;
        bestRttNs = roundBestRttNs;
        return true;
    }

    /** @return the estimated venue-minus-local offset in ms (0 before the first round) */
    public long offsetMs() {
        return offsetMs;
    }

    /** @return the round trip of the sample behind the estimate, or Long.MAX_VALUE before the first round */
    public long bestRttNs() {
        return bestRttNs;
    }

    /** @return how many samples were taken in total */
    public long sampleCount() {
        return samples;
    }

    @Override
    public String toString() {
        return "VenueClock{offsetMs=" + offsetMs + ", bestRttUs=" + (bestRttNs == Long.MAX_VALUE ? "-" : bestRttNs / 1000)
                + '}';
    }
}
