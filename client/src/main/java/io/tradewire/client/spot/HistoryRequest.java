package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

/**
 * A page of history: {@code allOrders} (symbol; from an {@code orderId} or within a time range),
 * {@code allOrderLists} (no symbol; from a list id, {@code fromId}, or within a time range) and {@code myTrades}
 * (symbol; of one {@code orderId}, from a trade id {@code fromId}, or within a time range). A time range is at most
 * 24 hours. Each method refuses the fields it does not take.
 */
public final class HistoryRequest {
    private final String symbol;
    private final long orderId;
    private final long fromId;
    private final long startTime;
    private final long endTime;
    private final int limit;

    private HistoryRequest(Builder b) {
        symbol = b.symbol;
        orderId = b.orderId;
        fromId = b.fromId;
        startTime = b.startTime;
        endTime = b.endTime;
        limit = b.limit;
    }

    /**
     * @param symbol the symbol ({@code allOrders}, {@code myTrades})
     * @return a builder
     */
    public static Builder forSymbol(String symbol) {
        RequestChecks.symbol(symbol);
        return new Builder(symbol);
    }

    /** @return a builder without a symbol ({@code allOrderLists}) */
    public static Builder forOrderLists() {
        return new Builder(null);
    }

    /** @return symbol, or null */
    public String symbol() {
        return symbol;
    }

    /** @return order id, or -1 */
    public long orderId() {
        return orderId;
    }

    /** @return first id, or -1 */
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

    /** @return page size, or 0 for the default (500) */
    public int limit() {
        return limit;
    }

    void check(String method, boolean symbolNeeded, boolean orderIdAllowed, boolean fromIdAllowed) {
        if (symbolNeeded && symbol == null) {
            throw new IllegalArgumentException(method + ": symbol is required");
        }
        if (!symbolNeeded && symbol != null) {
            throw new IllegalArgumentException(method + " takes no symbol");
        }
        if (orderId >= 0 && !orderIdAllowed) {
            throw new IllegalArgumentException(method + " takes no orderId");
        }
        if (fromId >= 0 && !fromIdAllowed) {
            throw new IllegalArgumentException(method + " takes no fromId");
        }
        boolean range = startTime >= 0 || endTime >= 0;
        if ("myTrades".equals(method) && range && (orderId >= 0 || fromId >= 0)) {
            throw new IllegalArgumentException("myTrades: startTime/endTime cannot be combined with orderId or fromId");
        }
        if ("allOrderLists".equals(method) && range && fromId >= 0) {
            throw new IllegalArgumentException("allOrderLists: fromId cannot be combined with startTime/endTime");
        }
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        Params.addIfSet(p, "orderId", orderId);
        Params.addIfSet(p, "fromId", fromId);
        Params.addIfSet(p, "startTime", startTime);
        Params.addIfSet(p, "endTime", endTime);
        Params.addLimit(p, limit);
    }

    @Override
    public String toString() {
        return "HistoryRequest{" + (symbol == null ? "" : symbol) + (orderId >= 0 ? " orderId=" + orderId : "")
                + (fromId >= 0 ? " fromId=" + fromId : "") + (startTime >= 0 ? " startTime=" + startTime : "")
                + (endTime >= 0 ? " endTime=" + endTime : "") + (limit > 0 ? " limit=" + limit : "") + '}';
    }

    /** Builds a {@link HistoryRequest}; not thread-safe. */
    public static final class Builder {
        private final String symbol;
        private long orderId = -1;
        private long fromId = -1;
        private long startTime = -1;
        private long endTime = -1;
        private int limit;

        private Builder(String symbol) {
            this.symbol = symbol;
        }

        /** @param v {@code allOrders}: first order id; {@code myTrades}: the order's trades @return this */
        public Builder orderId(long v) {
            orderId = Params.nonNegative("orderId", v);
            return this;
        }

        /** @param v {@code allOrderLists}: first list id; {@code myTrades}: first trade id @return this */
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
        public HistoryRequest build() {
            Params.range(startTime, endTime);
            if (startTime >= 0 && endTime >= 0 && endTime - startTime > 86_400_000L) {
                throw new IllegalArgumentException("startTime and endTime must be at most 24 hours apart");
            }
            return new HistoryRequest(this);
        }
    }
}
