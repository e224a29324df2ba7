package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.client.wsapi.TextInterner;
import io.tradewire.client.wsapi.WsApiConnection;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.ratelimit.RateLimit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming decoders for Spot results. Unknown fields are skipped; unknown enum values kept. A WebSocket API
 * {@code result} and a REST body are the same JSON, so both clients decode with these.
 *
 * <p>Internal: public only for {@code io.tradewire.client.rest} (see {@link #order()} and the methods next to it);
 * not part of the supported API.
 */
public final class SpotDecoders {
    static final ResponseDecoder<Object> EMPTY = p -> {
        p.skipChildren();
        return Boolean.TRUE;
    };

    static final ResponseDecoder<ServerTime> TIME = p -> {
        long t = -1;
        expect(p, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("serverTime".equals(f)) {
                t = p.getValueAsLong();
            } else {
                p.skipChildren();
            }
        }
        return new ServerTime(t);
    };

    static final ResponseDecoder<SessionStatus> SESSION = p -> {
        expect(p, JsonToken.START_OBJECT);
        String apiKey = null;
        long authorizedSince = -1;
        long connectedSince = -1;
        boolean returnRateLimits = false;
        long serverTime = -1;
        boolean userDataStream = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "apiKey":
                    apiKey = t == JsonToken.VALUE_NULL ? null : p.getText();
                    break;
                case "authorizedSince":
                    authorizedSince = t == JsonToken.VALUE_NULL ? -1 : p.getValueAsLong();
                    break;
                case "connectedSince":
                    connectedSince = p.getValueAsLong();
                    break;
                case "returnRateLimits":
                    returnRateLimits = p.getValueAsBoolean();
                    break;
                case "serverTime":
                    serverTime = p.getValueAsLong();
                    break;
                case "userDataStream":
                    userDataStream = p.getValueAsBoolean();
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new SessionStatus(apiKey, authorizedSince, connectedSince, returnRateLimits, serverTime, userDataStream);
    };

    static final ResponseDecoder<OrderResponse> ORDER = SpotDecoders::order;

    static final ResponseDecoder<ExchangeInfo> EXCHANGE_INFO = SpotDecoders::exchangeInfo;

    /** Symbols, assets and enum names repeat in every answer: shared Strings, no allocation once warm. */
    static final TextInterner WORDS = new TextInterner(4096);

    private SpotDecoders() {
    }

    /** A value from the API's small vocabulary (symbol, asset, enum name), interned. */
    static String word(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return WORDS.intern(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        return p.getText();
    }

    static OrderResponse order(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        OrderResponse.Builder b = new OrderResponse.Builder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case "symbol":
                    b.symbol = word(p);
                    break;
                case "orderId":
                    b.orderId = p.getValueAsLong();
                    break;
                case "orderListId":
                    b.orderListId = p.getValueAsLong();
                    break;
                case "clientOrderId":
                    b.clientOrderId = p.getText();
                    break;
                case "origClientOrderId":
                    b.origClientOrderId = p.getText();
                    break;
                case "transactTime":
                    b.transactTime = p.getValueAsLong();
                    break;
                case "time":
                    b.time = p.getValueAsLong();
                    break;
                case "updateTime":
                    b.updateTime = p.getValueAsLong();
                    break;
                case "workingTime":
                    b.workingTime = p.getValueAsLong();
                    break;
                case "price":
                    b.price = decimal(p);
                    break;
                case "origQty":
                    b.origQty = decimal(p);
                    break;
                case "executedQty":
                    b.executedQty = decimal(p);
                    break;
                case "origQuoteOrderQty":
                    b.origQuoteOrderQty = decimal(p);
                    break;
                case "cummulativeQuoteQty":
                    b.cummulativeQuoteQty = decimal(p);
                    break;
                case "stopPrice":
                    b.stopPrice = decimal(p);
                    break;
                case "icebergQty":
                    b.icebergQty = decimal(p);
                    break;
                case "status":
                    b.status = OrderStatus.of(word(p));
                    break;
                case "timeInForce":
                    b.timeInForce = TimeInForce.of(word(p));
                    break;
                case "type":
                    b.type = OrderType.of(word(p));
                    break;
                case "side":
                    b.side = Side.of(word(p));
                    break;
                case "selfTradePreventionMode":
                    b.selfTradePreventionMode = SelfTradePreventionMode.of(word(p));
                    break;
                case "isWorking":
                    b.isWorking = p.getValueAsBoolean();
                    break;
                case "fills":
                    readFills(p, b.fills);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return b.build();
    }

    private static void readFills(JsonParser p, List<Fill> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            BigDecimal price = null;
            BigDecimal qty = null;
            BigDecimal commission = null;
            String commissionAsset = null;
            long tradeId = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (f) {
                    case "price":
                        price = decimal(p);
                        break;
                    case "qty":
                        qty = decimal(p);
                        break;
                    case "commission":
                        commission = decimal(p);
                        break;
                    case "commissionAsset":
                        commissionAsset = word(p);
                        break;
                    case "tradeId":
                        tradeId = p.getValueAsLong();
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (price == null || qty == null) {
                throw new IOException("fill without price or qty");
            }
            out.add(new Fill(price, qty, commission, commissionAsset, tradeId));
        }
    }

    private static ExchangeInfo exchangeInfo(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        String timezone = null;
        long serverTime = -1;
        List<RateLimit> rateLimits = List.of();
        List<SymbolInfo> symbols = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "timezone":
                    timezone = p.getText();
                    break;
                case "serverTime":
                    serverTime = p.getValueAsLong();
                    break;
                case "rateLimits":
                    rateLimits = WsApiConnection.readRateLimits(p);
                    break;
                case "symbols":
                    if (p.currentToken() == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            symbols.add(symbol(p));
                        }
                    } else {
                        p.skipChildren();
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new ExchangeInfo(timezone, serverTime, rateLimits, symbols);
    }

    private static SymbolInfo symbol(JsonParser p) throws IOException {
        String symbol = null;
        SymbolStatus status = null;
        String baseAsset = null;
        int basePrecision = 8;
        String quoteAsset = null;
        int quotePrecision = 8;
        List<OrderType> orderTypes = new ArrayList<>();
        boolean quoteOrderQtyMarketAllowed = false;
        boolean spotTradingAllowed = true;
        SelfTradePreventionMode defaultStp = null;
        List<SelfTradePreventionMode> allowedStp = new ArrayList<>();
        List<Map<String, String>> filters = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case "symbol":
                    symbol = p.getText();
                    break;
                case "status":
                    status = SymbolStatus.of(p.getText());
                    break;
                case "baseAsset":
                    baseAsset = p.getText();
                    break;
                case "baseAssetPrecision":
                    basePrecision = p.getValueAsInt();
                    break;
                case "quoteAsset":
                    quoteAsset = p.getText();
                    break;
                case "quoteAssetPrecision":
                    quotePrecision = p.getValueAsInt();
                    break;
                case "orderTypes":
                    for (String s : strings(p)) {
                        orderTypes.add(OrderType.of(s));
                    }
                    break;
                case "quoteOrderQtyMarketAllowed":
                    quoteOrderQtyMarketAllowed = p.getValueAsBoolean();
                    break;
                case "isSpotTradingAllowed":
                    spotTradingAllowed = p.getValueAsBoolean();
                    break;
                case "defaultSelfTradePreventionMode":
                    defaultStp = SelfTradePreventionMode.of(p.getText());
                    break;
                case "allowedSelfTradePreventionModes":
                    for (String s : strings(p)) {
                        allowedStp.add(SelfTradePreventionMode.of(s));
                    }
                    break;
                case "filters":
                    if (t == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            Map<String, String> filter = new LinkedHashMap<>();
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String name = p.currentName();
                                JsonToken v = p.nextToken();
                                if (v.isScalarValue()) {
                                    filter.put(name, p.getText());
                                } else {
                                    p.skipChildren();
                                }
                            }
                            filters.add(filter);
                        }
                    } else {
                        p.skipChildren();
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (symbol == null) {
            throw new IOException("exchangeInfo symbol without a name");
        }
        return new SymbolInfo(symbol, status, baseAsset, basePrecision, quoteAsset, quotePrecision, orderTypes,
                quoteOrderQtyMarketAllowed, spotTradingAllowed, defaultStp, allowedStp, filters);
    }

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken().isScalarValue()) {
                out.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    // ---- For the REST client: the same decoders and request parameters, one definition for both transports. ----

    /** @return the decoder of an empty object ({@code ping}, {@code order.test}); internal */
    public static ResponseDecoder<Object> empty() {
        return EMPTY;
    }

    /** @return the decoder of {@code time}; internal */
    public static ResponseDecoder<ServerTime> time() {
        return TIME;
    }

    /** @return the decoder of {@code exchangeInfo}; internal */
    public static ResponseDecoder<ExchangeInfo> exchangeInfo() {
        return EXCHANGE_INFO;
    }

    /** @return the decoder of an order ({@code order.place}, {@code order.cancel}, {@code order.status}); internal */
    public static ResponseDecoder<OrderResponse> order() {
        return ORDER;
    }

    /** @return the decoder of {@code depth}; internal */
    public static ResponseDecoder<OrderBookDepth> depth() {
        return SpotMarketDecoders.DEPTH;
    }

    /** @return the decoder of {@code order.test}; internal */
    public static ResponseDecoder<OrderCommissionRates> orderTest() {
        return SpotTradingDecoders.ORDER_TEST;
    }

    /** @return the decoder of a list of orders ({@code openOrders.status}, {@code allOrders}); internal */
    public static ResponseDecoder<List<OrderResponse>> orders() {
        return SpotTradingDecoders.ORDERS;
    }

    /** @return the decoder of {@code account.status}; internal */
    public static ResponseDecoder<AccountInfo> account() {
        return SpotAccountDecoders.ACCOUNT;
    }

    /** @return the decoder of {@code myTrades}; internal */
    public static ResponseDecoder<List<AccountTrade>> myTrades() {
        return SpotAccountDecoders.TRADES;
    }

    /**
     * Checks a history request as {@link SpotAccountApi#allOrders} does; internal.
     *
     * @param r the request
     * @return what adds its parameters
     * @throws IllegalArgumentException when it does not fit {@code allOrders}
     */
    public static java.util.function.Consumer<RequestParams> allOrdersParams(HistoryRequest r) {
        r.check("allOrders", true, true, false);
        return r::addTo;
    }

    /**
     * Checks a history request as {@link SpotAccountApi#myTrades} does; internal.
     *
     * @param r the request
     * @return what adds its parameters
     * @throws IllegalArgumentException when it does not fit {@code myTrades}
     */
    public static java.util.function.Consumer<RequestParams> myTradesParams(HistoryRequest r) {
        r.check("myTrades", true, true, true);
        return r::addTo;
    }

    /**
     * The symbol check of the request builders, for methods that take a bare symbol; internal.
     *
     * @param symbol a symbol
     * @throws IllegalArgumentException naming the rule when it can never be a symbol
     */
    public static void checkSymbol(String symbol) {
        RequestChecks.symbol(symbol);
    }

    /**
     * Adds a request's own parameters, as the WebSocket API client does before stamping and signing; internal.
     *
     * @param r the request, already checked by its builder
     * @param p where to add them
     */
    public static void addParams(PlaceOrderRequest r, RequestParams p) {
        r.addTo(p);
    }

    /**
     * Adds a request's own parameters; internal.
     *
     * @param r the request
     * @param p where to add them
     */
    public static void addParams(CancelOrderRequest r, RequestParams p) {
        r.addTo(p);
    }

    /**
     * Adds a request's own parameters; internal.
     *
     * @param r the request
     * @param p where to add them
     */
    public static void addParams(OrderStatusRequest r, RequestParams p) {
        r.addTo(p);
    }

    static BigDecimal decimal(JsonParser p) throws IOException {
        // Binance sends decimals as strings; numbers are accepted too, but never through double. Straight from the
        // parser's character buffer: no intermediate String.
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return Decimals.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        return Decimals.parse(p.getText());
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.currentToken() != token) {
            throw new IOException("expected " + token + " but found " + p.currentToken());
        }
    }
}
