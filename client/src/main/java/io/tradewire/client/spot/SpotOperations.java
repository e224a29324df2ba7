package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.ratelimit.RateLimit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every Spot operation as a {@link SpotOperation}: the request checked the way the method groups check it, its
 * parameters, weight and decoder, one definition for every transport. The REST client sends nothing else, and the
 * WebSocket API's method groups send these too; only {@code order.place}, {@code order.cancel} and
 * {@code order.status} keep their own lean path in {@link SpotWsApiClient} (a byte-level answer decoder).
 *
 * <p>Each factory refuses bad input with an {@link IllegalArgumentException} naming the field and rule: nothing is
 * sent. Internal to the clients.
 */
public final class SpotOperations {
    private static final ResponseDecoder<List<OrderResponse>> ONE_OR_MORE_ORDERS = p -> Decoding.oneOrMany(p,
            SpotDecoders::order);
    private static final ResponseDecoder<List<Allocation>> ALLOCATIONS = p -> Decoding.list(p,
            SpotOperations::allocation);
    private static final int ALLOCATIONS_WEIGHT = 20;

    private SpotOperations() {
    }

    /**
     * @param method a WebSocket API method
     * @return its documented weight with the usual parameters (0 for order placement and cancellation, which weigh
     *         nothing when they succeed)
     */
    public static int baseWeight(String method) {
        return "myAllocations".equals(method) ? ALLOCATIONS_WEIGHT : SpotWeights.weight(method);
    }

    /**
     * @param method a WebSocket API method
     * @return how many orders it adds to the unfilled order count
     */
    public static int orders(String method) {
        return SpotWeights.orders(method);
    }

    private static <T> SpotOperation<T> op(String method, Consumer<RequestParams> params,
                                           ResponseDecoder<T> decoder) {
        return new SpotOperation<>(method, baseWeight(method), params, decoder);
    }

    // ------------------------------------------------------------------------------------------------ general

    /** @return {@code ping} */
    public static SpotOperation<Object> ping() {
        return op("ping", null, SpotDecoders.EMPTY);
    }

    /** @return {@code time} */
    public static SpotOperation<ServerTime> time() {
        return op("time", null, SpotDecoders.TIME);
    }

    /**
     * @param symbols symbols to describe; none for all
     * @return {@code exchangeInfo}
     */
    public static SpotOperation<ExchangeInfo> exchangeInfo(String... symbols) {
        List<String> list = List.of(symbols);
        return op("exchangeInfo", symbolOrSymbols(list), SpotDecoders.EXCHANGE_INFO);
    }

    /** {@code symbol} for one, a checked JSON array {@code symbols} for several, nothing for none. */
    private static Consumer<RequestParams> symbolOrSymbols(List<String> list) {
        if (list.size() == 1) {
            RequestChecks.symbol(list.get(0));
            return p -> p.add("symbol", list.get(0));
        }
        if (list.isEmpty()) {
            return null;
        }
        String array = Params.symbolArray(list); // also keeps quotes and backslashes out of the raw JSON
        return p -> p.addRawJson("symbols", array);
    }

    // ------------------------------------------------------------------------------------------------ market

    /**
     * @param symbol       symbol
     * @param limit        levels per side, 1 to 5000; 0 for the default (100)
     * @param symbolStatus fail with -1220 unless the symbol has this status; null for no check
     * @return {@code depth}, weighing 5 to 250 by {@code limit}
     */
    public static SpotOperation<OrderBookDepth> depth(String symbol, int limit, SymbolStatus symbolStatus) {
        RequestChecks.symbol(symbol);
        if (limit != 0) {
            Params.limit(limit, 5000);
        }
        return new SpotOperation<>("depth", SpotWeights.depth(limit), p -> {
            p.add("symbol", symbol);
            Params.addLimit(p, limit);
            p.add("symbolStatus", symbolStatus == null ? null : symbolStatus.wireName());
        }, SpotMarketDecoders.DEPTH);
    }

    /**
     * @param symbol symbol
     * @param limit  1 to 1000; 0 for the default (500)
     * @return {@code trades.recent}
     */
    public static SpotOperation<List<Trade>> recentTrades(String symbol, int limit) {
        return historicalTrades("trades.recent", symbol, -1, limit);
    }

