package io.tradewire.client.spot;

/**
 * Receives the Spot user data stream as typed events ({@link SpotUserDataApi#subscribe}).
 *
 * <p>Threading: every callback runs on the connection's I/O thread, in the order the venue sent the events; it
 * must not block (hand slow work to another thread). An exception thrown by a callback is logged and does not
 * stop the stream.
 *
 * <p>Nothing is dropped silently: event types this release does not know, and events that cannot be decoded, reach
 * {@link #onUnknownEvent} with their raw text. After a reconnection the subscription is restored before the new
 * connection takes requests, and {@link #onResubscribed} says whether events may have been missed meanwhile (then
 * reconcile open orders and recent trades over the API). During a make-before-break rotation both connections are
 * subscribed for a moment; the duplicates that overlap produces are removed.
 *
 * <p>Every method has a no-op default.
 */
public interface UserDataListener {
    /** @param e an order changed */
    default void onExecutionReport(ExecutionReport e) {
    }

    /** @param e balances changed */
    default void onAccountPosition(OutboundAccountPosition e) {
    }

    /** @param e a deposit, withdrawal or transfer */
    default void onBalanceUpdate(BalanceUpdate e) {
    }

    /** @param e an order list changed */
    default void onListStatus(ListStatus e) {
    }

    /** @param e part of a balance was locked or unlocked externally */
    default void onExternalLockUpdate(ExternalLockUpdate e) {
    }

    /** @param e the subscription ended (unsubscribed or logged out) */
    default void onStreamTerminated(EventStreamTerminated e) {
    }

    /**
     * An event of a type this release does not know, or one that could not be decoded.
     *
     * @param eventType the event's {@code e}, or null when it could not be read
     * @param json      the whole frame as received
     */
    default void onUnknownEvent(String eventType, String json) {
    }

    /**
     * The subscription was restored on a new connection.
     *
     * @param subscriptionId          the new subscription's id
     * @param eventsMayHaveBeenMissed true after a reconnection (the old connection was lost before the new one
     *                                subscribed: reconcile); false after a make-before-break rotation
     */
    default void onResubscribed(long subscriptionId, boolean eventsMayHaveBeenMissed) {
    }
}
