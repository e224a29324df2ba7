package io.tradewire.simulator.server;

/**
 * State of one WS API connection. Touched only from the connection's event loop, so no locking.
 * Holds the logged-on API key (never a secret).
 */
final class Session {
    /** After the response: write it (the normal case). */
    static final int SEND = 0;
    /** After the response: close the connection without writing anything (a fault dropped it). */
    static final int DROP = 1;
    /** After the response: write it {@link #afterResponseDelayMs()} later. */
    static final int DELAY = 2;
    /** After the response: write it, then close the connection (an IP ban). */
    static final int SEND_THEN_CLOSE = 3;

    private final String remoteIp;
    private int afterResponse = SEND;
    private long afterResponseDelayMs;
    private final long connectedSince;
    private boolean returnRateLimitsDefault = true;
    private String apiKey;
    private long authorizedSince;
    /** User data subscriptions of this WebSocket connection; null until attached (and for REST requests). */
    private UserDataConnection userData;

    Session(String remoteIp, long connectedSince) {
        this.remoteIp = remoteIp;
        this.connectedSince = connectedSince;
    }

    String remoteIp() {
        return remoteIp;
    }

    long connectedSince() {
        return connectedSince;
    }

    /** Connection-level default set by {@code ?returnRateLimits=false} in the URL. */
    boolean returnRateLimitsDefault() {
        return returnRateLimitsDefault;
    }

    void returnRateLimitsDefault(boolean value) {
        this.returnRateLimitsDefault = value;
    }

    /** The session.logon API key, or null. */
    String apiKey() {
        return apiKey;
    }

    long authorizedSince() {
        return authorizedSince;
    }

    /** The connection's user data side, or null when the session has no WebSocket connection. */
    UserDataConnection userData() {
        return userData;
    }

    void userData(UserDataConnection connection) {
        this.userData = connection;
    }

    void logon(String key, long since) {
        this.apiKey = key;
        this.authorizedSince = since;
    }

    void logout() {
        this.apiKey = null;
        this.authorizedSince = 0;
    }

    /** Tells the transport what to do with the response of the request being handled. */
    void afterResponse(int action, long delayMs) {
        this.afterResponse = action;
        this.afterResponseDelayMs = delayMs;
    }

    /** What to do with the response just produced; resets to {@link #SEND}. */
    int takeAfterResponse() {
        int a = afterResponse;
        afterResponse = SEND;
        return a;
    }

    long afterResponseDelayMs() {
        return afterResponseDelayMs;
    }
}
