package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every WS API market data method against the engine after a scripted session (manual clock):
 * <ol>
 *   <li>t0: the maker offers 0.01 and 0.02 at 60000 and 0.01 at 60010; the taker buys 0.04 up to 60010: trades 1, 2
 *       (one aggregate: same taker, same price) and 3;</li>
 *   <li>t0 + 61 s: the taker bids 0.01 at 59990, the maker sells 0.005 into it (trade 4, buyer is maker) and offers
 *       0.01 at 60100;</li>
 *   <li>the clock then moves to t0 + 241 s.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketDataMethodsTest {
    private static final long T0 = SimFixture.START_MS;
    private static final long MINUTE0 = Math.floorDiv(T0, 60_000L) * 60_000L;
    private SimFixture fx;
    private WsTestClient client;

    @BeforeAll
    void script() {
        fx = new SimFixture();
        client = fx.connect();
        place(SimFixture.MAKER_KEY, "SELL", "60000", "0.01");
        place(SimFixture.MAKER_KEY, "SELL", "60000", "0.02");
        place(SimFixture.MAKER_KEY, "SELL", "60010", "0.01");
        assertThat(place(SimFixture.HMAC_KEY, "BUY", "60010", "0.04").path("result").path("status").asText())
                .isEqualTo("FILLED");
        fx.clock.advanceMillis(61_000);
        place(SimFixture.HMAC_KEY, "BUY", "59990", "0.01");
        place(SimFixture.MAKER_KEY, "SELL", "59990", "0.005");
        place(SimFixture.MAKER_KEY, "SELL", "60100", "0.01");
        fx.clock.advanceMillis(180_000);
    }

    @AfterAll
    void stop() {
        client.close();
        fx.close();
    }

    private JsonNode place(String key, String side, String price, String qty) {
        JsonNode r = client.exchange(Req.of("order.place").str("symbol", "BTCUSDT").str("side", side)
                .str("type", "LIMIT").str("timeInForce", "GTC").str("price", price).str("quantity", qty)
                .num("timestamp", fx.now()).sign(key, key.equals(SimFixture.MAKER_KEY) ? fx.maker : fx.hmac).json());
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private JsonNode call(Req req) {
        return client.exchange(req.json());
    }

    private JsonNode ok(Req req) {
        JsonNode r = call(req);
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
        return r.path("result");
    }

    private long weightAfter(Req req) {
        JsonNode r = call(req);
        for (JsonNode l : r.path("rateLimits")) {
            if (l.path("rateLimitType").asText().equals("REQUEST_WEIGHT")) {
                return l.path("count").asLong();
            }
        }
        throw new AssertionError("no REQUEST_WEIGHT in " + r);
    }

    /** Weight of a request: the count it reports minus the count a ping (weight 1) reports just before. */
    private long weightOf(Req req) {
        long before = weightAfter(Req.of("ping"));
        return weightAfter(req) - before;
    }

    static java.util.List<String> names(JsonNode n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void assertError(JsonNode r, int code, String msg) {
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(400);
        assertThat(r.path("error").path("code").asInt()).as(r.toString()).isEqualTo(code);
        if (msg != null) {
            assertThat(r.path("error").path("msg").asText()).isEqualTo(msg);
        }
    }

    @Test
    void depth() {
        JsonNode d = ok(Req.of("depth").str("symbol", "BTCUSDT").num("limit", 5));
        assertThat(d.path("lastUpdateId").asLong()).isPositive();
        assertThat(d.path("bids").toString()).isEqualTo("[[\"59990.00000000\",\"0.00500000\"]]");
        assertThat(d.path("asks").toString()).isEqualTo("[[\"60100.00000000\",\"0.01000000\"]]");
        assertThat(weightOf(Req.of("depth").str("symbol", "BTCUSDT"))).isEqualTo(5);
        assertThat(weightOf(Req.of("depth").str("symbol", "BTCUSDT").num("limit", 500))).isEqualTo(25);
        assertThat(weightOf(Req.of("depth").str("symbol", "BTCUSDT").num("limit", 1000))).isEqualTo(50);
        assertThat(weightOf(Req.of("depth").str("symbol", "BTCUSDT").num("limit", 5000))).isEqualTo(250);
        assertError(call(Req.of("depth").str("symbol", "NOPE")), -1121, "Invalid symbol.");
        assertError(call(Req.of("depth")), -1102,
                "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
        assertError(call(Req.of("depth").str("symbol", "BTCUSDT").str("limit", "x")), -1100, null);
        assertError(call(Req.of("depth").str("symbol", "BTCUSDT").str("symbolStatus", "HALT")), -1220,
                "The symbol's status does not match the requested symbolStatus.");
        assertError(call(Req.of("depth").str("symbol", "BTCUSDT").str("symbolStatus", "NOPE")), -1122,
                "Invalid symbolStatus.");
        assertThat(ok(Req.of("depth").str("symbol", "BTCUSDT").str("symbolStatus", "TRADING")).has("bids")).isTrue();
    }

    @Test
    void recentAndHistoricalTrades() {
        JsonNode t = ok(Req.of("trades.recent").str("symbol", "BTCUSDT"));
        assertThat(t).hasSize(4);
        assertThat(t.get(0).toString()).isEqualTo("{\"id\":1,\"price\":\"60000.00000000\",\"qty\":\"0.01000000\","
                + "\"quoteQty\":\"600.00000000\",\"time\":" + T0 + ",\"isBuyerMaker\":false,\"isBestMatch\":true}");
        assertThat(t.get(3).path("id").asLong()).isEqualTo(4);
        assertThat(t.get(3).path("isBuyerMaker").asBoolean()).isTrue();
        assertThat(t.get(3).path("time").asLong()).isEqualTo(T0 + 61_000);
        JsonNode last2 = ok(Req.of("trades.recent").str("symbol", "BTCUSDT").num("limit", 2));
        assertThat(last2.get(0).path("id").asLong()).isEqualTo(3);
        JsonNode h = ok(Req.of("trades.historical").str("symbol", "BTCUSDT").num("fromId", 2).num("limit", 2));
        assertThat(h).hasSize(2);
        assertThat(h.get(0).path("id").asLong()).isEqualTo(2);
        assertThat(h.get(1).path("price").asText()).isEqualTo("60010.00000000");
        assertThat(ok(Req.of("trades.historical").str("symbol", "BTCUSDT").num("fromId", 99))).isEmpty();
        assertThat(weightOf(Req.of("trades.recent").str("symbol", "BTCUSDT"))).isEqualTo(25);
        assertThat(weightOf(Req.of("trades.historical").str("symbol", "BTCUSDT"))).isEqualTo(25);
        assertError(call(Req.of("trades.recent").str("symbol", "XYZ")), -1121, "Invalid symbol.");
    }

    @Test
    void aggregateTrades() {
        JsonNode a = ok(Req.of("trades.aggregate").str("symbol", "BTCUSDT"));
        assertThat(a).hasSize(3);
        assertThat(a.get(0).toString()).isEqualTo("{\"a\":1,\"p\":\"60000.00000000\",\"q\":\"0.03000000\",\"f\":1,"
                + "\"l\":2,\"T\":" + T0 + ",\"m\":false,\"M\":true}");
        assertThat(a.get(1).path("f").asLong()).isEqualTo(3);
        assertThat(a.get(1).path("l").asLong()).isEqualTo(3);
        assertThat(a.get(2).path("m").asBoolean()).isTrue();
        assertThat(ok(Req.of("trades.aggregate").str("symbol", "BTCUSDT").num("fromId", 2).num("limit", 1))
                .get(0).path("a").asLong()).isEqualTo(2);
        JsonNode byTime = ok(Req.of("trades.aggregate").str("symbol", "BTCUSDT").num("startTime", T0 + 1));
        assertThat(byTime).hasSize(1);
        assertThat(byTime.get(0).path("a").asLong()).isEqualTo(3);
        assertThat(ok(Req.of("trades.aggregate").str("symbol", "BTCUSDT").num("endTime", T0))).hasSize(2);
        assertError(call(Req.of("trades.aggregate").str("symbol", "BTCUSDT").num("fromId", 1).num("startTime", T0)),
                -1128, "Combination of optional parameters invalid.");
        assertThat(weightOf(Req.of("trades.aggregate").str("symbol", "BTCUSDT"))).isEqualTo(4);
    }

    @Test
    void klines() {
        JsonNode k = ok(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1m").num("limit", 5));
        assertThat(k).hasSize(5);
        assertThat(k.get(0).toString()).isEqualTo("[" + MINUTE0 + ",\"60000.00000000\",\"60010.00000000\","
                + "\"60000.00000000\",\"60010.00000000\",\"0.04000000\"," + (MINUTE0 + 59_999) + ",\"2400.10000000\",3,"
                + "\"0.04000000\",\"2400.10000000\",\"0\"]");
        assertThat(k.get(1).get(1).asText()).isEqualTo("59990.00000000");
        assertThat(k.get(1).get(8).asLong()).isEqualTo(1);
        assertThat(k.get(1).get(9).asText()).isEqualTo("0.00000000");
        // Minutes without trades: flat at the previous close, zero volume.
        assertThat(k.get(4).get(0).asLong()).isEqualTo(MINUTE0 + 240_000);
        assertThat(k.get(4).get(4).asText()).isEqualTo("59990.00000000");
        assertThat(k.get(4).get(8).asLong()).isZero();
        JsonNode from = ok(Req.of("uiKlines").str("symbol", "BTCUSDT").str("interval", "1m")
                .num("startTime", MINUTE0 + 1).num("limit", 2));
        assertThat(from.get(0).get(0).asLong()).isEqualTo(MINUTE0 + 60_000);
        assertThat(from).hasSize(2);
        JsonNode hour = ok(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1h"));
        assertThat(hour).hasSize(1);
        assertThat(hour.get(0).get(8).asLong()).isEqualTo(4);
        JsonNode month = ok(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1M"));
        assertThat(month.get(0).get(0).asLong()).isEqualTo(1_698_796_800_000L); // 2023-11-01
        JsonNode tz = ok(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1d").str("timeZone", "05:45"));
        assertThat(tz.get(0).get(0).asLong()).isEqualTo(1_699_920_000_000L + 86_400_000L - 345 * 60_000L);
        assertThat(tz.get(0).get(8).asLong()).isEqualTo(4);
        assertError(call(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "2m")), -1120, "Invalid interval.");
        assertError(call(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1m").str("timeZone", "15")),
                -1130, "Data sent for parameter 'timeZone' is not valid.");
        assertError(call(Req.of("klines").str("symbol", "BTCUSDT")), -1102, null);
        assertThat(weightOf(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1s"))).isEqualTo(2);
    }

    @Test
    void avgPrice() {
        JsonNode a = ok(Req.of("avgPrice").str("symbol", "BTCUSDT"));
        // (600 + 1200 + 600.1 + 299.95) / 0.045
        assertThat(a.toString()).isEqualTo("{\"mins\":5,\"price\":\"60001.11111111\",\"closeTime\":" + (T0 + 61_000)
                + "}");
        assertThat(ok(Req.of("avgPrice").str("symbol", "ETHUSDT")).path("price").asText()).isEqualTo("0.00000000");
        assertThat(weightOf(Req.of("avgPrice").str("symbol", "BTCUSDT"))).isEqualTo(2);
    }

    @Test
    void ticker24hr() {
        JsonNode t = ok(Req.of("ticker.24hr").str("symbol", "BTCUSDT"));
        long now = fx.now();
        assertThat(t.toString()).isEqualTo("{\"symbol\":\"BTCUSDT\",\"priceChange\":\"-10.00000000\","
                + "\"priceChangePercent\":\"-0.017\",\"weightedAvgPrice\":\"60001.11111111\","
                + "\"prevClosePrice\":\"0.00000000\",\"lastPrice\":\"59990.00000000\",\"lastQty\":\"0.00500000\","
                + "\"bidPrice\":\"59990.00000000\",\"bidQty\":\"0.00500000\",\"askPrice\":\"60100.00000000\","
                + "\"askQty\":\"0.01000000\",\"openPrice\":\"60000.00000000\",\"highPrice\":\"60010.00000000\","
                + "\"lowPrice\":\"59990.00000000\",\"volume\":\"0.04500000\",\"quoteVolume\":\"2700.05000000\","
                + "\"openTime\":" + (now - 86_400_000L) + ",\"closeTime\":" + now + ",\"firstId\":1,\"lastId\":4,"
                + "\"count\":4}");
        JsonNode mini = ok(Req.of("ticker.24hr").str("symbol", "BTCUSDT").str("type", "MINI"));
        assertThat(names(mini)).containsExactly("symbol", "openPrice", "highPrice", "lowPrice",
                "lastPrice", "volume", "quoteVolume", "openTime", "closeTime", "firstId", "lastId", "count");
        JsonNode all = ok(Req.of("ticker.24hr"));
        assertThat(all).hasSize(3);
        JsonNode eth = all.get(1);
        assertThat(eth.path("count").asLong()).isZero();
        assertThat(eth.path("firstId").asLong()).isEqualTo(-1);
        JsonNode two = ok(Req.of("ticker.24hr").num("symbols", "[\"ETHUSDT\",\"BTCUSDT\"]"));
        assertThat(two.get(0).path("symbol").asText()).isEqualTo("ETHUSDT");
        assertThat(weightOf(Req.of("ticker.24hr").str("symbol", "BTCUSDT"))).isEqualTo(2);
        assertThat(weightOf(Req.of("ticker.24hr"))).isEqualTo(80);
        assertError(call(Req.of("ticker.24hr").str("symbol", "BTCUSDT").num("symbols", "[\"ETHUSDT\"]")), -1128,
                null);
        assertError(call(Req.of("ticker.24hr").num("symbols", "[\"ETHUSDT\",\"NOPE\"]")), -1121, null);
        assertError(call(Req.of("ticker.24hr").str("symbol", "BTCUSDT").str("type", "HALF")), -1130, null);
    }

    @Test
    void rollingWindowAndTradingDay() {
        long now = fx.now();
        JsonNode w5 = ok(Req.of("ticker").str("symbol", "BTCUSDT").str("windowSize", "5m"));
        assertThat(w5.path("openTime").asLong()).isEqualTo(Math.floorDiv(now - 300_000L, 60_000L) * 60_000L);
        assertThat(w5.path("closeTime").asLong()).isEqualTo(now);
        assertThat(w5.path("count").asLong()).isEqualTo(4);
        assertThat(names(w5)).containsExactly("symbol", "priceChange", "priceChangePercent",
                "weightedAvgPrice", "openPrice", "highPrice", "lowPrice", "lastPrice", "volume", "quoteVolume",
                "openTime", "closeTime", "firstId", "lastId", "count");
        JsonNode w1 = ok(Req.of("ticker").str("symbol", "BTCUSDT").str("windowSize", "1m"));
        assertThat(w1.path("count").asLong()).isZero();
        assertThat(w1.path("lastPrice").asText()).isEqualTo("59990.00000000");
        JsonNode twoMini = ok(Req.of("ticker").num("symbols", "[\"BTCUSDT\",\"ETHBTC\"]").str("type", "MINI"));
        assertThat(twoMini).hasSize(2);
        assertThat(twoMini.get(0).has("priceChange")).isFalse();
        assertThat(weightOf(Req.of("ticker").num("symbols", "[\"BTCUSDT\",\"ETHBTC\"]"))).isEqualTo(8);
        assertError(call(Req.of("ticker").str("symbol", "BTCUSDT").str("windowSize", "60m")), -1130, null);
        assertError(call(Req.of("ticker")), -1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!");

        JsonNode day = ok(Req.of("ticker.tradingDay").str("symbol", "BTCUSDT"));
        assertThat(day.path("openTime").asLong()).isEqualTo(1_699_920_000_000L);
        assertThat(day.path("closeTime").asLong()).isEqualTo(1_699_920_000_000L + 86_399_999L);
        assertThat(day.path("count").asLong()).isEqualTo(4);
        JsonNode tokyo = ok(Req.of("ticker.tradingDay").str("symbol", "BTCUSDT").str("timeZone", "9"));
        assertThat(tokyo.path("openTime").asLong()).isEqualTo(1_699_920_000_000L + 86_400_000L - 9 * 3_600_000L);
        assertThat(weightOf(Req.of("ticker.tradingDay").num("symbols", "[\"BTCUSDT\",\"ETHBTC\",\"ETHUSDT\"]")))
                .isEqualTo(12);
    }

    @Test
    void priceAndBookTickers() {
        assertThat(ok(Req.of("ticker.price").str("symbol", "BTCUSDT")).toString())
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"price\":\"59990.00000000\"}");
        assertThat(ok(Req.of("ticker.price"))).hasSize(3);
        assertThat(ok(Req.of("ticker.book").str("symbol", "BTCUSDT")).toString())
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"bidPrice\":\"59990.00000000\",\"bidQty\":\"0.00500000\","
                        + "\"askPrice\":\"60100.00000000\",\"askQty\":\"0.01000000\"}");
        JsonNode books = ok(Req.of("ticker.book").num("symbols", "[\"BTCUSDT\",\"ETHUSDT\"]"));
        assertThat(books.get(1).path("bidPrice").asText()).isEqualTo("0.00000000");
        assertThat(weightOf(Req.of("ticker.price").str("symbol", "BTCUSDT"))).isEqualTo(2);
        assertThat(weightOf(Req.of("ticker.book").num("symbols", "[\"BTCUSDT\"]"))).isEqualTo(4);
        assertThat(weightOf(Req.of("ticker.book"))).isEqualTo(4);
        assertThat(ok(Req.of("ticker.price").str("symbolStatus", "HALT"))).isEmpty();
    }
}
