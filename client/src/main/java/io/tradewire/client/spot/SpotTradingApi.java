package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Spot WebSocket API's trading methods beyond {@link SpotWsApiClient#placeOrder},
 * {@link SpotWsApiClient#cancelOrder} and {@link SpotWsApiClient#orderStatus}: order tests, cancel-replace,
 * amendments, open orders, order lists and SOR. Obtained from {@link SpotWsApiClient#trading()}.
 *
 * <p>Methods that may change state at the venue (placing, canceling, amending) are never resent: when their
 * answer is lost they complete with an {@code UNKNOWN_OUTCOME} {@link io.tradewire.core.error.BinanceApiException},
 * to be resolved by a query (for example {@link SpotWsApiClient#orderStatus} by client order id); while the
 * connection is being replaced they fail at once, not sent. Queries are asked again on the next connection.
 * Futures complete on the connection's I/O thread: dependent stages must not block.
 */
public final class SpotTradingApi {
    private final SpotWsApiClient client;

    SpotTradingApi(SpotWsApiClient client) {
        this.client = client;
    }

    /**
     * {@code order.test}: validates an order without sending it to the matching engine (weight 1; 20 with
     * commission rates). Changes nothing, so it is resent like a query.
     *
     * @param request                the order
     * @param computeCommissionRates whether to ask for the rates that would apply
     * @return the rates when asked for ({@link OrderCommissionRates#computed()}); all null otherwise
     */
    public CompletableFuture<ApiResponse<OrderCommissionRates>> testOrder(PlaceOrderRequest request,
                                                                           boolean computeCommissionRates) {
        return client.signed(SpotOperations.testOrder(request, computeCommissionRates, false), false);
    }

    /**
     * {@code sor.order.test}: validates an order for the smart order router (weight 1; 20 with commission rates).
     *
     * @param request                the order (SOR supports LIMIT and MARKET)
     * @param computeCommissionRates whether to ask for the rates that would apply
     * @return the rates when asked for; all null otherwise
     */
    public CompletableFuture<ApiResponse<OrderCommissionRates>> sorTestOrder(PlaceOrderRequest request,
                                                                              boolean computeCommissionRates) {
        return client.signed(SpotOperations.testOrder(request, computeCommissionRates, true), false);
    }

    /**
     * {@code sor.order.place}: places an order through the smart order router (weight 1, one order).
     *
     * @param request the order (LIMIT or MARKET)
     * @return the orders the router placed (Binance answers a list)
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> sorPlaceOrder(PlaceOrderRequest request) {
        return client.signed(SpotOperations.sorPlaceOrder(request), true);
    }

    /**
     * {@code order.cancelReplace}: cancels an order and places a new one (weight 1, one order even when the new
     * order is not attempted). Not transactional: when a part fails the future completes exceptionally with a
     * {@link CancelReplaceException} (409 -2021 partial failure, 400 -2022 both failed or not attempted) whose
     * {@link CancelReplaceException#result() result} holds the cancel's report or error and the new order's report
     * or error. Any other failure is a plain {@link io.tradewire.core.error.BinanceApiException}.
     *
     * @param request which order to cancel, and the new order
     * @return both reports
     */
    public CompletableFuture<ApiResponse<CancelReplaceResult>> cancelReplace(CancelReplaceRequest request) {
        return client.signed(SpotOperations.cancelReplace(request), true);
    }

    /**
     * {@code order.amend.keepPriority}: reduces an open order's quantity, keeping its priority (weight 4).
     *
     * @param request the order and its new quantity
     * @return the amended order (and its list, if any)
     */
    public CompletableFuture<ApiResponse<AmendResult>> amendKeepPriority(AmendOrderRequest request) {
        return client.signed(SpotOperations.amendKeepPriority(request), true);
    }

    /**
     * {@code openOrders.status}: weight 6 for one symbol, 80 for all.
     *
     * @param symbol the symbol, or null for all symbols
     * @return the open orders
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> openOrders(String symbol) {
        return client.signed(SpotOperations.openOrders(symbol), false);
    }

    /**
     * {@code openOrders.cancelAll}: cancels every open order on a symbol, order lists included (weight 1).
     *
     * @param symbol the symbol
     * @return the cancel reports
     */
    public CompletableFuture<ApiResponse<CanceledOrders>> cancelAllOpenOrders(String symbol) {
        return client.signed(SpotOperations.cancelAllOpenOrders(symbol), true);
    }

    /**
     * {@code orderList.place.oco}, {@code .oto} or {@code .otoco}, as {@link OrderListRequest#method()} says
     * (weight 1; 2, 2 or 3 orders).
     *
     * @param request the list
     * @return the placed list with its order reports
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> placeOrderList(OrderListRequest request) {
        return client.signed(SpotOperations.placeOrderList(request), true);
    }

    /**
     * {@code orderList.status} by list id (weight 4).
     *
     * @param orderListId the list's id
     * @return the list (no reports)
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> orderListStatus(long orderListId) {
        return client.signed(SpotOperations.orderListStatus(orderListId), false);
    }

    /**
     * {@code orderList.status} by the list's client id (weight 4).
     *
     * @param listClientOrderId the list's client id
     * @return the list (no reports)
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> orderListStatus(String listClientOrderId) {
        return client.signed(SpotOperations.orderListStatus(listClientOrderId), false);
    }

    /**
     * {@code orderList.cancel} (weight 1).
     *
     * @param request which list
     * @return the canceled list with its cancel reports
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> cancelOrderList(CancelOrderListRequest request) {
        return client.signed(SpotOperations.cancelOrderList(request), true);
    }

    /**
     * {@code openOrderLists.status} (weight 6).
     *
     * @return the open order lists (no reports)
     */
    public CompletableFuture<ApiResponse<List<OrderListResponse>>> openOrderLists() {
        return client.signed(SpotOperations.openOrderLists(), false);
    }
}