    /**
     * @param symbol symbol
     * @param fromId first trade id; -1 for the most recent trades
     * @param limit  1 to 1000; 0 for the default (500)
     * @return {@code trades.historical}
     */
    public static SpotOperation<List<Trade>> historicalTrades(String symbol, long fromId, int limit) {
        return historicalTrades("trades.historical", symbol, fromId, limit);
    }

    private static SpotOperation<List<Trade>> historicalTrades(String method, String symbol, long fromId, int limit) {
        RequestChecks.symbol(symbol);
        if (limit != 0) {
            Params.limit(limit, 1000);
        }
        return op(method, p -> {
            p.add("symbol", symbol);
            Params.addIfSet(p, "fromId", fromId);
            Params.addLimit(p, limit);
        }, SpotMarketDecoders.TRADES);
    }

    /**
     * @param request which trades
     * @return {@code trades.aggregate}
     */
    public static SpotOperation<List<AggregateTrade>> aggregateTrades(AggregateTradesRequest request) {
        return op("trades.aggregate", request::addTo, SpotMarketDecoders.AGG_TRADES);
    }

    /**
     * @param request symbol, interval, range
     * @param ui      {@code uiKlines} (bars adjusted for charts) rather than {@code klines}
     * @return {@code klines} or {@code uiKlines}
     */
    public static SpotOperation<List<Kline>> klines(KlinesRequest request, boolean ui) {
        return op(ui ? "uiKlines" : "klines", request::addTo, SpotMarketDecoders.KLINES);
    }

    /**
     * @param symbol symbol
     * @return {@code avgPrice}
     */
    public static SpotOperation<AveragePrice> avgPrice(String symbol) {
        RequestChecks.symbol(symbol);
        return op("avgPrice", p -> p.add("symbol", symbol), SpotMarketDecoders.AVG_PRICE);
    }

    /**
     * @param request symbols ({@link TickerRequest#forAll()} allowed), type, status filter
     * @return {@code ticker.24hr}, weighing 2 to 80 by the number of symbols
     */
    public static SpotOperation<List<TickerStatistics>> ticker24hr(TickerRequest request) {
        request.checkFor("ticker.24hr", true, false, false);
        return new SpotOperation<>("ticker.24hr", SpotWeights.ticker24hr(request.symbolCount()), request::addTo,
                SpotMarketDecoders.TICKERS);
    }

    /**
     * @param request symbols, type, status filter, time zone of the trading day
     * @return {@code ticker.tradingDay}, 4 per symbol up to 200
     */
    public static SpotOperation<List<TickerStatistics>> tickerTradingDay(TickerRequest request) {
        request.checkFor("ticker.tradingDay", false, true, false);
        return new SpotOperation<>("ticker.tradingDay", SpotWeights.tickerWindow(request.symbolCount()),
                request::addTo, SpotMarketDecoders.TICKERS);
    }

    /**
     * @param request symbols, type, status filter, window size (default 1d)
     * @return {@code ticker} (rolling window), 4 per symbol up to 200
     */
    public static SpotOperation<List<TickerStatistics>> ticker(TickerRequest request) {
        request.checkFor("ticker", false, false, true);
        return new SpotOperation<>("ticker", SpotWeights.tickerWindow(request.symbolCount()), request::addTo,
                SpotMarketDecoders.TICKERS);
    }

    /**
     * @param symbols the symbols; none for all
     * @return {@code ticker.price}: 2 for one symbol, 4 for several or all
     */
    public static SpotOperation<List<PriceTicker>> tickerPrice(String... symbols) {
        List<String> list = List.of(symbols);
        return new SpotOperation<>("ticker.price", SpotWeights.tickerPriceOrBook(list.size() == 1),
                symbolOrSymbols(list), SpotMarketDecoders.PRICES);
    }

    /**
     * @param symbols the symbols; none for all
     * @return {@code ticker.book}: 2 for one symbol, 4 for several or all
     */
    public static SpotOperation<List<BookTicker>> tickerBook(String... symbols) {
        List<String> list = List.of(symbols);
        return new SpotOperation<>("ticker.book", SpotWeights.tickerPriceOrBook(list.size() == 1),
                symbolOrSymbols(list), SpotMarketDecoders.BOOKS);
    }

