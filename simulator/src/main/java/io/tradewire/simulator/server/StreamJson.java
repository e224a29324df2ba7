package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.simulator.market.AggTrades;
import io.tradewire.simulator.market.AvgPrice;
import io.tradewire.simulator.market.BookTop;
import io.tradewire.simulator.market.DepthLevels;
import io.tradewire.simulator.market.KlineInterval;
import io.tradewire.simulator.market.Klines;
import io.tradewire.simulator.market.TickerStats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writers of market data JSON, shared by the WS API methods and the streams: decimals are written from scaled longs
 * straight into the generator (8 decimals, as Binance writes them), no intermediate Strings.
 */
final class StreamJson {
    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final ThreadLocal<byte[]> DIGITS = ThreadLocal.withInitial(() -> new byte[48]);

    /** Writes one JSON document. */
    @FunctionalInterface
    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private StreamJson() {
    }

    /** Serializes into a new buffer (owned by the caller). */
    static ByteBuf toBuf(ByteBufAllocator alloc, Writer w) {
        ByteBuf buf = alloc.buffer(256);
        try (JsonGenerator g = FACTORY.createGenerator((OutputStream) new ByteBufOutputStream(buf), JsonEncoding.UTF8)) {
            w.write(g);
        } catch (IOException | RuntimeException e) {
            buf.release();
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
        return buf;
    }

    static void dec(JsonGenerator g, long scaled) throws IOException {
        byte[] b = DIGITS.get();
        int n = Decimals.formatScaled(scaled, 8, b, 0);
        g.writeRawUTF8String(b, 0, n);
    }

    static void dec(JsonGenerator g, String name, long scaled) throws IOException {
        g.writeFieldName(name);
        dec(g, scaled);
    }

    static void levels(JsonGenerator g, String name, long[] prices, long[] qtys) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < prices.length; i++) {
            g.writeStartArray();
            dec(g, prices[i]);
            dec(g, qtys[i]);
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------------------------------------ streams

    static void trade(JsonGenerator g, String symbol, long id, long price, long qty, long time, boolean buyerMaker)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "trade");
        g.writeNumberField("E", time);
        g.writeStringField("s", symbol);
        g.writeNumberField("t", id);
        dec(g, "p", price);
        dec(g, "q", qty);
        g.writeNumberField("T", time);
        g.writeBooleanField("m", buyerMaker);
        g.writeBooleanField("M", true);
        g.writeEndObject();
    }

    static void aggTrade(JsonGenerator g, String symbol, long aggId, long price, long qty, long firstId, long lastId,
                         long time, boolean buyerMaker) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "aggTrade");
        g.writeNumberField("E", time);
        g.writeStringField("s", symbol);
        g.writeNumberField("a", aggId);
        dec(g, "p", price);
        dec(g, "q", qty);
        g.writeNumberField("f", firstId);
        g.writeNumberField("l", lastId);
        g.writeNumberField("T", time);
        g.writeBooleanField("m", buyerMaker);
        g.writeBooleanField("M", true);
        g.writeEndObject();
    }

    static void bookTicker(JsonGenerator g, String symbol, BookTop t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("u", t.updateId());
        g.writeStringField("s", symbol);
        dec(g, "b", t.bidPrice());
        dec(g, "B", t.bidQty());
        dec(g, "a", t.askPrice());
        dec(g, "A", t.askQty());
        g.writeEndObject();
    }

    static void depthUpdate(JsonGenerator g, String symbol, long time, DepthLevels d) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "depthUpdate");
        g.writeNumberField("E", time);
        g.writeStringField("s", symbol);
        g.writeNumberField("U", d.firstUpdateId());
        g.writeNumberField("u", d.lastUpdateId());
        levels(g, "b", d.bidPrices(), d.bidQtys());
        levels(g, "a", d.askPrices(), d.askQtys());
        g.writeEndObject();
    }

    /** A partial book stream payload or the {@code depth} method's result: same shape. */
    static void depthSnapshot(JsonGenerator g, DepthLevels d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("lastUpdateId", d.lastUpdateId());
        levels(g, "bids", d.bidPrices(), d.bidQtys());
        levels(g, "asks", d.askPrices(), d.askQtys());
        g.writeEndObject();
    }

    static void kline(JsonGenerator g, String symbol, KlineInterval iv, long time, Klines k, boolean closed)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "kline");
        g.writeNumberField("E", time);
        g.writeStringField("s", symbol);
        g.writeObjectFieldStart("k");
        g.writeNumberField("t", k.openTime(0));
        g.writeNumberField("T", k.closeTime(0));
        g.writeStringField("s", symbol);
        g.writeStringField("i", iv.code());
        g.writeNumberField("f", k.firstId(0));
        g.writeNumberField("L", k.lastId(0));
        dec(g, "o", k.open(0));
        dec(g, "c", k.close(0));
        dec(g, "h", k.high(0));
        dec(g, "l", k.low(0));
        dec(g, "v", k.volume(0));
        g.writeNumberField("n", k.count(0));
        g.writeBooleanField("x", closed);
        dec(g, "q", k.quoteVolume(0));
        dec(g, "V", k.takerBuyVolume(0));
        dec(g, "Q", k.takerBuyQuoteVolume(0));
        g.writeStringField("B", "0");
        g.writeEndObject();
        g.writeEndObject();
    }

    static void miniTicker(JsonGenerator g, long time, TickerStats s) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "24hrMiniTicker");
        g.writeNumberField("E", time);
        g.writeStringField("s", s.symbol());
        dec(g, "c", s.last());
        dec(g, "o", s.open());
        dec(g, "h", s.high());
        dec(g, "l", s.low());
        dec(g, "v", s.volume());
        dec(g, "q", s.quoteVolume());
        g.writeEndObject();
    }

    static void ticker(JsonGenerator g, long time, TickerStats s) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "24hrTicker");
        g.writeNumberField("E", time);
        g.writeStringField("s", s.symbol());
        dec(g, "p", s.priceChange());
        g.writeStringField("P", s.priceChangePercent());
        dec(g, "w", s.weightedAvgPrice());
        dec(g, "x", s.prevClose());
        dec(g, "c", s.last());
        dec(g, "Q", s.lastQty());
        dec(g, "b", s.book().bidPrice());
        dec(g, "B", s.book().bidQty());
        dec(g, "a", s.book().askPrice());
        dec(g, "A", s.book().askQty());
        dec(g, "o", s.open());
        dec(g, "h", s.high());
        dec(g, "l", s.low());
        dec(g, "v", s.volume());
        dec(g, "q", s.quoteVolume());
        g.writeNumberField("O", s.openTime());
        g.writeNumberField("C", s.closeTime());
        g.writeNumberField("F", s.firstId());
        g.writeNumberField("L", s.lastId());
        g.writeNumberField("n", s.count());
        g.writeEndObject();
    }

    /** {@code <symbol>@ticker_<window>}: event type e.g. "1hTicker". */
    static void windowTicker(JsonGenerator g, String window, long time, TickerStats s) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", window + "Ticker");
        g.writeNumberField("E", time);
        g.writeStringField("s", s.symbol());
        dec(g, "p", s.priceChange());
        g.writeStringField("P", s.priceChangePercent());
        dec(g, "o", s.open());
        dec(g, "h", s.high());
        dec(g, "l", s.low());
        dec(g, "c", s.last());
        dec(g, "w", s.weightedAvgPrice());
        dec(g, "v", s.volume());
        dec(g, "q", s.quoteVolume());
        g.writeNumberField("O", s.openTime());
        g.writeNumberField("C", s.closeTime());
        g.writeNumberField("F", s.firstId());
        g.writeNumberField("L", s.lastId());
        g.writeNumberField("n", s.count());
        g.writeEndObject();
    }

    static void avgPrice(JsonGenerator g, String symbol, long time, AvgPrice a) throws IOException {
        g.writeStartObject();
        g.writeStringField("e", "avgPrice");
        g.writeNumberField("E", time);
        g.writeStringField("s", symbol);
        g.writeStringField("i", AvgPrice.MINUTES + "m");
        dec(g, "w", a.price());
        g.writeNumberField("T", a.closeTime());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------------------------------------ WS API

    static void aggTrades(JsonGenerator g, AggTrades a) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < a.size(); i++) {
            g.writeStartObject();
            g.writeNumberField("a", a.aggId(i));
            dec(g, "p", a.price(i));
            dec(g, "q", a.qty(i));
            g.writeNumberField("f", a.firstId(i));
            g.writeNumberField("l", a.lastId(i));
            g.writeNumberField("T", a.time(i));
            g.writeBooleanField("m", a.buyerIsMaker(i));
            g.writeBooleanField("M", true);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void klines(JsonGenerator g, Klines k) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < k.size(); i++) {
            g.writeStartArray();
            g.writeNumber(k.openTime(i));
            dec(g, k.open(i));
            dec(g, k.high(i));
            dec(g, k.low(i));
            dec(g, k.close(i));
            dec(g, k.volume(i));
            g.writeNumber(k.closeTime(i));
            dec(g, k.quoteVolume(i));
            g.writeNumber(k.count(i));
            dec(g, k.takerBuyVolume(i));
            dec(g, k.takerBuyQuoteVolume(i));
            g.writeString("0");
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** ticker.24hr result object. */
    static void ticker24hr(JsonGenerator g, TickerStats s, boolean mini) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", s.symbol());
        if (!mini) {
            dec(g, "priceChange", s.priceChange());
            g.writeStringField("priceChangePercent", s.priceChangePercent());
            dec(g, "weightedAvgPrice", s.weightedAvgPrice());
            dec(g, "prevClosePrice", s.prevClose());
            dec(g, "lastPrice", s.last());
            dec(g, "lastQty", s.lastQty());
            dec(g, "bidPrice", s.book().bidPrice());
            dec(g, "bidQty", s.book().bidQty());
            dec(g, "askPrice", s.book().askPrice());
            dec(g, "askQty", s.book().askQty());
        }
        dec(g, "openPrice", s.open());
        dec(g, "highPrice", s.high());
        dec(g, "lowPrice", s.low());
        if (mini) {
            dec(g, "lastPrice", s.last());
        }
        statsTail(g, s);
    }

    /** ticker and ticker.tradingDay result object. */
    static void windowStats(JsonGenerator g, TickerStats s, boolean mini) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", s.symbol());
        if (!mini) {
            dec(g, "priceChange", s.priceChange());
            g.writeStringField("priceChangePercent", s.priceChangePercent());
            dec(g, "weightedAvgPrice", s.weightedAvgPrice());
        }
        dec(g, "openPrice", s.open());
        dec(g, "highPrice", s.high());
        dec(g, "lowPrice", s.low());
        dec(g, "lastPrice", s.last());
        statsTail(g, s);
    }

    private static void statsTail(JsonGenerator g, TickerStats s) throws IOException {
        dec(g, "volume", s.volume());
        dec(g, "quoteVolume", s.quoteVolume());
        g.writeNumberField("openTime", s.openTime());
        g.writeNumberField("closeTime", s.closeTime());
        g.writeNumberField("firstId", s.firstId());
        g.writeNumberField("lastId", s.lastId());
        g.writeNumberField("count", s.count());
        g.writeEndObject();
    }
}
