package io.tradewire.simulator.server;

import io.tradewire.core.time.EpochClock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters as Binance documents them: a 1 MINUTE window starts every minute, 10 SECOND
 * windows at :00, :10, ..., 1 DAY windows at 00:00 UTC. REQUEST_WEIGHT is per client IP (shared by
 * all its connections), ORDERS per account (API key). Repeated REQUEST_WEIGHT 429s ban the IP as the
 * {@link BanPolicy} says; while banned every request of the IP is answered 418.
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

        /** Takes back {@code n} from the current window, never below zero (the charge may be in the previous one). */
        synchronized long subtract(long now, long n) {
            roll(now);
            count = Math.max(0, count - n);
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

    /** Weight window and ban state of one IP; guarded by its own monitor. */
    private static final class IpState {
        final Window weight = new Window(MINUTE_MS);
        final Window raw = new Window(5 * MINUTE_MS);
        long strikeWindowStart = Long.MIN_VALUE;
        int strikes;
        int bans;
        long bannedUntil = Long.MIN_VALUE;
    }

    private static final class OrderWindows {
        final Window tenSeconds = new Window(TEN_SECONDS_MS);
        final Window day = new Window(DAY_MS);
    }

    private final EpochClock clock;
    private final ConcurrentHashMap<String, IpState> byIp = new ConcurrentHashMap<>();
    private volatile BanPolicy bans = BanPolicy.DEFAULT;
    private final ConcurrentHashMap<String, OrderWindows> ordersByAccount = new ConcurrentHashMap<>();

    private final RateLimitConfig limits;

    RateLimiter(EpochClock clock, RateLimitConfig limits) {
        this.clock = clock;
        this.limits = limits;
    }

    RateLimitConfig limits() {
        return limits;
    }

    void banPolicy(BanPolicy policy) {
        this.bans = java.util.Objects.requireNonNull(policy, "policy");
    }

    /** The end of the IP's ban, or {@link Long#MIN_VALUE} when it is not banned now. */
    long bannedUntil(String ip) {
        IpState s = byIp.get(ip);
        if (s == null) {
            return Long.MIN_VALUE;
        }
        synchronized (s) {
            return clock.epochMillis() < s.bannedUntil ? s.bannedUntil : Long.MIN_VALUE;
        }
    }

    /**
     * Adds weight for the IP; throws 429 -1003 once the minute's count exceeds the limit (the weight still
     * counts), and 418 -1003 while the IP is banned (nothing counts) or when this 429 would exceed the ban
     * policy's allowance (the ban starts now).
     */
    /** Counts one REST request for the IP's RAW_REQUESTS (every request, whatever its weight); 429 past the limit. */
    void addRawRequest(String ip) throws ApiError {
        long now = clock.epochMillis();
        IpState s = byIp.computeIfAbsent(ip, k -> new IpState());
        synchronized (s) {
            if (s.raw.add(now, 1) > limits.rawRequestsPer5Minutes) {
                throw Errors.tooManyRawRequests(s.raw.nextStart(now));
            }
        }
    }

    /**
     * Gives back a successful request's weight: since 2026-04-02 Binance charges order placement and cancellation
     * only when they fail (CHANGELOG 2026-03-27).
     */
    void refundWeight(String ip, int weight, Usage usage) {
        IpState s = byIp.get(ip);
        if (s == null || weight <= 0) {
            return;
        }
        synchronized (s) {
            usage.weightCount = s.weight.subtract(clock.epochMillis(), weight);
        }
    }

    void addWeight(String ip, int weight, Usage usage) throws ApiError {
        long now = clock.epochMillis();
        IpState s = byIp.computeIfAbsent(ip, k -> new IpState());
        synchronized (s) {
            if (now < s.bannedUntil) {
                usage.weightCount = s.weight.current(now);
                throw FaultAnswers.ipBanned(418, s.bannedUntil);
            }
            long count = s.weight.add(now, weight);
            usage.weightCount = count;
            if (count > limits.weightPerMinute) {
                long windowStart = Math.floorDiv(now, MINUTE_MS) * MINUTE_MS;
                if (s.strikeWindowStart != windowStart) {
                    s.strikeWindowStart = windowStart;
                    s.strikes = 0;
                }
                BanPolicy policy = bans;
                if (s.strikes >= policy.rejectionsBeforeBan) {
                    s.bannedUntil = now + policy.banMs(s.bans);
                    s.bans++;
                    s.strikes = 0;
                    throw FaultAnswers.ipBanned(418, s.bannedUntil);
                }
                s.strikes++;
                throw Errors.tooMuchWeight(limits.weightPerMinute, s.weight.nextStart(now));
            }
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

    /** The account's current ORDERS counts, {10 SECOND, 1 DAY}, without counting anything (account.rateLimits.orders). */
    long[] orderCounts(String apiKey) {
        long now = clock.epochMillis();
        OrderWindows o = ordersByAccount.get(apiKey);
        if (o == null) {
            return new long[2];
        }
        synchronized (o) {
            return new long[] {o.tenSeconds.current(now), o.day.current(now)};
        }
    }
}
