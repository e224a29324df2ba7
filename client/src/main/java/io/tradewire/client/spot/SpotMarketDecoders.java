package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.wsapi.ResponseDecoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Streaming decoders of the market data results. Unknown fields are skipped. */
final class SpotMarketDecoders {
    static final ResponseDecoder<OrderBookDepth> DEPTH = SpotMarketDecoders::depth;
    static final ResponseDecoder<List<Trade>> TRADES = p -> Decoding.list(p, SpotMarketDecoders::trade);
    static final ResponseDecoder<List<AggregateTrade>> AGG_TRADES = p -> Decoding.list(p,
            SpotMarketDecoders::aggTrade);
    static final ResponseDecoder<List<Kline>> KLINES = p -> Decoding.list(p, SpotMarketDecoders::kline);
    static final ResponseDecoder<AveragePrice> AVG_PRICE = SpotMarketDecoders::avgPrice;
    static final ResponseDecoder<List<TickerStatistics>> TICKERS = p -> Decoding.oneOrMany(p,
            SpotMarketDecoders::stats);
    static final ResponseDecoder<List<PriceTicker>> PRICES = p -> Decoding.oneOrMany(p, SpotMarketDecoders::price);
    static final ResponseDecoder<List<BookTicker>> BOOKS = p -> Decoding.oneOrMany(p, SpotMarketDecoders::book);

    private SpotMarketDecoders() {
    }

    static OrderBookDepth depth(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        long lastUpdateId = -1;
        List<PriceLevel> bids = List.of();
        List<PriceLevel> asks = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "lastUpdateId":
                    lastUpdateId = Decoding.number(p, -1);
                    break;
                case "bids":
                    bids = Decoding.list(p, SpotMarketDecoders::level);
                    break;
                case "asks":
                    asks = Decoding.list(p, SpotMarketDecoders::level);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new OrderBookDepth(lastUpdateId, bids, asks);
    }

