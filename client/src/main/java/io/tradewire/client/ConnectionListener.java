package io.tradewire.client;

/**
 * Observes a client connection. Callbacks run on the connection's I/O thread and must not block; every method has
 * a no-op default so implementations override only what they need.
 */
public interface ConnectionListener {
    /** A listener that ignores everything. */
    ConnectionListener NONE = new ConnectionListener() {
    };

    /**
     * The connection changed state.
     *
     * @param previous the state before
     * @param current  the state now
     */
    default void onStateChange(ConnectionState previous, ConnectionState current) {
    }

    /**
     * The venue announced it will shut this connection down ({@code serverShutdown}).
     *
     * @param eventTimeMs the event time the venue sent
     */
    default void onServerShutdown(long eventTimeMs) {
    }

    /**
     * The connection was replaced make-before-break: new requests now go to a fresh connection, requests in flight
     * finish on the old one.
     *
     * @param reason why (maximum age, {@code serverShutdown}, ...)
     */
    default void onRotated(String reason) {
    }

    /**
     * An event frame that is not a response arrived (for example user data).
     *
     * @param json the frame's text; valid only during the call
     */
    default void onEvent(CharSequence json) {
    }
}
