package io.tradewire.client.spot;

/** The authentication state of a WebSocket API connection ({@code session.logon/status/logout}). */
public final class SessionStatus {
    private final String apiKey;
    private final long authorizedSince;
    private final long connectedSince;
    private final boolean returnRateLimits;
    private final long serverTime;
    private final boolean userDataStream;

    SessionStatus(String apiKey, long authorizedSince, long connectedSince, boolean returnRateLimits, long serverTime,
                  boolean userDataStream) {
        this.apiKey = apiKey;
        this.authorizedSince = authorizedSince;
        this.connectedSince = connectedSince;
        this.returnRateLimits = returnRateLimits;
        this.serverTime = serverTime;
        this.userDataStream = userDataStream;
    }

    /** @return the authenticated API key, or null when not logged on */
    public String apiKey() {
        return apiKey;
    }

    /** @return whether an API key is authenticated */
    public boolean isAuthorized() {
        return apiKey != null;
    }

    /** @return when the key was authenticated, or -1 */
    public long authorizedSince() {
        return authorizedSince;
    }

    /** @return when the connection was opened */
    public long connectedSince() {
        return connectedSince;
    }

    /** @return whether answers carry rate limits by default */
    public boolean returnRateLimits() {
        return returnRateLimits;
    }

    /** @return venue time of the answer */
    public long serverTime() {
        return serverTime;
    }

    /** @return whether a user data stream subscription is active */
    public boolean userDataStream() {
        return userDataStream;
    }

    @Override
    public String toString() {
        return "SessionStatus{authorized=" + isAuthorized() + ", authorizedSince=" + authorizedSince
                + ", connectedSince=" + connectedSince + ", serverTime=" + serverTime
                + ", userDataStream=" + userDataStream + '}';
    }
}
