package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Our responses against Binance's documented payloads (copied from shared/testdata/payloads): same
 * field names in the same order, same JSON types, recursively. Differences allowed are only the
 * documented conditional fields, listed per case with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayloadShapeTest {
    private SimFixture fx;
    private WsTestClient client;

    @BeforeAll
    void start() {
        fx = new SimFixture();
        client = fx.connect();
    }

    @AfterAll
    void stop() {
        client.close();
        fx.close();
    }

    private static JsonNode doc(String name) throws IOException {
        try (InputStream in = PayloadShapeTest.class.getResourceAsStream("payloads/" + name)) {
            assertThat(in).as(name).isNotNull();
            return WsTestClient.MAPPER.readTree(in);
        }
    }

    /** Compares recursively; {@code ignore} are field names allowed to exist on one side only. */
    static List<String> shapeDiff(JsonNode ours, JsonNode doc, Set<String> ignore) {
        List<String> diffs = new ArrayList<>();
        compare("$", ours, doc, ignore, diffs);
        return diffs;
    }

    private static JsonNodeType type(JsonNode n) {
        return n.getNodeType();
    }

    private static void compare(String path, JsonNode ours, JsonNode doc, Set<String> ignore, List<String> diffs) {
        if (type(ours) != type(doc) || ours.isIntegralNumber() != doc.isIntegralNumber()) {
            diffs.add(path + ": ours " + type(ours) + " vs doc " + type(doc));
            return;
        }
        if (doc.isObject()) {
            List<String> ourNames = names(ours, ignore);
            List<String> docNames = names(doc, ignore);
            if (!ourNames.equals(docNames)) {
                diffs.add(path + ": fields " + ourNames + " vs doc " + docNames);
            }
            for (String n : docNames) {
                if (ours.has(n)) {
                    compare(path + "." + n, ours.get(n), doc.get(n), ignore, diffs);
                }
            }
        } else if (doc.isArray()) {
            if (ours.size() > 0 && doc.size() > 0) {
                for (int i = 0; i < Math.min(ours.size(), doc.size()); i++) {
                    compare(path + "[" + i + "]", ours.get(i), doc.get(i), ignore, diffs);
                }
            }
        }
    }

    private static List<String> names(JsonNode n, Set<String> ignore) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String s = it.next();
            if (!ignore.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private Req limit(String side, String price, String qty) {
        return Req.of("order.place").str("symbol", "BTCUSDT").str("side", side).str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", price).str("quantity", qty).num("timestamp", fx.now());
    }

    @Test
    void placeAck() throws IOException {
        JsonNode ours = client.exchange(limit("BUY", "20000", "0.001").str("newOrderRespType", "ACK")
                .sign(SimFixture.HMAC_KEY, fx.hmac).json());
        assertThat(shapeDiff(ours, doc("spot-wsapi-order.place-ACK.doc.json"), Set.of())).isEmpty();
    }

    @Test
    void placeResult() throws IOException {
        JsonNode ours = client.exchange(limit("BUY", "20000", "0.001").str("newOrderRespType", "RESULT")
                .sign(SimFixture.HMAC_KEY, fx.hmac).json());
        assertThat(shapeDiff(ours, doc("spot-wsapi-order.place-RESULT.doc.json"), Set.of())).isEmpty();
        assertThat(shapeDiff(ours, doc("spot-wsapi-rateLimits-orders-ok.doc.json"), Set.of())).isEmpty();
    }

    @Test
    void placeFull() throws IOException {
        client.exchange(limit("SELL", "65000", "0.002").sign(SimFixture.MAKER_KEY, fx.maker).json());
        JsonNode ours = client.exchange(limit("BUY", "65000", "0.002").str("newOrderRespType", "FULL")
                .sign(SimFixture.HMAC_KEY, fx.hmac).json());
        assertThat(ours.path("result").path("fills").size()).as(ours.toString()).isPositive();
        // The WS doc's FULL example omits selfTradePreventionMode, which its RESULT example and the REST FULL
        // example (rest-api.md) both carry right before fills: we follow the latter.
        assertThat(shapeDiff(ours, doc("spot-wsapi-order.place-FULL.doc.json"), Set.of("selfTradePreventionMode"))).isEmpty();
        assertThat(names(ours.path("result"), Set.of())).containsSubsequence("workingTime", "selfTradePreventionMode", "fills");
    }

    @Test
    void cancel() throws IOException {
        JsonNode placed = client.exchange(limit("BUY", "20000", "0.001").sign(SimFixture.HMAC_KEY, fx.hmac).json());
        long orderId = placed.path("result").path("orderId").asLong();
        JsonNode ours = client.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", orderId)
                .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json());
        // Conditional fields: "present only if ... set for the order" (web-socket-api.md, order.cancel).
        assertThat(shapeDiff(ours, doc("spot-wsapi-order.cancel.doc.json"),
                Set.of("stopPrice", "trailingDelta", "icebergQty", "strategyId", "strategyType"))).isEmpty();
    }

    @Test
    void error() throws IOException {
        JsonNode ours = client.exchange(limit("BUY", "30000", "100").sign(SimFixture.HMAC_KEY, fx.hmac).json());
        JsonNode doc = doc("spot-wsapi-response-error-2010.doc.json");
        assertThat(shapeDiff(ours, doc, Set.of())).isEmpty();
        assertThat(ours.path("error")).isEqualTo(doc.path("error"));
    }

    @Test
    void timeWithAndWithoutRateLimits() throws IOException {
        JsonNode with = client.exchange("{\"id\":1,\"method\":\"time\"}");
        assertThat(shapeDiff(with, doc("spot-wsapi-time-with-rateLimits.doc.json"), Set.of())).isEmpty();
        JsonNode without = client.exchange("{\"id\":2,\"method\":\"time\",\"params\":{\"returnRateLimits\":false}}");
        assertThat(shapeDiff(without, doc("spot-wsapi-time-returnRateLimits-false.doc.json"), Set.of())).isEmpty();
    }

    @Test
    void comparatorDetectsDifferences() throws IOException {
        JsonNode doc = doc("spot-wsapi-order.place-ACK.doc.json");
        JsonNode broken = WsTestClient.parse(doc.toString().replace("\"orderListId\":-1", "\"orderListId\":\"-1\""));
        assertThat(shapeDiff(broken, doc, Set.of())).hasSize(1);
    }
}
