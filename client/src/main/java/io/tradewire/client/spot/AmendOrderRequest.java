package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

import java.math.BigDecimal;

/**
 * An {@code order.amend.keepPriority} request: reduce an open order's quantity without losing its place in the
 * queue. The order is named by {@code orderId} and/or {@code origClientOrderId}.
 */
public final class AmendOrderRequest {
    private final String symbol;
    private final long orderId;
    private final String origClientOrderId;
    private final String newClientOrderId;
    private final BigDecimal newQty;

    private AmendOrderRequest(Builder b) {
        symbol = b.symbol;
        orderId = b.orderId;
        origClientOrderId = b.origClientOrderId;
        newClientOrderId = b.newClientOrderId;
        newQty = b.newQty;
    }

    /**
     * @param symbol symbol
     * @param newQty the new quantity: more than 0, less than the order's
     * @return a builder
     */
    public static Builder builder(String symbol, BigDecimal newQty) {
        return new Builder(symbol, newQty);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return venue order id, or -1 */
    public long orderId() {
        return orderId;
    }

    /** @return client order id of the order, or null */
    public String origClientOrderId() {
        return origClientOrderId;
    }

    /** @return the new quantity */
    public BigDecimal newQty() {
        return newQty;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        Params.addIfSet(p, "orderId", orderId);
        p.add("origClientOrderId", origClientOrderId).add("newClientOrderId", newClientOrderId).add("newQty", newQty);
    }

    @Override
    public String toString() {
        return "AmendOrderRequest{" + symbol + (orderId >= 0 ? " orderId=" + orderId : "")
                + (origClientOrderId == null ? "" : " origClientOrderId=" + origClientOrderId)
                + " newQty=" + newQty.toPlainString() + '}';
    }

    /** Builds an {@link AmendOrderRequest}; not thread-safe. */
    public static final class Builder {
        private final String symbol;
        private final BigDecimal newQty;
        private long orderId = -1;
        private String origClientOrderId;
        private String newClientOrderId;

        private Builder(String symbol, BigDecimal newQty) {
            this.symbol = symbol;
            this.newQty = newQty;
        }

        /** @param v venue order id @return this */
        public Builder orderId(long v) {
            orderId = Params.nonNegative("orderId", v);
            return this;
        }

        /** @param v client order id of the order @return this */
        public Builder origClientOrderId(String v) {
            origClientOrderId = v;
            return this;
        }

        /** @param v the order's client order id after the amendment (default: a new random one) @return this */
        public Builder newClientOrderId(String v) {
            newClientOrderId = v;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public AmendOrderRequest build() {
            RequestChecks.symbol(symbol);
            RequestChecks.required("newQty", newQty);
            RequestChecks.positive("newQty", newQty);
            RequestChecks.orderRef("order.amend.keepPriority", orderId, origClientOrderId);
            RequestChecks.clientOrderId("order.amend.keepPriority", "newClientOrderId", newClientOrderId);
            return new AmendOrderRequest(this);
        }
    }
}
