package io.tradewire.core.ratelimit;

import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import java.util.Objects;

/**
 * One rate limit window, as in exchangeInfo {@code rateLimits} (no count) or a WS API response's
 * {@code rateLimits} (with the current count). Immutable.
 */
public final class RateLimit {
    /** {@link #count()} when the source carries no usage. */
    public static final long NO_COUNT = -1;

    private final RateLimitType rateLimitType;
    private final RateLimitInterval interval;
    private final int intervalNum;
    private final long limit;
    private final long count;

    private RateLimit(RateLimitType rateLimitType, RateLimitInterval interval, int intervalNum, long limit,
                      long count) {
        this.rateLimitType = Objects.requireNonNull(rateLimitType, "rateLimitType");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.intervalNum = intervalNum;
        this.limit = limit;
        this.count = count;
    }

    /**
     * A window with its current usage.
     *
     * @param rateLimitType REQUEST_WEIGHT, ORDERS, RAW_REQUESTS
     * @param interval      SECOND, MINUTE, HOUR, DAY
     * @param intervalNum   window length in {@code interval} units
     * @param limit         maximum per window
     * @param count         current usage, or {@link #NO_COUNT}
     * @return the value
     */
    public static RateLimit of(RateLimitType rateLimitType, RateLimitInterval interval, int intervalNum, long limit,
                               long count) {
        return new RateLimit(rateLimitType, interval, intervalNum, limit, count);
    }

    /**
     * A window without usage (exchangeInfo).
     *
     * @param rateLimitType type
     * @param interval      interval unit
     * @param intervalNum   window length in units
     * @param limit         maximum per window
     * @return the value with {@link #count()} {@code -1}
     */
    public static RateLimit of(RateLimitType rateLimitType, RateLimitInterval interval, int intervalNum, long limit) {
        return new RateLimit(rateLimitType, interval, intervalNum, limit, NO_COUNT);
    }

    /**
     * Kind of limit.
     *
     * @return type
     */
    public RateLimitType rateLimitType() {
        return rateLimitType;
    }

    /**
     * Window unit.
     *
     * @return interval
     */
    public RateLimitInterval interval() {
        return interval;
    }

    /**
     * Window length in units of {@link #interval()}.
     *
     * @return number of units
     */
    public int intervalNum() {
        return intervalNum;
    }

    /**
     * Maximum per window.
     *
     * @return limit
     */
    public long limit() {
        return limit;
    }

    /**
     * Current usage.
     *
     * @return count, or −1 when absent
     */
    public long count() {
        return count;
    }

    /**
     * Window length in milliseconds.
     *
     * @return milliseconds, or −1 for an interval unit this library does not know
     */
    public long windowMillis() {
        long unit;
        if (interval.equals(RateLimitInterval.SECOND)) {
            unit = 1_000L;
        } else if (interval.equals(RateLimitInterval.MINUTE)) {
            unit = 60_000L;
        } else if (interval.equals(RateLimitInterval.HOUR)) {
            unit = 3_600_000L;
        } else if (interval.equals(RateLimitInterval.DAY)) {
            unit = 86_400_000L;
        } else {
            return -1;
        }
        return unit * intervalNum;
    }

    /** Equal when all fields are equal. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RateLimit)) {
            return false;
        }
        RateLimit r = (RateLimit) o;
        return intervalNum == r.intervalNum && limit == r.limit && count == r.count
                && rateLimitType.equals(r.rateLimitType) && interval.equals(r.interval);
    }

    /** Hash of all fields. */
    @Override
    public int hashCode() {
        return Objects.hash(rateLimitType, interval, intervalNum, limit, count);
    }

    /** E.g. {@code RateLimit[ORDERS 10 SECOND limit=50 count=13]}. */
    @Override
    public String toString() {
        return "RateLimit[" + rateLimitType + " " + intervalNum + " " + interval + " limit=" + limit
                + (count >= 0 ? " count=" + count : "") + "]";
    }
}
