package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The market streams server: URLs, envelopes, live control messages and their errors, and each stream's events. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketStreamsTest {
    private SimFixture fx;
    private WsTestClient api;

    @BeforeAll
    void start() {
        fx = new SimFixture();
        api = fx.connect();
    }

    @AfterAll
    void stop() {
        api.close();
        fx.close();
    }

    private StreamTestClient connect(String pathAndQuery) {
        return StreamTestClient.connect(StreamTestClient.uri(fx.sim.port(), pathAndQuery));
    }

    private void place(String symbol, String key, String side, String price, String qty) {
        JsonNode r = api.exchange(Req.of("order.place").str("symbol", symbol).str("side", side).str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", price).str("quantity", qty).num("timestamp", fx.now())
                .sign(key, key.equals(SimFixture.MAKER_KEY) ? fx.maker : fx.hmac).json());
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
    }

    /** A maker offer at {@code price} lifted by a taker: one trade. */
    private void trade(String symbol, String price, String qty) {
        place(symbol, SimFixture.MAKER_KEY, "SELL", price, qty);
        place(symbol, SimFixture.HMAC_KEY, "BUY", price, qty);
    }

    private static boolean event(JsonNode m, String type) {
        return m.path("e").asText().equals(type);
    }

    @Test
    void rawStreamsCarryTradesAndAggregates() {
        try (StreamTestClient c = connect("/ws/ethusdt@trade/ethusdt@aggTrade")) {
            JsonNode list = c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}", 1);
            assertThat(list.path("result").toString()).isEqualTo("[\"ethusdt@trade\",\"ethusdt@aggTrade\"]");
            place("ETHUSDT", SimFixture.MAKER_KEY, "SELL", "3000", "0.1");
            place("ETHUSDT", SimFixture.MAKER_KEY, "SELL", "3000", "0.2");
            place("ETHUSDT", SimFixture.HMAC_KEY, "BUY", "3000", "0.3");
            JsonNode t1 = c.next(m -> event(m, "trade"));
            assertThat(t1.path("s").asText()).isEqualTo("ETHUSDT");
            assertThat(t1.path("p").asText()).isEqualTo("3000.00000000");
            assertThat(t1.path("q").asText()).isEqualTo("0.10000000");
            assertThat(t1.path("m").asBoolean()).isFalse();
            JsonNode agg = c.next(m -> event(m, "aggTrade"));
            assertThat(agg.path("q").asText()).isEqualTo("0.30000000");
            assertThat(agg.path("l").asLong() - agg.path("f").asLong()).isEqualTo(1);
            assertThat(agg.path("f").asLong()).isEqualTo(t1.path("t").asLong());
        }
    }

    @Test
    void combinedStreamsWrapPayloads() {
        try (StreamTestClient c = connect("/stream?streams=ethbtc@bookTicker/ethbtc@trade")) {
            c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":\"ready\"}", "ready");
            place("ETHBTC", SimFixture.MAKER_KEY, "SELL", "0.05", "1");
            JsonNode book = c.next(m -> m.path("stream").asText().equals("ethbtc@bookTicker"));
            assertThat(book.path("data").path("a").asText()).isEqualTo("0.05000000");
            assertThat(book.path("data").path("A").asText()).isEqualTo("1.00000000");
            assertThat(book.path("data").path("u").asLong()).isPositive();
            place("ETHBTC", SimFixture.HMAC_KEY, "BUY", "0.05", "1");
            JsonNode trade = c.next(m -> m.path("stream").asText().equals("ethbtc@trade"));
            assertThat(trade.path("data").path("e").asText()).isEqualTo("trade");
            JsonNode emptied = c.next(m -> m.path("stream").asText().equals("ethbtc@bookTicker"));
            assertThat(emptied.path("data").path("a").asText()).isEqualTo("0.00000000");
        }
    }

    @Test
    void subscribeUnsubscribeListAndProperties() {
        try (StreamTestClient c = connect("/ws")) {
            assertThat(c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}", 1).toString())
                    .isEqualTo("{\"result\":[],\"id\":1}");
            assertThat(c.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\",\"BTCUSDT@depth\"],"
                    + "\"id\":2}", 2).toString()).isEqualTo("{\"result\":null,\"id\":2}");
            assertThat(c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}", 3).path("result").toString())
                    .isEqualTo("[\"btcusdt@trade\",\"btcusdt@depth\"]");
            assertThat(c.request("{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@depth\"],\"id\":\"x-4\"}", "x-4")
                    .toString()).isEqualTo("{\"result\":null,\"id\":\"x-4\"}");
            assertThat(c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":5}", 5).path("result").toString())
                    .isEqualTo("[\"btcusdt@trade\"]");
        }
        // A new connection: Binance allows 5 incoming messages per second.
        try (StreamTestClient c = connect("/ws")) {
            assertThat(c.request("{\"method\":\"GET_PROPERTY\",\"params\":[\"combined\"],\"id\":6}", 6).toString())
                    .isEqualTo("{\"result\":false,\"id\":6}");
            c.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\"],\"id\":1}", 1);
            assertThat(c.request("{\"method\":\"SET_PROPERTY\",\"params\":[\"combined\",true],\"id\":2}", 2)
                    .toString()).isEqualTo("{\"result\":null,\"id\":2}");
            assertThat(c.request("{\"method\":\"GET_PROPERTY\",\"params\":[\"combined\"],\"id\":3}", 3)
                    .path("result").asBoolean()).isTrue();
            trade("BTCUSDT", "60000", "0.001");
            JsonNode wrapped = c.next(m -> m.has("stream"));
            assertThat(wrapped.path("stream").asText()).isEqualTo("btcusdt@trade");
            assertThat(wrapped.path("data").path("e").asText()).isEqualTo("trade");
        }
    }

    @Test
    void controlMessageErrors() {
        try (StreamTestClient c = connect("/ws")) {
            c.send("{\"method\":");
            JsonNode bad = c.next(m -> m.has("error"));
            assertThat(bad.path("error").path("code").asInt()).isEqualTo(3);
            assertThat(bad.path("error").path("msg").asText()).startsWith("Invalid JSON: expected value at line 1");
            assertThat(c.request("{\"params\":[],\"id\":7}", 7).path("error").toString())
                    .startsWith("{\"code\":2,\"msg\":\"Invalid request: missing field `method` at line 1 column");
            assertThat(c.request("{\"method\":\"SUBSCRIBEE\",\"params\":[],\"id\":8}", 8).path("error")
                    .path("msg").asText()).startsWith("Invalid request: unknown variant `SUBSCRIBEE`, expected one of "
                    + "`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY` at line 1");
        }
        try (StreamTestClient c = connect("/ws")) {
            c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":{\"a\":1}}");
            assertThat(c.next(m -> m.has("error")).path("error").toString()).isEqualTo(
                    "{\"code\":2,\"msg\":\"Invalid request: request ID must be an unsigned integer\"}");
            assertThat(c.request("{\"method\":\"SET_PROPERTY\",\"params\":[\"colour\",true],\"id\":1}", 1)
                    .path("error").toString()).isEqualTo("{\"code\":0,\"msg\":\"Unknown property\"}");
            assertThat(c.request("{\"method\":\"SET_PROPERTY\",\"params\":[\"combined\",\"yes\"],\"id\":2}", 2)
                    .path("error").toString()).isEqualTo("{\"code\":1,\"msg\":\"Invalid value type: expected Boolean\"}");
            assertThat(c.request("{\"method\":\"GET_PROPERTY\",\"params\":[1],\"id\":3}", 3).path("error")
                    .toString()).isEqualTo("{\"code\":2,\"msg\":\"Invalid request: property name must be a string\"}");
        }
        try (StreamTestClient c = connect("/ws")) {
            assertThat(c.request("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@nope\"],\"id\":1}", 1)
                    .path("error").path("code").asInt()).isEqualTo(2);
            assertThat(c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"params\":[\"x\"],\"id\":2}", 2)
                    .path("error").path("msg").asText()).isEqualTo("Invalid request: too many parameters");
            assertThat(c.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}", 3).path("result")).isEmpty();
        }
    }

    @Test
    void moreThanFiveMessagesASecondDisconnect() {
        try (StreamTestClient c = connect("/ws")) {
            for (int i = 0; i < 8; i++) {
                c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}");
            }
            await().atMost(Duration.ofSeconds(10)).until(c.closed::isDone);
            assertThat(c.all().stream().filter(m -> m.has("result")).count()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void unknownStreamInUrlIsRefused() {
        assertThatThrownBy(() -> connect("/ws/btcusdt@nope")).isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> connect("/stream?streams=dogeusdt@trade")).isInstanceOf(CompletionException.class);
    }

    @Test
    void klineStreamClosesKlinesOnTheVenueClock() {
        try (StreamTestClient c = connect("/ws/btcusdt@kline_1m")) {
            trade("BTCUSDT", "61000", "0.002");
            JsonNode open = c.next(m -> event(m, "kline") && m.path("k").path("c").asText().equals("61000.00000000"));
            assertThat(open.path("k").path("x").asBoolean()).isFalse();
            assertThat(open.path("k").path("i").asText()).isEqualTo("1m");
            long t = open.path("k").path("t").asLong();
            fx.clock.advanceMillis(60_000);
            JsonNode closed = c.next(m -> event(m, "kline") && m.path("k").path("x").asBoolean());
            assertThat(closed.path("k").path("t").asLong()).isEqualTo(t);
            assertThat(closed.path("k").path("T").asLong()).isEqualTo(t + 59_999);
            JsonNode next = c.next(m -> event(m, "kline") && m.path("k").path("t").asLong() == t + 60_000);
            assertThat(next.path("k").path("n").asLong()).isZero();
            assertThat(next.path("k").path("f").asLong()).isEqualTo(-1);
        }
    }

    @Test
    void periodicStreams() {
        try (StreamTestClient c = connect("/stream?streams=btcusdt@depth5@100ms/btcusdt@miniTicker/btcusdt@ticker"
                + "/btcusdt@avgPrice/!miniTicker@arr/btcusdt@ticker_1h/btcusdt@depth")) {
            place("BTCUSDT", SimFixture.MAKER_KEY, "SELL", "62000", "0.003");
            trade("BTCUSDT", "61500", "0.001");
            JsonNode depth5 = c.next(m -> m.path("stream").asText().equals("btcusdt@depth5@100ms")
                    && m.path("data").path("asks").size() > 0);
            assertThat(depth5.path("data").has("lastUpdateId")).isTrue();
            assertThat(c.all().stream().anyMatch(m -> m.path("stream").asText().equals("btcusdt@depth")) || c.next(
                    m -> m.path("stream").asText().equals("btcusdt@depth")) != null).isTrue();
            for (String s : new String[] {"btcusdt@miniTicker", "btcusdt@ticker", "btcusdt@avgPrice",
                    "!miniTicker@arr", "btcusdt@ticker_1h"}) {
                JsonNode m = c.all().stream().filter(x -> x.path("stream").asText().equals(s)).findFirst()
                        .orElseGet(() -> c.next(x -> x.path("stream").asText().equals(s)));
                assertThat(m.path("data").isEmpty()).as(s).isFalse();
            }
            JsonNode ticker = c.all().stream().filter(x -> x.path("stream").asText().equals("btcusdt@ticker"))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(ticker.path("data").path("e").asText()).isEqualTo("24hrTicker");
            assertThat(ticker.path("data").path("c").asText()).isEqualTo("61500.00000000");
        }
    }
}
