package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

/** An {@code order.status} request: the order by {@code orderId}, by {@code origClientOrderId}, or both. */
public final class OrderStatusRequest {
    private final String symbol;
    private final long orderId;
    private final String origClientOrderId;

    private OrderStatusRequest(String symbol, long orderId, String origClientOrderId) {
        RequestChecks.symbol(symbol);
        RequestChecks.orderRef("order.status", orderId, origClientOrderId);
        this.symbol = symbol;
        this.orderId = orderId;
        this.origClientOrderId = origClientOrderId;
    }

    /**
     * @param symbol  symbol
     * @param orderId venue order id
     * @return the request
     * @throws IllegalArgumentException when invalid
     */
    public static OrderStatusRequest byOrderId(String symbol, long orderId) {
        if (orderId < 0) {
            throw new IllegalArgumentException("order.status: orderId must not be negative, was " + orderId);
        }
        return new OrderStatusRequest(symbol, orderId, null);
    }

    /**
     * @param symbol        symbol
     * @param clientOrderId the order's client order id; the way to resolve an order whose fate is unknown
     * @return the request
     * @throws IllegalArgumentException when invalid
     */
    public static OrderStatusRequest byClientOrderId(String symbol, String clientOrderId) {
        return new OrderStatusRequest(symbol, -1, clientOrderId);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return venue order id, or -1 */
    public long orderId() {
        return orderId;
    }

    /** @return client order id, or null */
    public String origClientOrderId() {
        return origClientOrderId;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        if (orderId >= 0) {
            p.add("orderId", orderId);
        }
        p.add("origClientOrderId", origClientOrderId);
    }

    @Override
    public String toString() {
        return "OrderStatusRequest{" + symbol + (orderId >= 0 ? " orderId=" + orderId : "")
                + (origClientOrderId == null ? "" : " origClientOrderId=" + origClientOrderId) + '}';
    }
}