    // ------------------------------------------------------------------------------------------------ trading

    /**
     * @param request the order, checked by its builder
     * @return {@code order.place}
     */
    public static SpotOperation<OrderResponse> placeOrder(PlaceOrderRequest request) {
        return op("order.place", request::addTo, SpotDecoders.ORDER);
    }

    /**
     * @param request which order
     * @return {@code order.cancel}
     */
    public static SpotOperation<OrderResponse> cancelOrder(CancelOrderRequest request) {
        return op("order.cancel", request::addTo, SpotDecoders.ORDER);
    }

    /**
     * @param request which order
     * @return {@code order.status}
     */
    public static SpotOperation<OrderResponse> orderStatus(OrderStatusRequest request) {
        return op("order.status", request::addTo, SpotDecoders.ORDER);
    }

    /**
     * @param request                the order
     * @param computeCommissionRates whether to ask for the rates that would apply
     * @param sor                    {@code sor.order.test} rather than {@code order.test}
     * @return the test, weighing 1, or 20 with commission rates
     */
    public static SpotOperation<OrderCommissionRates> testOrder(PlaceOrderRequest request,
                                                                boolean computeCommissionRates, boolean sor) {
        Objects.requireNonNull(request, "request");
        return new SpotOperation<>(sor ? "sor.order.test" : "order.test",
                SpotWeights.orderTest(computeCommissionRates), p -> {
            request.addTo(p);
            if (computeCommissionRates) {
                Params.addBoolean(p, "computeCommissionRates", true);
            }
        }, SpotTradingDecoders.ORDER_TEST);
    }

    /**
     * @param request the order (LIMIT or MARKET)
     * @return {@code sor.order.place}: the orders the router placed (the WebSocket API answers a list, REST one
     *         object; both decode)
     */
    public static SpotOperation<List<OrderResponse>> sorPlaceOrder(PlaceOrderRequest request) {
        return op("sor.order.place", request::addTo, ONE_OR_MORE_ORDERS);
    }

    /**
     * @param request which order to cancel, and the new order
     * @return {@code order.cancelReplace}; its 409 and 400 answers complete with a {@link CancelReplaceException}
     */
    public static SpotOperation<CancelReplaceResult> cancelReplace(CancelReplaceRequest request) {
        return op("order.cancelReplace", request::addTo, SpotTradingDecoders.CANCEL_REPLACE);
    }

    /**
     * @param request the order and its new quantity
     * @return {@code order.amend.keepPriority}
     */
    public static SpotOperation<AmendResult> amendKeepPriority(AmendOrderRequest request) {
        return op("order.amend.keepPriority", request::addTo, SpotTradingDecoders.AMEND);
    }

    /**
     * @param symbol the symbol, or null for all symbols
     * @return {@code openOrders.status}: 6 for one symbol, 80 for all
     */
    public static SpotOperation<List<OrderResponse>> openOrders(String symbol) {
        if (symbol != null) {
            RequestChecks.symbol(symbol);
        }
        return new SpotOperation<>("openOrders.status", SpotWeights.openOrders(symbol != null),
                p -> p.add("symbol", symbol), SpotTradingDecoders.ORDERS);
    }

    /**
     * @param symbol the symbol
     * @return {@code openOrders.cancelAll}
     */
    public static SpotOperation<CanceledOrders> cancelAllOpenOrders(String symbol) {
        RequestChecks.symbol(symbol);
        return op("openOrders.cancelAll", p -> p.add("symbol", symbol), SpotTradingDecoders.CANCEL_ALL);
    }

    /**
     * @param request the list
     * @return {@code orderList.place.oco}, {@code .oto} or {@code .otoco}, as {@link OrderListRequest#method()}
     *         says
     */
    public static SpotOperation<OrderListResponse> placeOrderList(OrderListRequest request) {
        return op(request.method(), request::addTo, SpotTradingDecoders.ORDER_LIST);
    }

    /**
     * @param orderListId the list's id
     * @return {@code orderList.status}
     */
    public static SpotOperation<OrderListResponse> orderListStatus(long orderListId) {
        Params.nonNegative("orderListId", orderListId);
        return op("orderList.status", p -> p.add("orderListId", orderListId), SpotTradingDecoders.ORDER_LIST);
    }

