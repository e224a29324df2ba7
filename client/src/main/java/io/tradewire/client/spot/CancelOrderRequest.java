package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.CancelRestrictions;

/** An {@code order.cancel} request: the order by {@code orderId}, by {@code origClientOrderId}, or both. */
public final class CancelOrderRequest {
    private final String symbol;
    private final long orderId;
    private final String origClientOrderId;
    private final String newClientOrderId;
    private final CancelRestrictions cancelRestrictions;

    private CancelOrderRequest(Builder b) {
        symbol = b.symbol;
        orderId = b.orderId;
        origClientOrderId = b.origClientOrderId;
        newClientOrderId = b.newClientOrderId;
        cancelRestrictions = b.cancelRestrictions;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param symbol  symbol
     * @param orderId venue order id
     * @return the request
     */
    public static CancelOrderRequest byOrderId(String symbol, long orderId) {
        return builder().symbol(symbol).orderId(orderId).build();
    }

    /**
     * @param symbol        symbol
     * @param clientOrderId the order's client order id
     * @return the request
     */
    public static CancelOrderRequest byClientOrderId(String symbol, String clientOrderId) {
        return builder().symbol(symbol).origClientOrderId(clientOrderId).build();
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return venue order id, or -1 */
    public long orderId() {
        return orderId;
    }

    /** @return client order id of the order to cancel, or null */
    public String origClientOrderId() {
        return origClientOrderId;
    }

    /** @return new client order id for the canceled order, or null */
    public String newClientOrderId() {
        return newClientOrderId;
    }

    /** @return cancel restriction, or null */
    public CancelRestrictions cancelRestrictions() {
        return cancelRestrictions;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        if (orderId >= 0) {
            p.add("orderId", orderId);
        }
        p.add("origClientOrderId", origClientOrderId)
                .add("newClientOrderId", newClientOrderId)
                .add("cancelRestrictions", cancelRestrictions == null ? null : cancelRestrictions.wireName());
    }

    @Override
    public String toString() {
        return "CancelOrderRequest{" + symbol + (orderId >= 0 ? " orderId=" + orderId : "")
                + (origClientOrderId == null ? "" : " origClientOrderId=" + origClientOrderId) + '}';
    }

    /** Builds a {@link CancelOrderRequest}; not thread-safe. */
    public static final class Builder {
        private String symbol;
        private long orderId = -1;
        private String origClientOrderId;
        private String newClientOrderId;
        private CancelRestrictions cancelRestrictions;

        private Builder() {
        }

        /** @param v symbol @return this */
        public Builder symbol(String v) {
            symbol = v;
            return this;
        }

        /** @param v venue order id (non-negative) @return this */
        public Builder orderId(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("order.cancel: orderId must not be negative, was " + v);
            }
            orderId = v;
            return this;
        }

        /** @param v client order id of the order to cancel @return this */
        public Builder origClientOrderId(String v) {
            origClientOrderId = v;
            return this;
        }

        /** @param v new client order id for the canceled order @return this */
        public Builder newClientOrderId(String v) {
            newClientOrderId = v;
            return this;
        }

        /** @param v cancel restriction @return this */
        public Builder cancelRestrictions(CancelRestrictions v) {
            cancelRestrictions = v;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public CancelOrderRequest build() {
            RequestChecks.symbol(symbol);
            RequestChecks.orderRef("order.cancel", orderId, origClientOrderId);
            RequestChecks.clientOrderId("order.cancel", "newClientOrderId", newClientOrderId);
            return new CancelOrderRequest(this);
        }
    }
}
