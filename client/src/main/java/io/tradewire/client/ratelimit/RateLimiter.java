package io.tradewire.client.ratelimit;

import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.time.EpochClock;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts REQUEST_WEIGHT and ORDERS the way the venue does: fixed windows aligned to the venue's clock (a minute
 * window starts every minute, 10-second windows at :00, :10, ...). Limits start from Binance's published values
 * and are replaced by whatever the venue reports ({@code exchangeInfo} or any {@code rateLimits} block); counts are
 * raised to what the venue reports, never lowered (requests in flight are not in its count yet).
 *
 * <p>Thread-safe; every method is short and synchronized.
 */
public final class RateLimiter {
    /** What {@link #tryAcquire} found. */
    public static final long GRANTED = 0;

    private static final String HELD_BACK = " not sent: the client-side rate limiter holds requests until ";

    private final EpochClock venueClock;
    private final List<Counter> counters = new ArrayList<>();
    private long blockedUntilMs; // 429 -1003 / 418: nothing leaves before this
    private long ordersBlockedUntilMs; // 429 -1015: no new order leaves before this
    private boolean banned;

    /**
     * @param venueClock the venue's time (windows align to it)
     */
    public RateLimiter(EpochClock venueClock) {
        this.venueClock = venueClock;
        // Binance Spot today; replaced as soon as the venue says otherwise.
        counters.add(new Counter(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000));
        counters.add(new Counter(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 100));
        counters.add(new Counter(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 200_000));
    }

    /**
     * Takes room for one request if there is some.
     *
     * @param weight its REQUEST_WEIGHT
     * @param orders the ORDERS it counts (1 for a new order, else 0)
     * @return {@link #GRANTED}, or the venue-clock time in ms when room could next exist (negative when the
     *         account is banned: the magnitude is the ban's end)
     */
    public synchronized long tryAcquire(int weight, int orders) {
        long now = venueClock.epochMillis();
        if (now < blockedUntilMs) {
            return banned ? -blockedUntilMs : blockedUntilMs;
        }
        banned = false;
        if (orders > 0 && now < ordersBlockedUntilMs) {
            return ordersBlockedUntilMs;
        }
        long retryAt = GRANTED;
        for (Counter c : counters) {
            int n = c.charge(weight, orders);
            if (n > 0 && c.count(now) + n > c.limit) {
                retryAt = Math.max(retryAt, c.windowEnd(now));
            }
        }
        if (retryAt != GRANTED) {
            return retryAt;
        }
        for (Counter c : counters) {
            int n = c.charge(weight, orders);
            if (n > 0) {
                c.add(now, n);
            }
        }
        return GRANTED;
    }

    /**
     * The error for a request this limiter held back. It carries the venue's codes (429 -1015, or 418 -1003 during a
     * ban) so callers handle one vocabulary, and says in its message that the request never left.
     *
     * @param method  the request
     * @param verdict what {@link #tryAcquire} returned
     * @return the error
     */
    public static BinanceApiException heldBack(String method, long verdict) {
        boolean ban = verdict < 0;
        long until = Math.abs(verdict);
        return BinanceApiException.of(ban ? 418 : 429, ban ? -1003 : -1015, method + HELD_BACK + until
                + (ban ? " (418 ban)" : " (a limit's window is full)"), until);
    }

    /**
     * @param e an error
     * @return whether a limiter raised it (so it must not be fed back into a limiter as if the venue had said it)
     */
    public static boolean isHeldBack(BinanceApiException e) {
        String m = e.binanceMessage();
        return m != null && m.contains(HELD_BACK);
    }

    /**
     * Learns limits and counts from the venue.
     *
     * @param reported a {@code rateLimits} block (counts) or exchangeInfo's list (count -1: limits only)
     */
    public synchronized void onReported(List<RateLimit> reported) {
        long now = venueClock.epochMillis();
        for (RateLimit r : reported) {
            Counter c = find(r);
            if (c == null) {
                c = new Counter(r.rateLimitType(), r.interval(), r.intervalNum(), r.limit());
                counters.add(c);
            }
            c.limit = r.limit();
            if (r.count() >= 0) {
                c.raiseTo(now, r.count());
            }
        }
    }

    /**
     * The venue said 429 or 418: hold requests until it allows them again. Too many orders (-1015) holds only new
     * orders; too much weight (-1003) and bans hold everything.
     *
     * @param retryAfterEpochMs venue time when requests may resume (0 when not given: one second from now)
     * @param ban               whether it was a 418 ban
     * @param ordersOnly        whether only the ORDERS limit was hit (-1015)
     */
    public synchronized void onRejected(long retryAfterEpochMs, boolean ban, boolean ordersOnly) {
        long now = venueClock.epochMillis();
        long until = retryAfterEpochMs > 0 ? retryAfterEpochMs : now + 1000;
        if (ordersOnly && !ban) {
            ordersBlockedUntilMs = Math.max(ordersBlockedUntilMs, until);
            return;
        }
        if (until > blockedUntilMs) {
            blockedUntilMs = until;
        }
        banned |= ban;
    }

    /** @return each limit with its current use in its current window ({@link RateLimit#count()}) */
    public synchronized List<RateLimit> usage() {
        long now = venueClock.epochMillis();
        List<RateLimit> out = new ArrayList<>(counters.size());
        for (Counter c : counters) {
            out.add(RateLimit.of(c.type, c.interval, c.intervalNum, c.limit, c.count(now)));
        }
        return out;
    }

    /** @return venue time until which every request is held (0 when none is) */
    public synchronized long blockedUntilMs() {
        return venueClock.epochMillis() < blockedUntilMs ? blockedUntilMs : 0;
    }

    private Counter find(RateLimit r) {
        for (Counter c : counters) {
            if (c.type.equals(r.rateLimitType()) && c.interval.equals(r.interval()) && c.intervalNum == r.intervalNum()) {
                return c;
            }
        }
        return null;
    }

    /** One limit's fixed window. */
    private static final class Counter {
        final RateLimitType type;
        final RateLimitInterval interval;
        final int intervalNum;
        final long windowMs;
        long limit;
        long windowStart = Long.MIN_VALUE;
        long count;

        Counter(RateLimitType type, RateLimitInterval interval, int intervalNum, long limit) {
            this.type = type;
            this.interval = interval;
            this.intervalNum = intervalNum;
            this.limit = limit;
            this.windowMs = RateLimit.of(type, interval, intervalNum, limit).windowMillis();
        }

        /** What a request adds to this counter; 0 for types this client does not count or unknown intervals. */
        int charge(int weight, int orders) {
            if (windowMs <= 0) {
                return 0; // an interval this release does not know: reported, never enforced
            }
            return type.equals(RateLimitType.ORDERS) ? orders : type.equals(RateLimitType.REQUEST_WEIGHT) ? weight : 0;
        }

        long count(long now) {
            roll(now);
            return count;
        }

        void add(long now, long n) {
            roll(now);
            count += n;
        }

        void raiseTo(long now, long reported) {
            roll(now);
            if (reported > count) {
                count = reported;
            }
        }

        long windowEnd(long now) {
            return Math.floorDiv(now, windowMs) * windowMs + windowMs;
        }

        private void roll(long now) {
            if (windowMs <= 0) {
                return;
            }
            long start = Math.floorDiv(now, windowMs) * windowMs;
            if (start != windowStart) {
                windowStart = start;
                count = 0;
            }
        }
    }
}
