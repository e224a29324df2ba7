package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.spot.AmendOrderRequest;
import io.tradewire.client.spot.AmendResult;
import io.tradewire.client.spot.CancelOrderListRequest;
import io.tradewire.client.spot.CancelReplaceException;
import io.tradewire.client.spot.CancelReplaceRequest;
import io.tradewire.client.spot.CancelReplaceResult;
import io.tradewire.client.spot.CanceledOrders;
import io.tradewire.client.spot.OrderCommissionRates;
import io.tradewire.client.spot.OrderListRequest;
import io.tradewire.client.spot.OrderListResponse;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.SpotOperations;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The REST trading endpoints beyond {@link SpotRestClient#placeOrder}, {@link SpotRestClient#cancelOrder} and
 * {@link SpotRestClient#orderStatus}, with the method names, request types and response types of
 * {@link io.tradewire.client.spot.SpotTradingApi}. Obtained from {@link SpotRestClient#trading()}.
 *
 * <p>Methods that may change state at the venue (placing, canceling, amending) are never resent: when their
 * answer is lost (a 5xx, a timeout, a connection closed after sending) they complete with an
 * {@code UNKNOWN_OUTCOME} {@link io.tradewire.core.error.BinanceApiException}, to be resolved by a query. Queries
 * and tests whose connection failed are asked once more.
 */
public final class RestTradingApi {
    private final SpotRestClient client;

    RestTradingApi(SpotRestClient client) {
        this.client = client;
    }

    /**
     * {@code POST /api/v3/order/test}: the order is checked as if placed, and not placed (weight 1; 20 with
     * commission rates).
     *
     * @param request                the order
     * @param computeCommissionRates whether to ask for the rates that would apply
     * @return the rates when asked for ({@link OrderCommissionRates#computed()}); all null otherwise
     */
    public CompletableFuture<ApiResponse<OrderCommissionRates>> testOrder(PlaceOrderRequest request,
                                                                           boolean computeCommissionRates) {
        return client.send(SpotOperations.testOrder(request, computeCommissionRates, false));
    }

    /**
     * {@code POST /api/v3/sor/order/test}: an order for the smart order router, checked and not placed (weight 1;
     * 20 with commission rates).
     *
     * @param request                the order (SOR supports LIMIT and MARKET)
     * @param computeCommissionRates whether to ask for the rates that would apply
     * @return the rates when asked for; all null otherwise
     */
    public CompletableFuture<ApiResponse<OrderCommissionRates>> sorTestOrder(PlaceOrderRequest request,
                                                                              boolean computeCommissionRates) {
        return client.send(SpotOperations.testOrder(request, computeCommissionRates, true));
    }

    /**
     * {@code POST /api/v3/sor/order}: places an order through the smart order router. Never resent.
     *
     * @param request the order (LIMIT or MARKET)
     * @return the order the router placed, as a list like the WebSocket API's answer
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> sorPlaceOrder(PlaceOrderRequest request) {
        return client.send(SpotOperations.sorPlaceOrder(request));
    }

    /**
     * {@code POST /api/v3/order/cancelReplace}: cancels an order and places a new one. Not transactional: when a
     * part fails the future completes exceptionally with a {@link CancelReplaceException} (409 -2021 partial
     * failure, 400 -2022 both failed or not attempted) whose {@link CancelReplaceException#result() result} holds
     * each part's report or error. Any other failure is a plain {@link io.tradewire.core.error.BinanceApiException}.
     * Never resent.
     *
     * @param request which order to cancel, and the new order
     * @return both reports
     */
    public CompletableFuture<ApiResponse<CancelReplaceResult>> cancelReplace(CancelReplaceRequest request) {
        return client.send(SpotOperations.cancelReplace(request));
    }

    /**
     * {@code PUT /api/v3/order/amend/keepPriority}: reduces an open order's quantity, keeping its priority
     * (weight 4). Never resent.
     *
     * @param request the order and its new quantity
     * @return the amended order (and its list, if any)
     */
    public CompletableFuture<ApiResponse<AmendResult>> amendKeepPriority(AmendOrderRequest request) {
        return client.send(SpotOperations.amendKeepPriority(request));
    }

    /**
     * {@code GET /api/v3/openOrders}: weight 6 for one symbol, 80 for all.
     *
     * @param symbol the symbol, or null for all symbols
     * @return the open orders
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> openOrders(String symbol) {
        return client.send(SpotOperations.openOrders(symbol));
    }

    /**
     * {@code DELETE /api/v3/openOrders}: cancels every open order on a symbol, order lists included. Never resent.
     *
     * @param symbol the symbol
     * @return the cancel reports
     */
    public CompletableFuture<ApiResponse<CanceledOrders>> cancelAllOpenOrders(String symbol) {
        return client.send(SpotOperations.cancelAllOpenOrders(symbol));
    }

    /**
     * {@code POST /api/v3/orderList/oco}, {@code /oto} or {@code /otoco}, as {@link OrderListRequest#method()}
     * says (2, 2 or 3 orders). Never resent.
     *
     * @param request the list
     * @return the placed list with its order reports
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> placeOrderList(OrderListRequest request) {
        return client.send(SpotOperations.placeOrderList(request));
    }

    /**
     * {@code GET /api/v3/orderList} by list id (weight 4).
     *
     * @param orderListId the list's id
     * @return the list (no reports)
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> orderListStatus(long orderListId) {
        return client.send(SpotOperations.orderListStatus(orderListId));
    }

    /**
     * {@code GET /api/v3/orderList} by the list's client id (weight 4).
     *
     * @param listClientOrderId the list's client id
     * @return the list (no reports)
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> orderListStatus(String listClientOrderId) {
        return client.send(SpotOperations.orderListStatus(listClientOrderId));
    }

    /**
     * {@code DELETE /api/v3/orderList}. Never resent.
     *
     * @param request which list
     * @return the canceled list with its cancel reports
     */
    public CompletableFuture<ApiResponse<OrderListResponse>> cancelOrderList(CancelOrderListRequest request) {
        return client.send(SpotOperations.cancelOrderList(request));
    }

    /**
     * {@code GET /api/v3/openOrderList} (weight 6).
     *
     * @return the open order lists (no reports)
     */
    public CompletableFuture<ApiResponse<List<OrderListResponse>>> openOrderLists() {
        return client.send(SpotOperations.openOrderLists());
    }
}
