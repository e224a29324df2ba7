package io.tradewire.simulator.server;

/**
 * State of one WS API connection. Touched only from the connection's event loop, so no locking.
 * Holds the logged-on API key (never a secret).
 */
final class Session {
    private final String remoteIp;
    private final long connectedSince;
    private boolean returnRateLimitsDefault = true;
    private String apiKey;
    private long authorizedSince;

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

    void logon(String key, long since) {
        this.apiKey = key;
        this.authorizedSince = since;
    }

    void logout() {
        this.apiKey = null;
        this.authorizedSince = 0;
    }
}