    /**
     * @param listClientOrderId the list's client id
     * @return {@code orderList.status}
     */
    public static SpotOperation<OrderListResponse> orderListStatus(String listClientOrderId) {
        RequestChecks.required("origClientOrderId", listClientOrderId);
        RequestChecks.clientOrderId("orderList.status", "origClientOrderId", listClientOrderId);
        return op("orderList.status", p -> p.add("origClientOrderId", listClientOrderId),
                SpotTradingDecoders.ORDER_LIST);
    }

    /**
     * @param request which list
     * @return {@code orderList.cancel}
     */
    public static SpotOperation<OrderListResponse> cancelOrderList(CancelOrderListRequest request) {
        return op("orderList.cancel", request::addTo, SpotTradingDecoders.ORDER_LIST);
    }

    /** @return {@code openOrderLists.status} */
    public static SpotOperation<List<OrderListResponse>> openOrderLists() {
        return op("openOrderLists.status", null, SpotTradingDecoders.ORDER_LISTS);
    }

    // ------------------------------------------------------------------------------------------------ account

    /**
     * @param omitZeroBalances whether to leave out assets with nothing free or locked
     * @return {@code account.status}
     */
    public static SpotOperation<AccountInfo> accountStatus(boolean omitZeroBalances) {
        return op("account.status", omitZeroBalances ? p -> Params.addBoolean(p, "omitZeroBalances", true) : null,
                SpotAccountDecoders.ACCOUNT);
    }

    /**
     * @param symbol symbol
     * @return {@code account.commission}
     */
    public static SpotOperation<AccountCommission> commission(String symbol) {
        RequestChecks.symbol(symbol);
        return op("account.commission", p -> p.add("symbol", symbol), SpotAccountDecoders.COMMISSION);
    }

    /** @return {@code account.rateLimits.orders}: the unfilled order count in each ORDERS window */
    public static SpotOperation<List<RateLimit>> orderRateLimits() {
        return op("account.rateLimits.orders", null, SpotAccountDecoders.RATE_LIMITS);
    }

    /**
     * @param request symbol, and {@code orderId} or a time range
     * @return {@code allOrders}
     */
    public static SpotOperation<List<OrderResponse>> allOrders(HistoryRequest request) {
        request.check("allOrders", true, true, false);
        return op("allOrders", request::addTo, SpotTradingDecoders.ORDERS);
    }

    /**
     * @param request {@code fromId} or a time range ({@link HistoryRequest#forOrderLists()})
     * @return {@code allOrderLists}
     */
    public static SpotOperation<List<OrderListResponse>> allOrderLists(HistoryRequest request) {
        request.check("allOrderLists", false, false, true);
        return op("allOrderLists", request::addTo, SpotTradingDecoders.ORDER_LISTS);
    }

    /**
     * @param request symbol, and {@code orderId}, {@code fromId} or a time range
     * @return {@code myTrades}: 5 with {@code orderId}, 20 without
     */
    public static SpotOperation<List<AccountTrade>> myTrades(HistoryRequest request) {
        request.check("myTrades", true, true, true);
        return new SpotOperation<>("myTrades", SpotWeights.myTrades(request.orderId() >= 0), request::addTo,
                SpotAccountDecoders.TRADES);
    }

    /**
     * @param request symbol, and {@code orderId} and/or {@code fromId} (the first allocation id), or a time range
     * @return {@code myAllocations}
     */
    public static SpotOperation<List<Allocation>> myAllocations(HistoryRequest request) {
        request.check("myAllocations", true, true, true);
        if ((request.startTime() >= 0 || request.endTime() >= 0) && (request.orderId() >= 0
                || request.fromId() >= 0)) {
            throw new IllegalArgumentException("myAllocations: startTime/endTime cannot be combined with orderId "
                    + "or fromId");
        }
        return op("myAllocations", p -> {
            p.add("symbol", request.symbol());
            Params.addIfSet(p, "startTime", request.startTime());
            Params.addIfSet(p, "endTime", request.endTime());
            Params.addIfSet(p, "fromAllocationId", request.fromId());
            Params.addLimit(p, request.limit());
            Params.addIfSet(p, "orderId", request.orderId());
        }, ALLOCATIONS);
    }