    private static PriceLevel level(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("a price level is a [price, quantity] array, found " + p.currentToken());
        }
        p.nextToken();
        BigDecimal price = SpotDecoders.decimal(p);
        p.nextToken();
        BigDecimal qty = SpotDecoders.decimal(p);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren(); // tolerate extra elements
        }
        return new PriceLevel(price, qty);
    }

    private static Trade trade(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        long id = -1;
        BigDecimal price = null;
        BigDecimal qty = null;
        BigDecimal quoteQty = null;
        long time = -1;
        boolean buyerMaker = false;
        boolean bestMatch = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id":
                    id = Decoding.number(p, -1);
                    break;
                case "price":
                    price = Decoding.decimal(p);
                    break;
                case "qty":
                    qty = Decoding.decimal(p);
                    break;
                case "quoteQty":
                    quoteQty = Decoding.decimal(p);
                    break;
                case "time":
                    time = Decoding.number(p, -1);
                    break;
                case "isBuyerMaker":
                    buyerMaker = p.getValueAsBoolean();
                    break;
                case "isBestMatch":
                    bestMatch = p.getValueAsBoolean();
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Trade(id, price, qty, quoteQty, time, buyerMaker, bestMatch);
    }

    private static AggregateTrade aggTrade(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        long a = -1;
        BigDecimal price = null;
        BigDecimal qty = null;
        long first = -1;
        long last = -1;
        long time = -1;
        boolean m = false;
        boolean bestMatch = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "a":
                    a = Decoding.number(p, -1);
                    break;
                case "p":
                    price = Decoding.decimal(p);
                    break;
                case "q":
                    qty = Decoding.decimal(p);
                    break;
                case "f":
                    first = Decoding.number(p, -1);
                    break;
                case "l":
                    last = Decoding.number(p, -1);
                    break;
                case "T":
                    time = Decoding.number(p, -1);
                    break;
                case "m":
                    m = p.getValueAsBoolean();
                    break;
                case "M":
                    bestMatch = p.getValueAsBoolean();
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AggregateTrade(a, price, qty, first, last, time, m, bestMatch);
    }

    private static Kline kline(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("a kline is an array, found " + p.currentToken());
        }
        long openTime = next(p) ? Decoding.number(p, -1) : -1;
        BigDecimal open = next(p) ? Decoding.decimal(p) : null;
        BigDecimal high = next(p) ? Decoding.decimal(p) : null;
        BigDecimal low = next(p) ? Decoding.decimal(p) : null;
        BigDecimal close = next(p) ? Decoding.decimal(p) : null;
        BigDecimal volume = next(p) ? Decoding.decimal(p) : null;
        long closeTime = next(p) ? Decoding.number(p, -1) : -1;
        BigDecimal quoteVolume = next(p) ? Decoding.decimal(p) : null;
        long count = next(p) ? Decoding.number(p, -1) : -1;
        BigDecimal takerBase = next(p) ? Decoding.decimal(p) : null;
        BigDecimal takerQuote = next(p) ? Decoding.decimal(p) : null;
        if (p.currentToken() != JsonToken.END_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren(); // the unused "0" and whatever Binance appends later
            }
        }
        return new Kline(openTime, open, high, low, close, volume, closeTime, quoteVolume, count, takerBase,
                takerQuote);
    }

    /** Moves to the next array element; false (staying on END_ARRAY) when the array is shorter than expected. */
    private static boolean next(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.END_ARRAY) {
            return false;
        }
        return p.nextToken() != JsonToken.END_ARRAY;
    }

    private static AveragePrice avgPrice(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        int mins = 0;
        BigDecimal price = null;
        long closeTime = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "mins":
                    mins = p.getValueAsInt();
                    break;
                case "price":
                    price = Decoding.decimal(p);
                    break;
                case "closeTime":
                    closeTime = Decoding.number(p, -1);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new AveragePrice(mins, price, closeTime);
    }

    private static TickerStatistics stats(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        BigDecimal[] d = new BigDecimal[15];
        long openTime = -1;
        long closeTime = -1;
        long firstId = -1;
        long lastId = -1;
        long count = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            int i = statsIndex(f);
            if (i >= 0) {
                d[i] = Decoding.decimal(p);
                continue;
            }
            switch (f) {
                case "symbol":
                    symbol = Decoding.word(p);
                    break;
                case "openTime":
                    openTime = Decoding.number(p, -1);
                    break;
                case "closeTime":
                    closeTime = Decoding.number(p, -1);
                    break;
                case "firstId":
                    firstId = Decoding.number(p, -1);
                    break;
                case "lastId":
                    lastId = Decoding.number(p, -1);
                    break;
                case "count":
                    count = Decoding.number(p, -1);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new TickerStatistics(symbol, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11],
                d[12], d[13], d[14], openTime, closeTime, firstId, lastId, count);
    }

    private static final List<String> STATS_DECIMALS = new ArrayList<>(List.of("priceChange", "priceChangePercent",
            "weightedAvgPrice", "prevClosePrice", "lastPrice", "lastQty", "bidPrice", "bidQty", "askPrice", "askQty",
            "openPrice", "highPrice", "lowPrice", "volume", "quoteVolume"));

    private static int statsIndex(String field) {
        return STATS_DECIMALS.indexOf(field);
    }

    private static PriceTicker price(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        BigDecimal price = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if ("symbol".equals(f)) {
                symbol = Decoding.word(p);
            } else if ("price".equals(f)) {
                price = Decoding.decimal(p);
            } else {
                p.skipChildren();
            }
        }
        return new PriceTicker(symbol, price);
    }

    private static BookTicker book(JsonParser p) throws IOException {
        Decoding.expectObject(p);
        String symbol = null;
        BigDecimal bid = null;
        BigDecimal bidQty = null;
        BigDecimal ask = null;
        BigDecimal askQty = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "symbol":
                    symbol = Decoding.word(p);
                    break;
                case "bidPrice":
                    bid = Decoding.decimal(p);
                    break;
                case "bidQty":
                    bidQty = Decoding.decimal(p);
                    break;
                case "askPrice":
                    ask = Decoding.decimal(p);
                    break;
                case "askQty":
                    askQty = Decoding.decimal(p);
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new BookTicker(symbol, bid, bidQty, ask, askQty);
    }
}
