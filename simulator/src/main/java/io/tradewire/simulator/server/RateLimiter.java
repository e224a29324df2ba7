package io.tradewire.simulator.server;

import io.tradewire.core.time.EpochClock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters as Binance documents them: a 1 MINUTE window starts every minute, 10 SECOND
 * windows at :00, :10, ..., 1 DAY windows at 00:00 UTC. REQUEST_WEIGHT is per client IP (shared by
 * all its connections), ORDERS per account (API key).
 */
final class RateLimiter {

    private static final long MINUTE_MS = 60_000;
    private static final long TEN_SECONDS_MS = 10_000;
    private static final long DAY_MS = 86_400_000;

    /** One fixed window: the count belongs to the window starting at {@code windowStart}. */
    private static final class Window {
        private final long lengthMs;
        private long windowStart = Long.MIN_VALUE;
        private long count;

        Window(long lengthMs) {
            this.lengthMs = lengthMs;
        }

        synchronized long current(long now) {
            roll(now);
            return count;
        }

        synchronized long add(long now, long n) {
            roll(now);
            count += n;
            return count;
        }

        long nextStart(long now) {
            return Math.floorDiv(now, lengthMs) * lengthMs + lengthMs;
        }

        private void roll(long now) {
            long start = Math.floorDiv(now, lengthMs) * lengthMs;
            if (start != windowStart) {
                windowStart = start;
                count = 0;
            }
        }
    }

    private static final class OrderWindows {
        final Window tenSeconds = new Window(TEN_SECONDS_MS);
        final Window day = new Window(DAY_MS);
    }

    private final EpochClock clock;
    private final ConcurrentHashMap<String, Window> weightByIp = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, OrderWindows> ordersByAccount = new ConcurrentHashMap<>();

    private final RateLimitConfig limits;

    RateLimiter(EpochClock clock, RateLimitConfig limits) {
        this.clock = clock;
        this.limits = limits;
    }

    RateLimitConfig limits() {
        return limits;
    }

    /** Adds weight for the IP; throws 429 -1003 once the minute's count exceeds the limit (the weight still counts). */
    void addWeight(String ip, int weight, Usage usage) throws ApiError {
        long now = clock.epochMillis();
        Window w = weightByIp.computeIfAbsent(ip, k -> new Window(MINUTE_MS));
        long count = w.add(now, weight);
        usage.weightCount = count;
        if (count > limits.weightPerMinute) {
            throw Errors.tooMuchWeight(limits.weightPerMinute, w.nextStart(now));
        }
    }

    /** Counts one new order for the account; throws 429 -1015 (without counting) when a window is full. */
    void addOrder(String apiKey, Usage usage) throws ApiError {
        long now = clock.epochMillis();
        OrderWindows o = ordersByAccount.computeIfAbsent(apiKey, k -> new OrderWindows());
        synchronized (o) {
            long sec = o.tenSeconds.current(now);
            long day = o.day.current(now);
            usage.ordersSecondCount = sec;
            usage.ordersDayCount = day;
            if (sec >= limits.ordersPer10Seconds) {
                throw Errors.tooManyOrders(limits.ordersPer10Seconds, "10 SECOND", o.tenSeconds.nextStart(now));
            }
            if (day >= limits.ordersPerDay) {
                throw Errors.tooManyOrders(limits.ordersPerDay, "1 DAY", o.day.nextStart(now));
            }
            usage.ordersSecondCount = o.tenSeconds.add(now, 1);
            usage.ordersDayCount = o.day.add(now, 1);
        }
    }
}
