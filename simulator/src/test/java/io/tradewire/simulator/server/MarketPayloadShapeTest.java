package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Our market data messages against every spot-md-* payload of a kind we produce (documented examples raw, recorded
 * ones in the combined envelope they were captured in) and the recorded REST market data bodies against our WS API
 * results (same objects): same field names in the same order, same JSON types, recursively.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketPayloadShapeTest {
    private static final String STREAMS = "btcusdt@trade/btcusdt@aggTrade/btcusdt@bookTicker/btcusdt@depth@100ms"
            + "/btcusdt@depth5@100ms/btcusdt@kline_1m/btcusdt@miniTicker/btcusdt@ticker/btcusdt@avgPrice";
    private SimFixture fx;
    private WsTestClient api;
    private StreamTestClient raw;
    private StreamTestClient combined;

    @BeforeAll
    void start() {
        fx = new SimFixture();
        api = fx.connect();
        raw = StreamTestClient.connect(StreamTestClient.uri(fx.sim.port(), "/ws/" + STREAMS));
        combined = StreamTestClient.connect(StreamTestClient.uri(fx.sim.port(), "/stream?streams=" + STREAMS));
        raw.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}", 1);
        combined.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}", 1);
        place(SimFixture.MAKER_KEY, "SELL", "60000", "0.01");
        place(SimFixture.MAKER_KEY, "SELL", "60100", "0.01");
        place(SimFixture.HMAC_KEY, "BUY", "59900", "0.01");
        place(SimFixture.HMAC_KEY, "BUY", "60000", "0.004");
        // A second diff event that changes both sides.
        place(SimFixture.MAKER_KEY, "SELL", "60200", "0.01");
        place(SimFixture.HMAC_KEY, "BUY", "59800", "0.01");
    }

    @AfterAll
    void stop() {
        raw.close();
        combined.close();
        api.close();
        fx.close();
    }

    private void place(String key, String side, String price, String qty) {
        JsonNode r = api.exchange(Req.of("order.place").str("symbol", "BTCUSDT").str("side", side).str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", price).str("quantity", qty).num("timestamp", fx.now())
                .sign(key, key.equals(SimFixture.MAKER_KEY) ? fx.maker : fx.hmac).json());
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
    }

    private static JsonNode payload(String name) throws IOException {
        try (InputStream in = MarketPayloadShapeTest.class.getResourceAsStream("payloads/" + name)) {
            assertThat(in).as(name).isNotNull();
            return WsTestClient.MAPPER.readTree(in);
        }
    }

    private static Predicate<JsonNode> event(String type) {
        return m -> m.path("e").asText().equals(type);
    }

    private static Predicate<JsonNode> stream(String name, Predicate<JsonNode> data) {
        return m -> m.path("stream").asText().equals(name) && data.test(m.path("data"));
    }

    private static void same(JsonNode ours, JsonNode theirs, Set<String> ignore) {
        assertThat(PayloadShapeTest.shapeDiff(ours, theirs, ignore)).as(ours.toString()).isEmpty();
    }

    private void raw(String payload, Predicate<JsonNode> which) throws IOException {
        JsonNode ours = raw.all().stream().filter(which).findFirst().orElseGet(() -> raw.next(which));
        same(ours, payload(payload), Set.of());
    }

    private void combined(String payload, String stream, Predicate<JsonNode> which, Set<String> ignore)
            throws IOException {
        Predicate<JsonNode> p = stream(stream, which);
        JsonNode ours = combined.all().stream().filter(p).findFirst().orElseGet(() -> combined.next(p));
        same(ours, payload(payload), ignore);
    }

    @Test
    void trade() throws IOException {
        raw("spot-md-trade.doc.json", event("trade"));
        // Buyer and seller order ids "b" and "a" left the trade stream in 2023 (CHANGELOG, "will be removed from the
        // Trade Streams"); the recording predates that.
        combined("spot-md-trade.recorded.json", "btcusdt@trade", d -> true, Set.of("b", "a"));
    }

    @Test
    void aggTrade() throws IOException {
        raw("spot-md-aggTrade.doc.json", event("aggTrade"));
        combined("spot-md-aggTrade.recorded.json", "btcusdt@aggTrade", d -> true, Set.of());
    }

    @Test
    void bookTicker() throws IOException {
        raw("spot-md-bookTicker.doc.json", m -> m.has("u") && m.has("B") && !m.has("e"));
        combined("spot-md-bookTicker.recorded.json", "btcusdt@bookTicker", d -> true, Set.of());
    }

    @Test
    void depthUpdate() throws IOException {
        Predicate<JsonNode> bothSides = m -> m.path("e").asText().equals("depthUpdate") && m.path("b").size() > 0
                && m.path("a").size() > 0;
        raw("spot-md-depthUpdate.doc.json", bothSides);
        combined("spot-md-depthUpdate.recorded.json", "btcusdt@depth@100ms", bothSides, Set.of());
    }

    @Test
    void partialDepth() throws IOException {
        raw("spot-md-partialDepth.doc.json", m -> m.has("lastUpdateId") && m.path("asks").size() > 0
                && m.path("bids").size() > 0);
    }

    @Test
    void kline() throws IOException {
        raw("spot-md-kline.doc.json", m -> event("kline").test(m) && m.path("k").path("n").asLong() > 0);
        combined("spot-md-kline.recorded.json", "btcusdt@kline_1m", d -> d.path("k").path("n").asLong() > 0,
                Set.of());
    }

    @Test
    void tickers() throws IOException {
        raw("spot-md-24hrTicker.doc.json", event("24hrTicker"));
        raw("spot-md-24hrMiniTicker.doc.json", event("24hrMiniTicker"));
        raw("spot-md-avgPrice.doc.json", event("avgPrice"));
    }

    @Test
    void restBodiesMatchWsApiResults() throws IOException {
        same(api.exchange(Req.of("depth").str("symbol", "BTCUSDT").json()).path("result"),
                payload("spot-rest-depth.recorded.json"), Set.of());
        same(api.exchange(Req.of("trades.recent").str("symbol", "BTCUSDT").json()).path("result"),
                payload("spot-rest-trades.recorded.json"), Set.of());
        same(api.exchange(Req.of("trades.aggregate").str("symbol", "BTCUSDT").json()).path("result"),
                payload("spot-rest-aggTrades.recorded.json"), Set.of());
        same(api.exchange(Req.of("klines").str("symbol", "BTCUSDT").str("interval", "1m").json()).path("result"),
                payload("spot-rest-klines.recorded.json"), Set.of());
    }

    @Test
    void comparatorSeesAMissingField() throws IOException {
        JsonNode doc = payload("spot-md-aggTrade.doc.json");
        JsonNode broken = WsTestClient.parse(doc.toString().replace(",\"M\":true", ""));
        assertThat(PayloadShapeTest.shapeDiff(broken, doc, Set.of())).isNotEmpty();
    }
}
