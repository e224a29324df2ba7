package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.CancelRestrictions;

/**
 * An {@code order.cancelReplace} request: which order to cancel (by {@code cancelOrderId} and/or
 * {@code cancelOrigClientOrderId}) and the new order, a {@link PlaceOrderRequest} for the same symbol. The new
 * order's parameters, trailing stop ({@code trailingDelta}) and peg ({@code pegPriceType}, {@code pegOffsetType},
 * {@code pegOffsetValue}) included, go out under the names {@code order.cancelReplace} takes, which are those of
 * {@code order.place}; its builder has already checked them.
 */
public final class CancelReplaceRequest {
    private final PlaceOrderRequest newOrder;
    private final CancelReplaceMode mode;
    private final long cancelOrderId;
    private final String cancelOrigClientOrderId;
    private final String cancelNewClientOrderId;
    private final CancelRestrictions cancelRestrictions;
    private final boolean cancelOnlyWhenRateLimited;

    private CancelReplaceRequest(Builder b) {
        newOrder = b.newOrder;
        mode = b.mode;
        cancelOrderId = b.cancelOrderId;
        cancelOrigClientOrderId = b.cancelOrigClientOrderId;
        cancelNewClientOrderId = b.cancelNewClientOrderId;
        cancelRestrictions = b.cancelRestrictions;
        cancelOnlyWhenRateLimited = b.cancelOnlyWhenRateLimited;
    }

    /**
     * @param mode     what a failed cancel means for the new order
     * @param newOrder the replacement (its symbol is the symbol of the order to cancel)
     * @return a builder; name the order to cancel with {@link Builder#cancelOrderId} or
     *         {@link Builder#cancelOrigClientOrderId}
     */
    public static Builder builder(CancelReplaceMode mode, PlaceOrderRequest newOrder) {
        return new Builder(mode, newOrder);
    }

    /** @return the replacement order */
    public PlaceOrderRequest newOrder() {
        return newOrder;
    }

    /** @return the mode */
    public CancelReplaceMode mode() {
        return mode;
    }

    /** @return the venue id of the order to cancel, or -1 */
    public long cancelOrderId() {
        return cancelOrderId;
    }

    /** @return the client order id of the order to cancel, or null */
    public String cancelOrigClientOrderId() {
        return cancelOrigClientOrderId;
    }

    void addTo(RequestParams p) {
        newOrder.addTo(p);
        p.add("cancelReplaceMode", mode.name());
        Params.addIfSet(p, "cancelOrderId", cancelOrderId);
        p.add("cancelOrigClientOrderId", cancelOrigClientOrderId)
                .add("cancelNewClientOrderId", cancelNewClientOrderId)
                .add("cancelRestrictions", cancelRestrictions == null ? null : cancelRestrictions.wireName());
        if (cancelOnlyWhenRateLimited) {
            p.add("orderRateLimitExceededMode", "CANCEL_ONLY");
        }
    }

    @Override
    public String toString() {
        return "CancelReplaceRequest{" + mode + (cancelOrderId >= 0 ? " cancelOrderId=" + cancelOrderId : "")
                + (cancelOrigClientOrderId == null ? "" : " cancelOrigClientOrderId=" + cancelOrigClientOrderId)
                + " newOrder=" + newOrder + '}';
    }

    /** Builds a {@link CancelReplaceRequest}; not thread-safe. */
    public static final class Builder {
        private final PlaceOrderRequest newOrder;
        private final CancelReplaceMode mode;
        private long cancelOrderId = -1;
        private String cancelOrigClientOrderId;
        private String cancelNewClientOrderId;
        private CancelRestrictions cancelRestrictions;
        private boolean cancelOnlyWhenRateLimited;

        private Builder(CancelReplaceMode mode, PlaceOrderRequest newOrder) {
            this.mode = mode;
            this.newOrder = newOrder;
        }

        /** @param v venue id of the order to cancel (the fastest way to name it) @return this */
        public Builder cancelOrderId(long v) {
            cancelOrderId = Params.nonNegative("cancelOrderId", v);
            return this;
        }

        /** @param v client order id of the order to cancel @return this */
        public Builder cancelOrigClientOrderId(String v) {
            cancelOrigClientOrderId = v;
            return this;
        }

        /** @param v new client order id of the canceled order (frees its old id) @return this */
        public Builder cancelNewClientOrderId(String v) {
            cancelNewClientOrderId = v;
            return this;
        }

        /** @param v cancel only if the order is NEW, or only if PARTIALLY_FILLED @return this */
        public Builder cancelRestrictions(CancelRestrictions v) {
            cancelRestrictions = v;
            return this;
        }

        /**
         * @param v whether to cancel even when the unfilled order count is exhausted ({@code CANCEL_ONLY}; the
         *          default {@code DO_NOTHING} then does neither)
         * @return this
         */
        public Builder cancelOnlyWhenRateLimited(boolean v) {
            cancelOnlyWhenRateLimited = v;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public CancelReplaceRequest build() {
            RequestChecks.required("cancelReplaceMode", mode);
            RequestChecks.required("newOrder", newOrder);
            if (cancelOrderId < 0 && (cancelOrigClientOrderId == null || cancelOrigClientOrderId.isEmpty())) {
                throw new IllegalArgumentException(
                        "order.cancelReplace: cancelOrderId or cancelOrigClientOrderId is required");
            }
            RequestChecks.clientOrderId("order.cancelReplace", "cancelOrigClientOrderId", cancelOrigClientOrderId);
            RequestChecks.clientOrderId("order.cancelReplace", "cancelNewClientOrderId", cancelNewClientOrderId);
            return new CancelReplaceRequest(this);
        }
    }
}
