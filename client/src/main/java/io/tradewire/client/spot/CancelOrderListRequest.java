package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

/** An {@code orderList.cancel} request: the list by {@code orderListId} or by {@code listClientOrderId}. */
public final class CancelOrderListRequest {
    private final String symbol;
    private final long orderListId;
    private final String listClientOrderId;
    private final String newClientOrderId;

    private CancelOrderListRequest(String symbol, long orderListId, String listClientOrderId,
                                   String newClientOrderId) {
        this.symbol = symbol;
        this.orderListId = orderListId;
        this.listClientOrderId = listClientOrderId;
        this.newClientOrderId = newClientOrderId;
    }

    /**
     * @param symbol      symbol
     * @param orderListId the list's id
     * @return the request
     */
    public static CancelOrderListRequest byOrderListId(String symbol, long orderListId) {
        return of(symbol, orderListId, null, null);
    }

    /**
     * @param symbol            symbol
     * @param listClientOrderId the list's client id
     * @return the request
     */
    public static CancelOrderListRequest byListClientOrderId(String symbol, String listClientOrderId) {
        return of(symbol, -1, listClientOrderId, null);
    }

    /**
     * @param symbol            symbol
     * @param orderListId       the list's id, or -1
     * @param listClientOrderId the list's client id, or null (one of the two is required)
     * @param newClientOrderId  new client id of the canceled list, or null
     * @return the request
     * @throws IllegalArgumentException naming the field and rule when invalid
     */
    public static CancelOrderListRequest of(String symbol, long orderListId, String listClientOrderId,
                                            String newClientOrderId) {
        RequestChecks.symbol(symbol);
        if (orderListId < 0 && (listClientOrderId == null || listClientOrderId.isEmpty())) {
            throw new IllegalArgumentException("orderList.cancel: orderListId or listClientOrderId is required");
        }
        RequestChecks.clientOrderId("orderList.cancel", "listClientOrderId", listClientOrderId);
        RequestChecks.clientOrderId("orderList.cancel", "newClientOrderId", newClientOrderId);
        return new CancelOrderListRequest(symbol, orderListId, listClientOrderId, newClientOrderId);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return the list's id, or -1 */
    public long orderListId() {
        return orderListId;
    }

    /** @return the list's client id, or null */
    public String listClientOrderId() {
        return listClientOrderId;
    }

    void addTo(RequestParams p) {
        p.add("symbol", symbol);
        Params.addIfSet(p, "orderListId", orderListId);
        p.add("listClientOrderId", listClientOrderId).add("newClientOrderId", newClientOrderId);
    }

    @Override
    public String toString() {
        return "CancelOrderListRequest{" + symbol + (orderListId >= 0 ? " orderListId=" + orderListId : "")
                + (listClientOrderId == null ? "" : " listClientOrderId=" + listClientOrderId) + '}';
    }
}
