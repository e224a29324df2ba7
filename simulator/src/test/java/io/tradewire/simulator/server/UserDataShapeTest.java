package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our user data events and subscription responses against Binance's documented payloads (copied from
 * shared/testdata/payloads): same field names in the same order, same JSON types ({@link PayloadShapeTest#shapeDiff}).
 * Fields allowed on one side only are the documented conditional ones, listed per case.
 */
class UserDataShapeTest {
    /** executionReport fields that appear only under conditions (user-data-stream.md, conditional fields). */
    private static final Set<String> CONDITIONAL = Set.of("v", "W", "d", "D", "j", "J", "A", "B", "u", "U", "Cs",
            "pl", "pL", "pY", "b", "a", "k", "uS", "gP", "gOT", "gOV", "gp", "eR");

    private SimFixture fx;
    private UserDataTestClient uds;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        uds = new UserDataTestClient(fx.sim.wsApiUri());
    }

    @AfterEach
    void stop() {
        uds.close();
        fx.close();
    }

    private static JsonNode doc(String name) throws IOException {
        try (InputStream in = UserDataShapeTest.class.getResourceAsStream("payloads/" + name)) {
            assertThat(in).as(name).isNotNull();
            return WsTestClient.MAPPER.readTree(in);
        }
    }

    private JsonNode signed(Req r, String key, io.tradewire.core.signing.RequestSigner signer) {
        return uds.request(r.num("timestamp", fx.now()).sign(key, signer).json());
    }

    private static Req limit(String side, String price, String qty) {
        return Req.of("order.place").str("symbol", "BTCUSDT").str("side", side).str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", price).str("quantity", qty);
    }

    private JsonNode nextOf(String type) {
        while (true) {
            JsonNode e = uds.event();
            if (type.equals(e.path("event").path("e").asText())) {
                return e;
            }
        }
    }

    /** The next executionReport with this execution type, skipping other events. */
    private JsonNode nextReport(String x) {
        while (true) {
            JsonNode e = nextOf("executionReport");
            if (x.equals(e.path("event").path("x").asText())) {
                return e;
            }
        }
    }

    @Test
    void subscriptionResponses() throws IOException {
        JsonNode sub = signed(Req.of("userDataStream.subscribe.signature"), SimFixture.HMAC_KEY, fx.hmac);
        assertThat(PayloadShapeTest.shapeDiff(sub, doc("spot-wsapi-userDataStream.subscribe-response.doc.json"),
                Set.of("rateLimits"))).isEmpty();
        signed(Req.of("userDataStream.subscribe.signature"), SimFixture.MAKER_KEY, fx.maker);
        JsonNode list = uds.request(Req.of("session.subscriptions").json());
        assertThat(PayloadShapeTest.shapeDiff(list, doc("spot-wsapi-session.subscriptions-response.doc.json"),
                Set.of("rateLimits"))).isEmpty();
        assertThat(list.path("result").size()).isEqualTo(2);
    }

    @Test
    void eventShapesMatchTheDocs() throws IOException {
        signed(Req.of("userDataStream.subscribe.signature"), SimFixture.HMAC_KEY, fx.hmac);
        JsonNode erDoc = doc("spot-uds-executionReport.doc.json");

        // NEW of a resting order: the doc example's shape ("v" is the doc's impossible extra, see index.json).
        signed(limit("BUY", "50000", "0.001"), SimFixture.HMAC_KEY, fx.hmac);
        JsonNode newReport = nextOf("executionReport");
        assertThat(PayloadShapeTest.shapeDiff(newReport, erDoc, Set.of("v"))).isEmpty();
        JsonNode position = nextOf("outboundAccountPosition");
        assertThat(PayloadShapeTest.shapeDiff(position, doc("spot-uds-outboundAccountPosition.doc.json"), Set.of()))
                .isEmpty();
        assertThat(PayloadShapeTest.shapeDiff(position, doc("spot-wsapi-event-outboundAccountPosition.doc.json"),
                Set.of())).isEmpty();

        // TRADE without commission: "n" is "0" and "N" null, as in the doc example.
        uds.request(Req.of("order.place").str("symbol", "BTCUSDT").str("side", "SELL").str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", "50000").str("quantity", "0.001")
                .num("timestamp", fx.now()).sign(SimFixture.MAKER_KEY, fx.maker).json());
        JsonNode trade = nextReport("TRADE");
        assertThat(PayloadShapeTest.shapeDiff(trade, erDoc, CONDITIONAL)).isEmpty();

        // Canceled, expired (with its conditional eR), STP (its conditional block), stop (no W).
        signed(limit("BUY", "40000", "0.001"), SimFixture.HMAC_KEY, fx.hmac);
        signed(Req.of("openOrders.cancelAll").str("symbol", "BTCUSDT"), SimFixture.HMAC_KEY, fx.hmac);
        JsonNode canceled = nextReport("CANCELED");
        assertThat(PayloadShapeTest.shapeDiff(canceled, erDoc, CONDITIONAL)).isEmpty();
        signed(limit("BUY", "40000", "0.001").str("timeInForce", "IOC"), SimFixture.HMAC_KEY, fx.hmac);
        JsonNode expired = nextReport("EXPIRED");
        assertThat(expired.path("event").path("eR").isTextual()).isTrue();
        assertThat(PayloadShapeTest.shapeDiff(expired, erDoc, CONDITIONAL)).isEmpty();
        signed(limit("SELL", "70000", "0.001"), SimFixture.HMAC_KEY, fx.hmac);
        signed(limit("BUY", "70000", "0.001").str("selfTradePreventionMode", "EXPIRE_TAKER"), SimFixture.HMAC_KEY,
                fx.hmac);
        JsonNode prevented = nextReport("TRADE_PREVENTION");
        assertThat(PayloadShapeTest.shapeDiff(prevented, erDoc, CONDITIONAL)).isEmpty();
        for (String f : List.of("v", "A", "B", "u", "U", "Cs", "pl", "pL", "pY")) {
            assertThat(prevented.path("event").has(f)).as(f).isTrue();
        }
        assertThat(prevented.path("event").path("v").isIntegralNumber()).isTrue();
        assertThat(prevented.path("event").path("U").isIntegralNumber()).isTrue();
        assertThat(prevented.path("event").path("pY").isTextual()).isTrue();
    }

    @Test
    void listStatusBalanceUpdateAndTerminatedMatchTheDocs() throws IOException {
        signed(Req.of("userDataStream.subscribe.signature"), SimFixture.HMAC_KEY, fx.hmac);
        signed(Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "SELL").str("quantity", "0.001")
                .str("aboveType", "LIMIT_MAKER").str("abovePrice", "61000").str("belowType", "STOP_LOSS")
                .str("belowStopPrice", "59000"), SimFixture.HMAC_KEY, fx.hmac);
        JsonNode list = nextOf("listStatus");
        assertThat(PayloadShapeTest.shapeDiff(list, doc("spot-uds-listStatus.doc.json"), Set.of())).isEmpty();

        fx.sim.deposit(SimFixture.HMAC_KEY, "BTC", new BigDecimal("100"));
        JsonNode deposit = nextOf("balanceUpdate");
        assertThat(PayloadShapeTest.shapeDiff(deposit, doc("spot-uds-balanceUpdate.doc.json"), Set.of())).isEmpty();

        uds.request(Req.of("userDataStream.unsubscribe").json());
        JsonNode terminated = nextOf("eventStreamTerminated");
        assertThat(PayloadShapeTest.shapeDiff(terminated, doc("spot-uds-eventStreamTerminated.doc.json"), Set.of()))
                .isEmpty();
    }
}
