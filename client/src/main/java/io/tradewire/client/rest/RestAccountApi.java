package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.spot.AccountCommission;
import io.tradewire.client.spot.AccountInfo;
import io.tradewire.client.spot.AccountTrade;
import io.tradewire.client.spot.Allocation;
import io.tradewire.client.spot.HistoryRequest;
import io.tradewire.client.spot.OrderAmendment;
import io.tradewire.client.spot.OrderListResponse;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.PreventedMatch;
import io.tradewire.client.spot.SpotOperations;
import io.tradewire.core.ratelimit.RateLimit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The REST account endpoints (USER_DATA, signed), with the method names, request types and response types of
 * {@link io.tradewire.client.spot.SpotAccountApi}, and {@code myAllocations}. Obtained from
 * {@link SpotRestClient#account()}. All are reads: one whose connection failed is asked once more.
 */
public final class RestAccountApi {
    private final SpotRestClient client;

    RestAccountApi(SpotRestClient client) {
        this.client = client;
    }

    /**
     * {@code GET /api/v3/account} (weight 20).
     *
     * @param omitZeroBalances whether to leave out assets with nothing free or locked
     * @return the account
     */
    public CompletableFuture<ApiResponse<AccountInfo>> accountStatus(boolean omitZeroBalances) {
        return client.send(SpotOperations.accountStatus(omitZeroBalances));
    }

    /**
     * {@code GET /api/v3/account/commission} (weight 20).
     *
     * @param symbol symbol
     * @return the account's rates on it
     */
    public CompletableFuture<ApiResponse<AccountCommission>> commission(String symbol) {
        return client.send(SpotOperations.commission(symbol));
    }

    /**
     * {@code GET /api/v3/rateLimit/order}: the unfilled order count in each ORDERS window (weight 40).
     *
     * @return the limits with their counts
     */
    public CompletableFuture<ApiResponse<List<RateLimit>>> orderRateLimits() {
        return client.send(SpotOperations.orderRateLimits());
    }

    /**
     * {@code GET /api/v3/allOrders}: the account's orders on a symbol, open and closed (weight 20).
     *
     * @param request symbol, and {@code orderId} or a time range
     * @return the orders
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> allOrders(HistoryRequest request) {
        return client.send(SpotOperations.allOrders(request));
    }

    /**
     * {@code GET /api/v3/allOrderList}: the account's order lists (weight 20).
     *
     * @param request {@code fromId} or a time range ({@link HistoryRequest#forOrderLists()})
     * @return the lists (no reports)
     */
    public CompletableFuture<ApiResponse<List<OrderListResponse>>> allOrderLists(HistoryRequest request) {
        return client.send(SpotOperations.allOrderLists(request));
    }

    /**
     * {@code GET /api/v3/myTrades}: weight 5 with {@code orderId}, 20 without.
     *
     * @param request symbol, and {@code orderId}, {@code fromId} or a time range
     * @return the trades
     */
    public CompletableFuture<ApiResponse<List<AccountTrade>>> myTrades(HistoryRequest request) {
        return client.send(SpotOperations.myTrades(request));
    }

    /**
     * {@code GET /api/v3/myAllocations}: the allocations of orders placed through the smart order router
     * (weight 20).
     *
     * @param request symbol, and {@code orderId} and/or {@code fromId} (first allocation id), or a time range
     * @return the allocations, oldest first
     */
    public CompletableFuture<ApiResponse<List<Allocation>>> myAllocations(HistoryRequest request) {
        return client.send(SpotOperations.myAllocations(request));
    }

    /**
     * {@code GET /api/v3/myPreventedMatches} by prevented match id (weight 2).
     *
     * @param symbol           symbol
     * @param preventedMatchId the prevented match
     * @return it, if it exists
     */
    public CompletableFuture<ApiResponse<List<PreventedMatch>>> preventedMatch(String symbol, long preventedMatchId) {
        return client.send(SpotOperations.preventedMatch(symbol, preventedMatchId));
    }

    /**
     * {@code GET /api/v3/myPreventedMatches} of an order (weight 20).
     *
     * @param symbol               symbol
     * @param orderId              the order
     * @param fromPreventedMatchId first prevented match id, or -1
     * @param limit                1 to 1000, or 0 for the default (500)
     * @return the order's prevented matches
     */
    public CompletableFuture<ApiResponse<List<PreventedMatch>>> preventedMatches(String symbol, long orderId,
                                                                                  long fromPreventedMatchId,
                                                                                  int limit) {
        return client.send(SpotOperations.preventedMatches(symbol, orderId, fromPreventedMatchId, limit));
    }

    /**
     * {@code GET /api/v3/order/amendments}: an order's quantity amendments (weight 4).
     *
     * @param symbol          symbol
     * @param orderId         the order
     * @param fromExecutionId first execution id, or -1
     * @param limit           1 to 1000, or 0 for the default (500)
     * @return the amendments, oldest first
     */
    public CompletableFuture<ApiResponse<List<OrderAmendment>>> orderAmendments(String symbol, long orderId,
                                                                                 long fromExecutionId, int limit) {
        return client.send(SpotOperations.orderAmendments(symbol, orderId, fromExecutionId, limit));
    }
}
