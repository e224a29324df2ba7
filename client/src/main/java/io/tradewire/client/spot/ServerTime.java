package io.tradewire.client.spot;

/** The venue's clock, from {@code time}. */
public final class ServerTime {
    private final long serverTimeMs;

    ServerTime(long serverTimeMs) {
        this.serverTimeMs = serverTimeMs;
    }

    /** @return venue time in epoch milliseconds */
    public long serverTimeMs() {
        return serverTimeMs;
    }

    @Override
    public String toString() {
        return "ServerTime{" + serverTimeMs + '}';
    }
}
