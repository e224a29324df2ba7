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
        return client.signed("account.status", p -> {
            if (omitZeroBalances) {
                Params.addBoolean(p, "omitZeroBalances", true);
            }
        }, SpotAccountDecoders.ACCOUNT, false);
    }

    /**
     * {@code account.commission} (weight 20).
     *
     * @param symbol symbol
     * @return the account's rates on it
     */
    public CompletableFuture<ApiResponse<AccountCommission>> commission(String symbol) {
        RequestChecks.symbol(symbol);
        return client.signed("account.commission", p -> p.add("symbol", symbol), SpotAccountDecoders.COMMISSION,
                false);
    }

    /**
     * {@code account.rateLimits.orders}: the unfilled order count in each ORDERS window (weight 40).
     *
     * @return the limits with their counts
     */
    public CompletableFuture<ApiResponse<List<RateLimit>>> orderRateLimits() {
        return client.signed("account.rateLimits.orders", p -> { }, SpotAccountDecoders.RATE_LIMITS, false);
    }

    /**
     * {@code allOrders}: the account's orders on a symbol, open and closed (weight 20).
     *
     * @param request symbol, and {@code orderId} or a time range
     * @return the orders
     */
    public CompletableFuture<ApiResponse<List<OrderResponse>>> allOrders(HistoryRequest request) {
        request.check("allOrders", true, true, false);
        return client.signed("allOrders", request::addTo, SpotTradingDecoders.ORDERS, false);
    }

    /**
     * {@code allOrderLists}: the account's order lists (weight 20).
     *
     * @param request {@code fromId} or a time range ({@link HistoryRequest#forOrderLists()})
     * @return the lists (no reports)
     */
    public CompletableFuture<ApiResponse<List<OrderListResponse>>> allOrderLists(HistoryRequest request) {
        request.check("allOrderLists", false, false, true);
        return client.signed("allOrderLists", request::addTo, SpotTradingDecoders.ORDER_LISTS, false);
    }

    /**
     * {@code myTrades}: weight 5 with {@code orderId}, 20 without.
     *
     * @param request symbol, and {@code orderId}, {@code fromId} or a time range
     * @return the trades
     */
    public CompletableFuture<ApiResponse<List<AccountTrade>>> myTrades(HistoryRequest request) {
        request.check("myTrades", true, true, true);
        return client.signed("myTrades", SpotWeights.myTrades(request.orderId() >= 0), request::addTo,
                SpotAccountDecoders.TRADES, false);
    }

    /**
     * {@code myPreventedMatches} by prevented match id (weight 2).
     *
     * @param symbol           symbol
     * @param preventedMatchId the prevented match
     * @return it, if it exists
     */
    public CompletableFuture<ApiResponse<List<PreventedMatch>>> preventedMatch(String symbol, long preventedMatchId) {
        RequestChecks.symbol(symbol);
        Params.nonNegative("preventedMatchId", preventedMatchId);
        return client.signed("myPreventedMatches", SpotWeights.preventedMatches(false), p -> {
            p.add("symbol", symbol);
            p.add("preventedMatchId", preventedMatchId);
        }, SpotAccountDecoders.PREVENTED, false);
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
        RequestChecks.symbol(symbol);
        Params.nonNegative("orderId", orderId);
        if (limit != 0) {
            Params.limit(limit, 1000);
        }
        return client.signed("myPreventedMatches", SpotWeights.preventedMatches(true), p -> {
            p.add("symbol", symbol);
            p.add("orderId", orderId);
            Params.addIfSet(p, "fromPreventedMatchId", fromPreventedMatchId);
            Params.addLimit(p, limit);
        }, SpotAccountDecoders.PREVENTED, false);
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
        RequestChecks.symbol(symbol);
        Params.nonNegative("orderId", orderId);
        if (limit != 0) {
            Params.limit(limit, 1000);
        }
        return client.signed("order.amendments", p -> {
            p.add("symbol", symbol);
            p.add("orderId", orderId);
            Params.addIfSet(p, "fromExecutionId", fromExecutionId);
            Params.addLimit(p, limit);
        }, SpotAccountDecoders.AMENDMENTS, false);
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
