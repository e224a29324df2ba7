package io.tradewire.client;

/** The states of a client connection, in the order a healthy connection passes through them. */
public enum ConnectionState {
    /** Not connected yet. */
    NEW,
    /** TCP, TLS and WebSocket handshakes in progress. */
    CONNECTING,
    /** WebSocket open; requests may be sent. */
    CONNECTED,
    /** Authenticated with {@code session.logon}; signed requests carry only a timestamp. */
    LOGGED_ON,
    /** The connection was lost; pending requests have been completed. */
    DISCONNECTED,
    /** Closed by the user; terminal. */
    CLOSED
}
