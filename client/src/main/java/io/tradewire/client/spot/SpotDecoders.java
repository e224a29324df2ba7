package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.client.wsapi.TextInterner;
import io.tradewire.client.wsapi.WsApiConnection;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.ratelimit.RateLimit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming decoders for Spot results. Unknown fields are skipped; unknown enum values kept. A WebSocket API
 * {@code result} and a REST body are the same JSON, so both clients decode with these (the REST client through
 * {@link SpotOperations}).
 */
final class SpotDecoders {
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

    /** Orders on the order path: read from the bytes over WebSocket, streamed from REST bodies. */
    static final ResponseDecoder<OrderResponse> ORDER = OrderCursorDecoder.INSTANCE;

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
            // One switch over the field name, shared with the decoder of cancel reports (one list of fields).
            if (!SpotTradingDecoders.orderField(b, f, p)) {
                p.skipChildren();
            }
        }
        return b.build();
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
