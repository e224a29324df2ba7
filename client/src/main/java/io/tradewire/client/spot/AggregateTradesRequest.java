package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

/**
 * A {@code trades.aggregate} request: the most recent aggregate trades, or from an id, or within a time range
 * ({@code fromId} cannot be combined with a time range).
 */
public final class AggregateTradesRequest {
    private final String symbol;
    private final long fromId;
    private final long startTime;
    private final long endTime;
    private final int limit;

    private AggregateTradesRequest(Builder b) {
        symbol = b.symbol;
        fromId = b.fromId;
        startTime = b.startTime;
        endTime = b.endTime;
        limit = b.limit;
    }

    /**
     * @param symbol symbol
     * @return a builder for that symbol
     */
    public static Builder builder(String symbol) {
        return new Builder(symbol);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return first aggregate trade id, or -1 */
    public long fromId() {
        return fromId;
    }

    /** @return range start (ms), or -1 */
    public long startTime() {
        return startTime;
    }

    /** @return range end (ms), or -1 */
    public long endTime() {
        return endTime;
    }

    /** @return page size, or 0 for the venue's default (500) */
    public int limit() {
        return limit;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        Params.addIfSet(p, "fromId", fromId);
        Params.addIfSet(p, "startTime", startTime);
        Params.addIfSet(p, "endTime", endTime);
        Params.addLimit(p, limit);
    }

    @Override
    public String toString() {
        return "AggregateTradesRequest{" + symbol + " fromId=" + fromId + " startTime=" + startTime + " endTime="
                + endTime + " limit=" + limit + '}';
    }

    /** Builds an {@link AggregateTradesRequest}; not thread-safe. */
    public static final class Builder {
        private final String symbol;
        private long fromId = -1;
        private long startTime = -1;
        private long endTime = -1;
        private int limit;

        private Builder(String symbol) {
            this.symbol = symbol;
        }

        /** @param v first aggregate trade id (inclusive) @return this */
        public Builder fromId(long v) {
            fromId = Params.nonNegative("fromId", v);
            return this;
        }

        /** @param v range start, epoch ms @return this */
        public Builder startTime(long v) {
            startTime = Params.nonNegative("startTime", v);
            return this;
        }

        /** @param v range end, epoch ms @return this */
        public Builder endTime(long v) {
            endTime = Params.nonNegative("endTime", v);
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
        public AggregateTradesRequest build() {
            RequestChecks.symbol(symbol);
            if (fromId >= 0 && (startTime >= 0 || endTime >= 0)) {
                throw new IllegalArgumentException("trades.aggregate: fromId cannot be combined with startTime/endTime");
            }
            Params.range(startTime, endTime);
            return new AggregateTradesRequest(this);
        }
    }
}
