package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.core.ratelimit.RateLimit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Spot WebSocket API's account methods (USER_DATA: signed, or carried by a logged-on session). Obtained from
 * {@link SpotWsApiClient#account()}. All are reads: one lost with its connection is asked again on the next.
 * Futures complete on the connection's I/O thread: dependent stages must not block.
 */
public final class SpotAccountApi {
    private final SpotWsApiClient client;

    SpotAccountApi(SpotWsApiClient client) {
        this.client = client;
    }

    /**
     * {@code account.status} (weight 20).
     *
     * @param omitZeroBalances whether to leave out assets with nothing free or locked
     * @return the account
     */
    public CompletableFuture<ApiResponse<AccountInfo>> accountStatus(boolean omitZeroBalances) {
        return client.signed(SpotOperations.accountStatus(omitZeroBalances), false);
    }

    /**
     * {@code account.commission} (weight 20).
     *
     * @param symbol symbol
     * @return the account's rates on it
     */
    public CompletableFuture<ApiResponse<AccountCommission>> commission(String symbol) {
        return client.signed(SpotOperations.commission(symbol), false);
    }

    /**
     * {@code account.rateLimits.orders}: the unfilled order count in each ORDERS window (weight 40).
     *
     * @return the limits with their counts
     */
    public CompletableFuture<ApiResponse<List<RateLimit>>> orderRateLimits() {
        return client.signed(SpotOperations.orderRateLimits(), false);
    }

    /**
     * {@code allOrders}: the account's orders on a symbol, open and closed (weight 20).
     *
     * @param request symbol, and {@code orderId} or a time range
     * @return the orders
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> allOrders(HistoryRequest request) {
        return client.signed(SpotOperations.allOrders(request), false);
    }

    /**
     * {@code allOrderLists}: the account's order lists (weight 20).
     *
     * @param request {@code fromId} or a time range ({@link HistoryRequest#forOrderLists()})
     * @return the lists (no reports)
     */
    public CompletableFuture<ApiResponse<List<OrderListResponse>>> allOrderLists(HistoryRequest request) {
        return client.signed(SpotOperations.allOrderLists(request), false);
    }

    /**
     * {@code myTrades}: weight 5 with {@code orderId}, 20 without.
     *
     * @param request symbol, and {@code orderId}, {@code fromId} or a time range
     * @return the trades
     */
    public CompletableFuture<ApiResponse<List<AccountTrade>>> myTrades(HistoryRequest request) {
        return client.signed(SpotOperations.myTrades(request), false);
    }

    /**
     * {@code myAllocations}: the allocations of orders placed through the smart order router (weight 20).
     *
     * @param request symbol, and {@code orderId} and/or {@code fromId} (the first allocation id), or a time range
     *                (not both)
     * @return the allocations, oldest first
     */
    public CompletableFuture<ApiResponse<List<Allocation>>> myAllocations(HistoryRequest request) {
        return client.signed(SpotOperations.myAllocations(request), false);
    }

    /**
     * {@code myPreventedMatches} by prevented match id (weight 2).
     *
     * @param symbol           symbol
     * @param preventedMatchId the prevented match
     * @return it, if it exists
     */
    public CompletableFuture<ApiResponse<List<PreventedMatch>>> preventedMatch(String symbol, long preventedMatchId) {
        return client.signed(SpotOperations.preventedMatch(symbol, preventedMatchId), false);
    }

    /**
     * {@code myPreventedMatches} of an order (weight 20).
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
        return client.signed(SpotOperations.preventedMatches(symbol, orderId, fromPreventedMatchId, limit), false);
    }

    /**
     * {@code order.amendments}: an order's quantity amendments (weight 4).
     *
     * @param symbol          symbol
     * @param orderId         the order
     * @param fromExecutionId first execution id, or -1
     * @param limit           1 to 1000, or 0 for the default (500)
     * @return the amendments, oldest first
     */
    public CompletableFuture<ApiResponse<List<OrderAmendment>>> orderAmendments(String symbol, long orderId,
                                                                                 long fromExecutionId, int limit) {
        return client.signed(SpotOperations.orderAmendments(symbol, orderId, fromExecutionId, limit), false);
    }

    /**
     * {@code session.subscriptions}: the user data subscriptions of the current connection (weight 2).
     *
     * @return their ids
     */
    public CompletableFuture<ApiResponse<List<Long>>> sessionSubscriptions() {
        return client.unsigned("session.subscriptions", null, SpotAccountDecoders.SUBSCRIPTIONS);
    }
}
