package io.tradewire.simulator.server;

import java.time.Duration;

/**
 * Binance's connection rules for WebSocket endpoints: a server ping every 20 s, disconnection when a ping is
 * not answered by a pong within a minute, a 24-hour connection lifetime, and a {@code serverShutdown} event
 * some time before the server closes a connection.
 *
 * <p>Simulator internal; configured through {@code Simulator.Builder}.
 */
public final class ConnectionRules {
    /** Binance's: ping every 20 s, pong within 60 s, 24 h lifetime, serverShutdown 1 s before closing. */
    public static final ConnectionRules BINANCE = new ConnectionRules(Duration.ofSeconds(20), Duration.ofSeconds(60),
            Duration.ofHours(24), Duration.ofSeconds(1));

    final long pingIntervalMs;
    final long pongTimeoutMs;
    final long maxLifetimeMs;
    final long shutdownNoticeMs;

    /**
     * @param pingInterval   time between server pings
     * @param pongTimeout    how long a ping may go unanswered before the connection is closed
     * @param maxLifetime    how long a connection may live
     * @param shutdownNotice time between the {@code serverShutdown} event and the close (may be zero)
     */
    public ConnectionRules(Duration pingInterval, Duration pongTimeout, Duration maxLifetime, Duration shutdownNotice) {
        this.pingIntervalMs = positive(pingInterval, "pingInterval");
        this.pongTimeoutMs = positive(pongTimeout, "pongTimeout");
        this.maxLifetimeMs = positive(maxLifetime, "maxLifetime");
        if (shutdownNotice.isNegative()) {
            throw new IllegalArgumentException("shutdownNotice must not be negative: " + shutdownNotice);
        }
        this.shutdownNoticeMs = shutdownNotice.toMillis();
    }

    private static long positive(Duration d, String name) {
        long ms = d.toMillis();
        if (ms <= 0) {
            throw new IllegalArgumentException(name + " must be at least 1 ms: " + d);
        }
        return ms;
    }

    /**
     * A copy with another ping interval.
     *
     * @param d the interval
     * @return the copy
     */
    public ConnectionRules pingInterval(Duration d) {
        return new ConnectionRules(d, Duration.ofMillis(pongTimeoutMs), Duration.ofMillis(maxLifetimeMs),
                Duration.ofMillis(shutdownNoticeMs));
    }

    /**
     * A copy with another pong timeout.
     *
     * @param d the timeout
     * @return the copy
     */
    public ConnectionRules pongTimeout(Duration d) {
        return new ConnectionRules(Duration.ofMillis(pingIntervalMs), d, Duration.ofMillis(maxLifetimeMs),
                Duration.ofMillis(shutdownNoticeMs));
    }

    /**
     * A copy with another maximum lifetime.
     *
     * @param d the lifetime
     * @return the copy
     */
    public ConnectionRules maxLifetime(Duration d) {
        return new ConnectionRules(Duration.ofMillis(pingIntervalMs), Duration.ofMillis(pongTimeoutMs), d,
                Duration.ofMillis(shutdownNoticeMs));
    }

    /**
     * A copy with another shutdown notice.
     *
     * @param d the notice
     * @return the copy
     */
    public ConnectionRules shutdownNotice(Duration d) {
        return new ConnectionRules(Duration.ofMillis(pingIntervalMs), Duration.ofMillis(pongTimeoutMs),
                Duration.ofMillis(maxLifetimeMs), d);
    }

    @Override
    public String toString() {
        return "ConnectionRules{pingIntervalMs=" + pingIntervalMs + ", pongTimeoutMs=" + pongTimeoutMs
                + ", maxLifetimeMs=" + maxLifetimeMs + ", shutdownNoticeMs=" + shutdownNoticeMs + '}';
    }
}
