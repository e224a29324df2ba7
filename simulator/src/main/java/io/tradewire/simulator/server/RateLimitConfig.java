package io.tradewire.simulator.server;

/**
 * The venue's rate limits: REQUEST_WEIGHT per minute (per IP), ORDERS per 10 seconds and per day (per account).
 * Simulator internal; configured through {@code Simulator.Builder#rateLimits}.
 */
public final class RateLimitConfig {
    /** Binance Spot's limits today: 6000 weight per minute, 100 orders per 10 s, 200000 orders per day. */
    public static final RateLimitConfig BINANCE = new RateLimitConfig(6000, 100, 200_000, 300_000);

    final long weightPerMinute;
    final long ordersPer10Seconds;
    final long ordersPerDay;
    final long rawRequestsPer5Minutes;

    /**
     * @param weightPerMinute    REQUEST_WEIGHT limit per minute
     * @param ordersPer10Seconds ORDERS limit per 10 seconds
     * @param ordersPerDay       ORDERS limit per day
     */
    public RateLimitConfig(long weightPerMinute, long ordersPer10Seconds, long ordersPerDay) {
        this(weightPerMinute, ordersPer10Seconds, ordersPerDay, BINANCE_RAW_REQUESTS);
    }

    /** RAW_REQUESTS per 5 minutes since 2026-04-02 (CHANGELOG 2026-03-27). */
    static final long BINANCE_RAW_REQUESTS = 300_000;

    /**
     * @param weightPerMinute        REQUEST_WEIGHT limit per minute
     * @param ordersPer10Seconds     ORDERS limit per 10 seconds
     * @param ordersPerDay           ORDERS limit per day
     * @param rawRequestsPer5Minutes RAW_REQUESTS limit per 5 minutes (REST requests, whatever their weight)
     */
    public RateLimitConfig(long weightPerMinute, long ordersPer10Seconds, long ordersPerDay,
                           long rawRequestsPer5Minutes) {
        if (weightPerMinute <= 0 || ordersPer10Seconds <= 0 || ordersPerDay <= 0 || rawRequestsPer5Minutes <= 0) {
            throw new IllegalArgumentException("rate limits must be positive: weight/min " + weightPerMinute
                    + ", orders/10s " + ordersPer10Seconds + ", orders/day " + ordersPerDay);
        }
        this.weightPerMinute = weightPerMinute;
        this.ordersPer10Seconds = ordersPer10Seconds;
        this.ordersPerDay = ordersPerDay;
        this.rawRequestsPer5Minutes = rawRequestsPer5Minutes;
    }

    @Override
    public String toString() {
        return "RateLimitConfig{weight/min=" + weightPerMinute + ", orders/10s=" + ordersPer10Seconds
                + ", orders/day=" + ordersPerDay + ", raw requests/5min=" + rawRequestsPer5Minutes + '}';
    }
}
