package io.tradewire.simulator.server;

/**
 * Rate-limit counters affected by one request, written as the response's {@code rateLimits}
 * array in Binance's order: ORDERS per 10 s, ORDERS per day, then REQUEST_WEIGHT per minute.
 * Mutable and reused per request; {@code -1} means "not affected".
 */
final class Usage {
    final RateLimitConfig limits;
    long ordersSecondCount = -1;
    long ordersDayCount = -1;
    long weightCount = -1;

    Usage(RateLimitConfig limits) {
        this.limits = limits;
    }

    void reset() {
        ordersSecondCount = -1;
        ordersDayCount = -1;
        weightCount = -1;
    }
}
