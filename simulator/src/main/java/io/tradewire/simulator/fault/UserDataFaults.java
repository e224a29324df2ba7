package io.tradewire.simulator.fault;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The filter stage that user data events pass through on their way to a client, where the user data faults
 * ({@link FaultKind#DUPLICATE_USER_DATA}, {@link FaultKind#REORDER_USER_DATA}, {@link FaultKind#DELAY_USER_DATA})
 * are applied. A sender creates one {@link Stage} per subscription and offers it every event in order:
 *
 * <pre>{@code
 * UserDataFaults.Stage<ByteBuf> stage = faults.userData().stage(apiKey, channel::writeAndFlush, channel.eventLoop());
 * stage.offer("executionReport", frame);   // instead of channel.writeAndFlush(frame)
 * }</pre>
 *
 * <p>With no fault armed an offer is one volatile read and a direct call of the sink. Events the stage holds
 * (delayed, or waiting to be reordered) are delivered later from the scheduler. A duplicated event is passed
 * to the sink twice as the same object: a sink that consumes what it is given (e.g. a reference-counted
 * buffer) must make the second copy itself, see {@link Sink#duplicate(Object)}.
 */
public final class UserDataFaults {
    /**
     * Where events go after the stage.
     *
     * @param <E> the event representation (a JSON string, a Netty frame, ...)
     */
    @FunctionalInterface
    public interface Sink<E> {
        /**
         * Delivers one event to the client.
         *
         * @param event the event
         */
        void deliver(E event);

        /**
         * Makes the second copy of a duplicated event; the default returns the same object.
         *
         * @param event the event being duplicated
         * @return the copy to deliver as well
         */
        default E duplicate(E event) {
            return event;
        }
    }

    private final FaultPlan plan;

    UserDataFaults(FaultPlan plan) {
        this.plan = plan;
    }

    /**
     * A filter stage for one subscription.
     *
     * @param apiKey    the account the events belong to (for faults that target an API key)
     * @param sink      where events go
     * @param scheduler runs delayed deliveries; use the connection's event loop so deliveries stay on it
     * @param <E>       the event representation
     * @return the stage
     */
    public <E> Stage<E> stage(String apiKey, Sink<E> sink, ScheduledExecutorService scheduler) {
        return new Stage<>(plan, apiKey, Objects.requireNonNull(sink, "sink"),
                Objects.requireNonNull(scheduler, "scheduler"));
    }

    /**
     * One subscription's stage. Thread-safe; offers are delivered in order unless a fault says otherwise.
     *
     * @param <E> the event representation
     */
    public static final class Stage<E> {
        private final FaultPlan plan;
        private final String apiKey;
        private final Sink<E> sink;
        private final ScheduledExecutorService scheduler;
        private E held;
        private String heldType;
        private ScheduledFuture<?> heldTimeout;

        Stage(FaultPlan plan, String apiKey, Sink<E> sink, ScheduledExecutorService scheduler) {
            this.plan = plan;
            this.apiKey = apiKey;
            this.sink = sink;
            this.scheduler = scheduler;
        }

        /**
         * Passes one event through the stage.
         *
         * @param eventType the event's {@code e}, e.g. {@code executionReport} (what {@link Fault#method(String)}
         *                  matches)
         * @param event     the event
         */
        public void offer(String eventType, E event) {
            Fault f = plan.anyActive() ? plan.claim(FaultKind.Phase.USER_DATA, eventType, apiKey) : null;
            synchronized (this) {
                if (f == null) {
                    sink.deliver(event);
                    releaseHeld();
                    return;
                }
                plan.applied(f.kind().wireName(), eventType + " for " + redacted());
                switch (f.kind()) {
                    case DUPLICATE_USER_DATA:
                        E copy = sink.duplicate(event);
                        sink.deliver(event);
                        sink.deliver(copy);
                        releaseHeld();
                        break;
                    case DELAY_USER_DATA:
                        scheduler.schedule(() -> deliverLater(event), f.delayMs(), TimeUnit.MILLISECONDS);
                        releaseHeld();
                        break;
                    case REORDER_USER_DATA:
                        if (held != null) {
                            // Already holding one back: this one overtakes it, which is the reordering asked for.
                            sink.deliver(event);
                            releaseHeld();
                        } else {
                            held = event;
                            heldType = eventType;
                            heldTimeout = scheduler.schedule(this::flush, f.delayMs(), TimeUnit.MILLISECONDS);
                        }
                        break;
                    default:
                        sink.deliver(event);
                        releaseHeld();
                        break;
                }
            }
        }

        /** Delivers an event held for reordering now (when no next event came). */
        public synchronized void flush() {
            releaseHeld();
        }

        /**
         * Whether an event is held back waiting for the next one.
         *
         * @return true while holding
         */
        public synchronized boolean holding() {
            return held != null;
        }

        private synchronized void deliverLater(E event) {
            sink.deliver(event);
        }

        private void releaseHeld() {
            if (held == null) {
                return;
            }
            E e = held;
            held = null;
            heldType = null;
            if (heldTimeout != null) {
                heldTimeout.cancel(false);
                heldTimeout = null;
            }
            sink.deliver(e);
        }

        private String redacted() {
            return apiKey == null ? "any account" : io.tradewire.core.signing.Redaction.redact(apiKey);
        }

        @Override
        public synchronized String toString() {
            return "UserDataFaults.Stage{" + redacted() + (held == null ? "" : ", holding " + heldType) + "}";
        }
    }
}
