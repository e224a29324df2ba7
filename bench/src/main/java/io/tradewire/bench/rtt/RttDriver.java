package io.tradewire.bench.rtt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One client under test, driven closed loop: {@code window} request slots, each with exactly one {@code order.place}
 * in flight; the answer to a slot's request sends that slot's next request from the thread that delivered the answer
 * (the client's own I/O or callback thread), which is how a closed-loop caller of each API would chain them.
 *
 * <p>Latency of a request runs from just before the request object is built (the caller decides to place an order)
 * to the moment the answer is in the caller's hands: a completed future with the decoded order for Tradewire, the
 * message callback with the raw text for the official connector, the frame's bytes for the floor. Only answers that
 * arrive while {@link #recording} is set are counted.
 *
 * <p>Subclasses implement {@link #send(int, long)} and report each answer through {@link #answered}.
 */
abstract class RttDriver {
    /** Largest window: slot indices must fit the fixed-width ids the floor pre-encodes. */
    static final int MAX_WINDOW = 1024;
    private static final int ERROR_SAMPLES = 3;

    private final String name;
    private final long[] startNs = new long[MAX_WINDOW];
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Recorder recorder = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
    private final LongAdder errors = new LongAdder();
    private final List<String> errorSamples = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean recording;

    RttDriver(String name) {
        this.name = name;
    }

    /** @return the name in the report */
    final String name() {
        return name;
    }

    /**
     * Sends the request of {@code slot}; must not block. Called on the driver thread for the first request of each
     * slot, then on whichever thread delivered the previous answer.
     *
     * @param slot    the slot, {@code 0 <= slot < window}: the request's id where the client lets us choose it
     * @param startNs when the request was decided, also a cheap source of price variation
     */
    abstract void send(int slot, long startNs);

    /** Starts {@code window} slots; returns once every first request was handed to the client. */
    final void start(int window) {
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be 1.." + MAX_WINDOW);
        }
        running = true;
        for (int s = 0; s < window; s++) {
            inFlight.incrementAndGet();
            fire(s);
        }
    }

    private void fire(int slot) {
        long now = System.nanoTime();
        startNs[slot] = now;
        send(slot, now);
    }

    /**
     * Records the answer to {@code slot}'s request and sends the slot's next request while running.
     *
     * @param slot  the slot
     * @param ok    whether the venue accepted the order (status 200)
     * @param error what went wrong, or null; only the first few are kept
     */
    final void answered(int slot, boolean ok, String error) {
        long now = System.nanoTime();
        if (recording) {
            recorder.recordValue(Math.max(1, now - startNs[slot]));
            if (!ok) {
                errors.increment();
            }
        }
        if (!ok) {
            sample(error);
        }
        if (running) {
            fire(slot);
        } else {
            inFlight.decrementAndGet();
        }
    }

    /** Starts counting answers; what was recorded before is dropped. */
    final void beginRecording() {
        recorder.reset();
        recording = true;
    }

    /** @return the answers recorded since {@link #beginRecording()}, and stops recording */
    final Histogram endRecording() {
        recording = false;
        return recorder.getIntervalHistogram();
    }

    /**
     * Stops sending and waits until every request in flight is answered.
     *
     * @param timeoutMs how long to wait
     * @return whether all were answered in time
     */
    final boolean stopAndDrain(long timeoutMs) throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
        return true;
    }

    /** @return failed answers while recording, over the whole run */
    final long errors() {
        return errors.sum();
    }

    /** @return the first few error texts */
    final synchronized List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    private synchronized void sample(String error) {
        if (errorSamples.size() < ERROR_SAMPLES) {
            String e = String.valueOf(error);
            errorSamples.add(e.length() > 300 ? e.substring(0, 300) + "..." : e);
        }
    }

    /**
     * Places one order and waits for its answer, outside any measurement: proves the client is set up and shows
     * what the venue answers it.
     *
     * @return a one-line description of the answer
     */
    abstract String probe() throws Exception;

    /** @return the name prefix of the threads this client does its work on (I/O, callbacks) */
    abstract String threadPrefix();

    /** Releases the client; the JVM exits right after. */
    abstract void close();
}