    /**
     * @param symbol           symbol
     * @param preventedMatchId the prevented match
     * @return {@code myPreventedMatches} by prevented match id (weight 2)
     */
    public static SpotOperation<List<PreventedMatch>> preventedMatch(String symbol, long preventedMatchId) {
        RequestChecks.symbol(symbol);
        Params.nonNegative("preventedMatchId", preventedMatchId);
        return new SpotOperation<>("myPreventedMatches", SpotWeights.preventedMatches(false), p -> {
            p.add("symbol", symbol);
            p.add("preventedMatchId", preventedMatchId);
        }, SpotAccountDecoders.PREVENTED);
    }

    /**
     * @param symbol               symbol
     * @param orderId              the order
     * @param fromPreventedMatchId first prevented match id, or -1
     * @param limit                1 to 1000, or 0 for the default (500)
     * @return {@code myPreventedMatches} of an order (weight 20)
     */
    public static SpotOperation<List<PreventedMatch>> preventedMatches(String symbol, long orderId,
                                                                        long fromPreventedMatchId, int limit) {
        return ofOrder("myPreventedMatches", SpotWeights.preventedMatches(true), symbol, orderId,
                "fromPreventedMatchId", fromPreventedMatchId, limit, SpotAccountDecoders.PREVENTED);
    }

    /**
     * @param symbol          symbol
     * @param orderId         the order
     * @param fromExecutionId first execution id, or -1
     * @param limit           1 to 1000, or 0 for the default (500)
     * @return {@code order.amendments}
     */
    public static SpotOperation<List<OrderAmendment>> orderAmendments(String symbol, long orderId,
                                                                       long fromExecutionId, int limit) {
        return ofOrder("order.amendments", baseWeight("order.amendments"), symbol, orderId, "fromExecutionId",
                fromExecutionId, limit, SpotAccountDecoders.AMENDMENTS);
    }

    /** A page of what happened to one order: symbol, {@code orderId}, a first id, a page size of up to 1000. */
    private static <T> SpotOperation<T> ofOrder(String method, int weight, String symbol, long orderId,
                                                String fromName, long from, int limit, ResponseDecoder<T> decoder) {
        RequestChecks.symbol(symbol);
        Params.nonNegative("orderId", orderId);
        if (limit != 0) {
            Params.limit(limit, 1000);
        }
        return new SpotOperation<>(method, weight, p -> {
            p.add("symbol", symbol);
            p.add("orderId", orderId);
            Params.addIfSet(p, fromName, from);
            Params.addLimit(p, limit);
        }, decoder);
    }

    private static Allocation allocation(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        long allocationId = -1;
        String allocationType = null;
        long orderId = -1;
        long orderListId = -1;
        BigDecimal price = null;
        BigDecimal qty = null;
        BigDecimal quoteQty = null;
        BigDecimal commission = null;
        String commissionAsset = null;
        long time = -1;
        boolean isBuyer = false;
        boolean isMaker = false;
        boolean isAllocator = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "symbol" -> symbol = Decoding.word(p);
                case "allocationId" -> allocationId = Decoding.number(p, -1);
                case "allocationType" -> allocationType = Decoding.word(p);
                case "orderId" -> orderId = Decoding.number(p, -1);
                case "orderListId" -> orderListId = Decoding.number(p, -1);
                case "price" -> price = Decoding.decimal(p);
                case "qty" -> qty = Decoding.decimal(p);
                case "quoteQty" -> quoteQty = Decoding.decimal(p);
                case "commission" -> commission = Decoding.decimal(p);
                case "commissionAsset" -> commissionAsset = Decoding.word(p);
                case "time" -> time = Decoding.number(p, -1);
                case "isBuyer" -> isBuyer = p.getValueAsBoolean();
                case "isMaker" -> isMaker = p.getValueAsBoolean();
                case "isAllocator" -> isAllocator = p.getValueAsBoolean();
                default -> p.skipChildren();
            }
        }
        return new Allocation(symbol, allocationId, allocationType, orderId, orderListId, price, qty, quoteQty,
                commission, commissionAsset, time, isBuyer, isMaker, isAllocator);
    }
}
