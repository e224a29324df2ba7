package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

import java.util.Set;

/**
 * A {@code klines} or {@code uiKlines} request. Intervals: {@code 1s}, {@code 1m}, {@code 3m}, {@code 5m},
 * {@code 15m}, {@code 30m}, {@code 1h}, {@code 2h}, {@code 4h}, {@code 6h}, {@code 8h}, {@code 12h}, {@code 1d},
 * {@code 3d}, {@code 1w}, {@code 1M} (case-sensitive).
 */
public final class KlinesRequest {
    private static final Set<String> INTERVALS = Set.of("1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h",
            "8h", "12h", "1d", "3d", "1w", "1M");
    private final String symbol;
    private final String interval;
    private final long startTime;
    private final long endTime;
    private final String timeZone;
    private final int limit;

    private KlinesRequest(Builder b) {
        symbol = b.symbol;
        interval = b.interval;
        startTime = b.startTime;
        endTime = b.endTime;
        timeZone = b.timeZone;
        limit = b.limit;
    }

    /**
     * @param symbol   symbol
     * @param interval bar interval, e.g. {@code 1m}
     * @return a builder
     */
    public static Builder builder(String symbol, String interval) {
        return new Builder(symbol, interval);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return interval */
    public String interval() {
        return interval;
    }

    /** @return range start (ms), or -1 */
    public long startTime() {
        return startTime;
    }

    /** @return range end (ms), or -1 */
    public long endTime() {
        return endTime;
    }

    /** @return time zone the intervals are interpreted in, or null for UTC */
    public String timeZone() {
        return timeZone;
    }

    /** @return page size, or 0 for the default (500) */
    public int limit() {
        return limit;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol).add("interval", interval);
        Params.addIfSet(p, "startTime", startTime);
        Params.addIfSet(p, "endTime", endTime);
        p.add("timeZone", timeZone);
        Params.addLimit(p, limit);
    }

    @Override
    public String toString() {
        return "KlinesRequest{" + symbol + ' ' + interval + " startTime=" + startTime + " endTime=" + endTime
                + (timeZone == null ? "" : " timeZone=" + timeZone) + " limit=" + limit + '}';
    }

    /** Builds a {@link KlinesRequest}; not thread-safe. */
    public static final class Builder {
        private final String symbol;
        private final String interval;
        private long startTime = -1;
        private long endTime = -1;
        private String timeZone;
        private int limit;

        private Builder(String symbol, String interval) {
            this.symbol = symbol;
            this.interval = interval;
        }

        /** @param v range start, epoch ms (always UTC) @return this */
        public Builder startTime(long v) {
            startTime = Params.nonNegative("startTime", v);
            return this;
        }

        /** @param v range end, epoch ms (always UTC) @return this */
        public Builder endTime(long v) {
            endTime = Params.nonNegative("endTime", v);
            return this;
        }

        /**
         * @param v time zone the intervals are interpreted in: hours and minutes ({@code -1:00}, {@code 05:45}) or
         *          hours ({@code 8}), within [-12:00, +14:00]
         * @return this
         */
        public Builder timeZone(String v) {
            timeZone = v;
            return this;
        }

        /** @param v page size, 1 to 1000 @return this */
        public Builder limit(int v) {
            limit = Params.limit(v, 1000);
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public KlinesRequest build() {
            RequestChecks.symbol(symbol);
            if (interval == null || !INTERVALS.contains(interval)) {
                throw new IllegalArgumentException("interval '" + interval + "' must be one of " + INTERVALS);
            }
            Params.range(startTime, endTime);
            TickerRequest.checkTimeZone(timeZone);
            return new KlinesRequest(this);
        }
    }
}
