package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User data over the WS API: the subscription methods with their errors and weights, and per scenario the exact
 * sequence and fields of the events. A fresh simulator per test so that ids are predictable.
 */
class UserDataStreamTest {
    private static final String HMAC = SimFixture.HMAC_KEY;
    private static final String MAKER = SimFixture.MAKER_KEY;

    private SimFixture fx;
    /** Subscribed connection. */
    private UserDataTestClient uds;
    /** Connection that trades. */
    private UserDataTestClient trader;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        uds = new UserDataTestClient(fx.sim.wsApiUri());
        trader = new UserDataTestClient(fx.sim.wsApiUri());
    }

    @AfterEach
    void stop() {
        uds.close();
        trader.close();
        fx.close();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private JsonNode signed(UserDataTestClient c, Req r, String key) {
        r.num("timestamp", fx.now());
        Req s = switch (key) {
            case SimFixture.HMAC_KEY -> r.sign(key, fx.hmac);
            case SimFixture.MAKER_KEY -> r.sign(key, fx.maker);
            case SimFixture.RSA_KEY -> r.sign(key, fx.rsa);
            default -> r.sign(key, fx.ed25519);
        };
        return c.request(s.json());
    }

    private int subscribe(UserDataTestClient c, String key) {
        JsonNode r = signed(c, Req.of("userDataStream.subscribe.signature"), key);
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
        return r.path("result").path("subscriptionId").asInt();
    }

    private JsonNode place(String key, Req r) {
        JsonNode resp = signed(trader, r, key);
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(200);
        return resp.path("result");
    }

    private static Req limit(String side, String price, String qty) {
        return Req.of("order.place").str("symbol", "BTCUSDT").str("side", side).str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", price).str("quantity", qty);
    }

    /** The events up to now for the given accounts' subscriptions on {@link #uds}, marker deposits excluded. */
    private List<JsonNode> drain(String... keys) {
        for (int i = 0; i < keys.length - 1; i++) {
            fx.sim.deposit(keys[i], "MARK", BigDecimal.ONE);
        }
        fx.sim.deposit(keys[keys.length - 1], "MARKEND", BigDecimal.ONE);
        List<JsonNode> out = uds.eventsUntilMarker("MARKEND");
        out.removeIf(e -> "MARK".equals(e.path("event").path("a").asText())
                || e.path("event").path("B").size() == 1
                && "MARK".equals(e.path("event").path("B").get(0).path("a").asText()));
        return out;
    }

    /** {@code "sub:e"} or {@code "sub:executionReport:x/X"} per event, for sequence checks. */
    private static List<String> summary(List<JsonNode> events) {
        return events.stream().map(UserDataStreamTest::summary).collect(Collectors.toList());
    }

    private static String summary(JsonNode envelope) {
        JsonNode e = envelope.path("event");
        String s = envelope.path("subscriptionId").asInt() + ":" + e.path("e").asText();
        if ("executionReport".equals(e.path("e").asText())) {
            s += ":" + e.path("x").asText() + "/" + e.path("X").asText() + "#" + e.path("i").asLong();
        } else if ("listStatus".equals(e.path("e").asText())) {
            s += ":" + e.path("l").asText() + "/" + e.path("L").asText();
        }
        return s;
    }

    private static JsonNode ev(List<JsonNode> events, int i) {
        return events.get(i).path("event");
    }

    private static JsonNode balance(JsonNode position, String asset) {
        for (JsonNode b : position.path("B")) {
            if (asset.equals(b.path("a").asText())) {
                return b;
            }
        }
        throw new AssertionError("no " + asset + " in " + position);
    }

    private static void assertError(JsonNode resp, int status, int code, String msg) {
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(status);
        assertThat(resp.path("error").path("code").asInt()).as(resp.toString()).isEqualTo(code);
        assertThat(resp.path("error").path("msg").asText()).isEqualTo(msg);
    }

    private static long weight(JsonNode resp) {
        for (JsonNode l : resp.path("rateLimits")) {
            if ("REQUEST_WEIGHT".equals(l.path("rateLimitType").asText())) {
                return l.path("count").asLong();
            }
        }
        throw new AssertionError("no weight in " + resp);
    }

    // ---------------------------------------------------------------------------------------------- methods

    @Test
    void subscribeNeedsALoggedOnSession() {
        JsonNode r = uds.request(Req.of("userDataStream.subscribe").json());
        assertError(r, 401, -1002, "You are not authorized to execute this request.");
        assertThat(signed(uds, Req.of("session.logon"), SimFixture.ED_KEY).path("status").asInt()).isEqualTo(200);
        long before = weight(uds.request(Req.of("ping").json()));
        r = uds.request(Req.of("userDataStream.subscribe").json());
        assertThat(r.path("status").asInt()).isEqualTo(200);
        assertThat(r.path("result").toString()).isEqualTo("{\"subscriptionId\":0}");
        assertThat(weight(r) - before).isEqualTo(2);
        assertError(uds.request(Req.of("userDataStream.subscribe").json()), 400, -2035,
                "User Data Stream subscription already active.");
        // The logged-on account cannot be subscribed a second time by signature either.
        assertError(signed(uds, Req.of("userDataStream.subscribe.signature"), SimFixture.ED_KEY), 400, -2035,
                "User Data Stream subscription already active.");
        JsonNode status = uds.request(Req.of("session.status").json());
        assertThat(status.path("result").path("userDataStream").asBoolean()).isTrue();
    }

    @Test
    void unexpectedParametersAreNotRead() {
        signed(uds, Req.of("session.logon"), SimFixture.ED_KEY);
        assertError(uds.request(Req.of("userDataStream.subscribe").str("symbol", "BTCUSDT").json()), 400, -1104,
                "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.");
        assertError(uds.request(Req.of("session.subscriptions").num("x", 1).json()), 400, -1104,
                "Not all sent parameters were read; read '0' parameter(s) but was sent '1'.");
        assertError(uds.request(Req.of("userDataStream.unsubscribe").num("subscriptionId", 0).num("x", 1).json()),
                400, -1104, "Not all sent parameters were read; read '1' parameter(s) but was sent '2'.");
    }

    @Test
    void signatureSubscriptionsAnyKeyTypeSeveralPerConnection() {
        // Not logged on; HMAC, RSA and Ed25519 keys all work, one subscription per account.
        assertThat(subscribe(uds, HMAC)).isEqualTo(0);
        assertThat(subscribe(uds, SimFixture.RSA_KEY)).isEqualTo(1);
        assertThat(subscribe(uds, SimFixture.ED_KEY)).isEqualTo(2);
        assertError(signed(uds, Req.of("userDataStream.subscribe.signature"), HMAC), 400, -2035,
                "User Data Stream subscription already active.");
        JsonNode list = uds.request(Req.of("session.subscriptions").json());
        assertThat(list.path("result").toString())
                .isEqualTo("[{\"subscriptionId\":0},{\"subscriptionId\":1},{\"subscriptionId\":2}]");
        assertThat(uds.request(Req.of("session.status").json()).path("result").path("userDataStream").asBoolean())
                .isTrue();
    }

    @Test
    void signatureSubscriptionErrors() {
        assertError(uds.request(Req.of("userDataStream.subscribe.signature").num("timestamp", fx.now()).json()),
                400, -1102, "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed.");
        assertError(uds.request(Req.of("userDataStream.subscribe.signature").str("apiKey", HMAC)
                        .num("timestamp", fx.now()).json()),
                400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
        Req bad = Req.of("userDataStream.subscribe.signature").num("timestamp", fx.now()).sign(HMAC, fx.maker);
        assertError(uds.request(bad.json()), 400, -1022, "Signature for this request is not valid.");
        Req unknown = Req.of("userDataStream.subscribe.signature").num("timestamp", fx.now())
                .sign("no-such-key", fx.hmac);
        assertError(uds.request(unknown.json()), 401, -2015, "Invalid API-key, IP, or permissions for action.");
        Req old = Req.of("userDataStream.subscribe.signature").num("timestamp", fx.now() - 60_000)
                .sign(HMAC, fx.hmac);
        assertError(uds.request(old.json()), 400, -1021, "Timestamp for this request is outside of the recvWindow.");
        assertThat(uds.request(Req.of("session.subscriptions").json()).path("result").size()).isZero();
    }

    @Test
    void unsubscribeOneOrAllEndsWithEventStreamTerminated() {
        subscribe(uds, HMAC);
        subscribe(uds, MAKER);
        subscribe(uds, SimFixture.RSA_KEY);
        long before = weight(uds.request(Req.of("ping").json()));
        JsonNode r = uds.request(Req.of("userDataStream.unsubscribe").num("subscriptionId", 1).json());
        assertThat(r.path("status").asInt()).isEqualTo(200);
        assertThat(r.path("result").toString()).isEqualTo("{}");
        assertThat(weight(r) - before).isEqualTo(2);
        JsonNode terminated = uds.event();
        assertThat(terminated.path("subscriptionId").asInt()).isEqualTo(1);
        assertThat(terminated.path("event").path("e").asText()).isEqualTo("eventStreamTerminated");
        assertThat(terminated.path("event").path("E").asLong()).isEqualTo(fx.now());
        assertError(uds.request(Req.of("userDataStream.unsubscribe").num("subscriptionId", 1).json()), 400, -2036,
                "User Data Stream subscription not active.");
        assertError(uds.request(Req.of("userDataStream.unsubscribe").num("subscriptionId", 9).json()), 400, -2036,
                "User Data Stream subscription not active.");
        assertThat(uds.request(Req.of("session.subscriptions").json()).path("result").toString())
                .isEqualTo("[{\"subscriptionId\":0},{\"subscriptionId\":2}]");

        uds.request(Req.of("userDataStream.unsubscribe").json());
        assertThat(List.of(summary(uds.event()), summary(uds.event())))
                .containsExactly("0:eventStreamTerminated", "2:eventStreamTerminated");
        assertError(uds.request(Req.of("userDataStream.unsubscribe").json()), 400, -2036,
                "User Data Stream subscription not active.");
        assertThat(uds.request(Req.of("session.status").json()).path("result").path("userDataStream").asBoolean())
                .isFalse();
        // Ids are never reused on a connection.
        assertThat(subscribe(uds, HMAC)).isEqualTo(3);
    }

    @Test
    void logoutEndsOnlyTheLogonSubscription() {
        signed(uds, Req.of("session.logon"), SimFixture.ED_KEY);
        uds.request(Req.of("userDataStream.subscribe").json());
        assertThat(subscribe(uds, HMAC)).isEqualTo(1);
        JsonNode out = uds.request(Req.of("session.logout").json());
        assertThat(out.path("result").path("userDataStream").asBoolean()).isTrue(); // the signature one is left
        JsonNode terminated = uds.event();
        assertThat(summary(terminated)).isEqualTo("0:eventStreamTerminated");
        assertThat(uds.request(Req.of("session.subscriptions").json()).path("result").toString())
                .isEqualTo("[{\"subscriptionId\":1}]");
        // The signature subscription still gets the account's events.
        place(HMAC, limit("BUY", "50000", "0.001"));
        assertThat(summary(drain(HMAC))).containsExactly("1:executionReport:NEW/NEW#1", "1:outboundAccountPosition");
    }

    @Test
    void aClosedConnectionsSubscriptionsEnd() throws Exception {
        UserDataTestClient other = new UserDataTestClient(fx.sim.wsApiUri());
        subscribe(other, HMAC);
        other.close();
        subscribe(uds, HMAC);
        place(HMAC, limit("BUY", "50000", "0.001"));
        assertThat(summary(drain(HMAC))).containsExactly("0:executionReport:NEW/NEW#1", "0:outboundAccountPosition");
    }

    // ---------------------------------------------------------------------------------------------- scenarios

    @Test
    void restingOrderNewThenAccountPosition() {
        subscribe(uds, HMAC);
        JsonNode placed = place(HMAC, limit("BUY", "50000", "0.002").str("newClientOrderId", "rest-1"));
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:executionReport:NEW/NEW#1", "0:outboundAccountPosition");
        JsonNode er = ev(events, 0);
        assertThat(er.path("E").asLong()).isEqualTo(fx.now());
        assertThat(er.path("s").asText()).isEqualTo("BTCUSDT");
        assertThat(er.path("c").asText()).isEqualTo("rest-1");
        assertThat(er.path("S").asText()).isEqualTo("BUY");
        assertThat(er.path("o").asText()).isEqualTo("LIMIT");
        assertThat(er.path("f").asText()).isEqualTo("GTC");
        assertThat(er.path("q").asText()).isEqualTo("0.00200000");
        assertThat(er.path("p").asText()).isEqualTo("50000.00000000");
        assertThat(er.path("P").asText()).isEqualTo("0.00000000");
        assertThat(er.path("F").asText()).isEqualTo("0.00000000");
        assertThat(er.path("g").asLong()).isEqualTo(-1);
        assertThat(er.path("C").asText()).isEmpty();
        assertThat(er.path("r").asText()).isEqualTo("NONE");
        assertThat(er.path("i").asLong()).isEqualTo(placed.path("orderId").asLong());
        assertThat(er.path("l").asText()).isEqualTo("0.00000000");
        assertThat(er.path("z").asText()).isEqualTo("0.00000000");
        assertThat(er.path("L").asText()).isEqualTo("0.00000000");
        assertThat(er.path("n").asText()).isEqualTo("0");
        assertThat(er.path("N").isNull()).isTrue();
        assertThat(er.path("T").asLong()).isEqualTo(placed.path("transactTime").asLong());
        assertThat(er.path("t").asLong()).isEqualTo(-1);
        assertThat(er.path("I").asLong()).isPositive();
        assertThat(er.path("w").asBoolean()).isTrue();
        assertThat(er.path("m").asBoolean()).isFalse();
        assertThat(er.path("M").asBoolean()).isFalse();
        assertThat(er.path("O").asLong()).isEqualTo(fx.now());
        assertThat(er.path("Z").asText()).isEqualTo("0.00000000");
        assertThat(er.path("Y").asText()).isEqualTo("0.00000000");
        assertThat(er.path("Q").asText()).isEqualTo("0.00000000");
        assertThat(er.path("W").asLong()).isEqualTo(fx.now());
        assertThat(er.path("V").asText()).isEqualTo("EXPIRE_MAKER");
        assertThat(er.has("v")).isFalse();
        assertThat(er.has("eR")).isFalse();
        JsonNode pos = ev(events, 1);
        assertThat(pos.path("E").asLong()).isEqualTo(fx.now());
        assertThat(pos.path("u").asLong()).isEqualTo(fx.now());
        assertThat(pos.path("B").size()).isEqualTo(1);
        assertThat(balance(pos, "USDT").path("f").asText()).isEqualTo("999900.00000000");
        assertThat(balance(pos, "USDT").path("l").asText()).isEqualTo("100.00000000");
    }

    @Test
    void ownRequestsEventsComeBeforeItsResponseInVenueOrder() {
        subscribe(uds, HMAC);
        uds.frames.clear();
        JsonNode r = signed(uds, limit("BUY", "50000", "0.001"), HMAC);
        assertThat(r.path("status").asInt()).isEqualTo(200);
        assertThat(uds.frames).hasSize(3);
        assertThat(uds.frames.get(0)).contains("\"e\":\"executionReport\"");
        assertThat(uds.frames.get(1)).contains("\"e\":\"outboundAccountPosition\"");
        assertThat(uds.frames.get(2)).startsWith("{\"id\":\"t-1\",\"status\":200");
    }

    @Test
    void partialFillThenFill() {
        int makerSub = subscribe(uds, MAKER);
        int takerSub = subscribe(uds, HMAC);
        JsonNode maker = place(MAKER, limit("SELL", "60000", "0.003").str("newClientOrderId", "mk"));
        place(HMAC, limit("BUY", "60000", "0.001").str("newClientOrderId", "tk1"));
        List<JsonNode> events = drain(MAKER, HMAC);
        long makerId = maker.path("orderId").asLong();
        assertThat(summary(events)).containsExactly(
                makerSub + ":executionReport:NEW/NEW#" + makerId,
                makerSub + ":outboundAccountPosition",
                takerSub + ":executionReport:NEW/NEW#" + (makerId + 1),
                makerSub + ":executionReport:TRADE/PARTIALLY_FILLED#" + makerId,
                takerSub + ":executionReport:TRADE/FILLED#" + (makerId + 1),
                takerSub + ":outboundAccountPosition",
                makerSub + ":outboundAccountPosition");
        JsonNode makerTrade = ev(events, 3);
        JsonNode takerTrade = ev(events, 4);
        for (JsonNode t : List.of(makerTrade, takerTrade)) {
            assertThat(t.path("l").asText()).isEqualTo("0.00100000");
            assertThat(t.path("L").asText()).isEqualTo("60000.00000000");
            assertThat(t.path("z").asText()).isEqualTo("0.00100000");
            assertThat(t.path("Z").asText()).isEqualTo("60.00000000");
            assertThat(t.path("Y").asText()).isEqualTo("60.00000000");
            assertThat(t.path("t").asLong()).isEqualTo(1);
            assertThat(t.path("n").asText()).isEqualTo("0");
            assertThat(t.path("N").isNull()).isTrue();
        }
        assertThat(makerTrade.path("m").asBoolean()).isTrue();
        assertThat(makerTrade.path("w").asBoolean()).isTrue();
        assertThat(takerTrade.path("m").asBoolean()).isFalse();
        assertThat(takerTrade.path("w").asBoolean()).isFalse(); // filled: no longer on the book
        assertThat(takerTrade.path("W").asLong()).isEqualTo(fx.now());
        // Execution ids grow per symbol over every report.
        assertThat(ev(events, 2).path("I").asLong()).isGreaterThan(ev(events, 0).path("I").asLong());
        assertThat(makerTrade.path("I").asLong()).isGreaterThan(ev(events, 2).path("I").asLong());
        assertThat(takerTrade.path("I").asLong()).isGreaterThan(makerTrade.path("I").asLong());
        JsonNode takerPos = ev(events, 5);
        assertThat(balance(takerPos, "BTC").path("f").asText()).isEqualTo("100.00100000");
        assertThat(balance(takerPos, "USDT").path("f").asText()).isEqualTo("999940.00000000");

        // The rest fills the maker.
        place(HMAC, limit("BUY", "60000", "0.002"));
        events = drain(MAKER, HMAC);
        assertThat(summary(events)).containsExactly(
                takerSub + ":executionReport:NEW/NEW#" + (makerId + 2),
                makerSub + ":executionReport:TRADE/FILLED#" + makerId,
                takerSub + ":executionReport:TRADE/FILLED#" + (makerId + 2),
                takerSub + ":outboundAccountPosition",
                makerSub + ":outboundAccountPosition");
        assertThat(ev(events, 1).path("z").asText()).isEqualTo("0.00300000");
        assertThat(ev(events, 1).path("t").asLong()).isEqualTo(2);
        assertThat(ev(events, 1).path("w").asBoolean()).isFalse();
        assertThat(ev(events, 1).path("c").asText()).isEqualTo("mk");
    }

    @Test
    void commissionFieldsOnTrades() {
        synchronized (fx.sim.venue()) {
            fx.sim.venue().setCommissionRates(HMAC, new io.tradewire.simulator.venue.CommissionRates(
                    new BigDecimal("0.001"), new BigDecimal("0.002"), BigDecimal.ZERO, BigDecimal.ZERO));
        }
        subscribe(uds, HMAC);
        place(MAKER, limit("SELL", "60000", "0.001"));
        place(HMAC, limit("BUY", "60000", "0.001"));
        List<JsonNode> events = drain(HMAC);
        JsonNode trade = ev(events, 1);
        assertThat(trade.path("x").asText()).isEqualTo("TRADE");
        assertThat(trade.path("n").asText()).isEqualTo("0.00000200"); // taker rate 0.002 of the BTC received
        assertThat(trade.path("N").asText()).isEqualTo("BTC");
    }

    @Test
    void cancelCarriesTheCancelIdAndTheOriginalId() {
        subscribe(uds, HMAC);
        JsonNode placed = place(HMAC, limit("BUY", "50000", "0.001").str("newClientOrderId", "orig-1"));
        drain(HMAC);
        place(HMAC, Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", placed.path("orderId").asLong())
                .str("newClientOrderId", "cancel-1"));
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:executionReport:CANCELED/CANCELED#1",
                "0:outboundAccountPosition");
        JsonNode er = ev(events, 0);
        assertThat(er.path("c").asText()).isEqualTo("cancel-1");
        assertThat(er.path("C").asText()).isEqualTo("orig-1");
        assertThat(er.path("w").asBoolean()).isFalse();
        assertThat(balance(ev(events, 1), "USDT").path("l").asText()).isEqualTo("0.00000000");
    }

    @Test
    void expiriesCarryTheirReason() {
        subscribe(uds, HMAC);
        place(HMAC, limit("BUY", "50000", "0.001").str("timeInForce", "IOC"));
        place(HMAC, limit("BUY", "50000", "0.001").str("timeInForce", "FOK"));
        place(MAKER, limit("SELL", "60000", "0.001"));
        place(HMAC, Req.of("order.place").str("symbol", "BTCUSDT").str("side", "BUY").str("type", "MARKET")
                .str("quantity", "0.002"));
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly(
                "0:executionReport:NEW/NEW#1", "0:executionReport:EXPIRED/EXPIRED#1", "0:outboundAccountPosition",
                "0:executionReport:NEW/NEW#2", "0:executionReport:EXPIRED/EXPIRED#2", "0:outboundAccountPosition",
                "0:executionReport:NEW/NEW#4", "0:executionReport:TRADE/PARTIALLY_FILLED#4",
                "0:executionReport:EXPIRED/EXPIRED#4", "0:outboundAccountPosition");
        assertThat(ev(events, 1).path("eR").asText()).isEqualTo("UNFILLED_IOC_QUANTITY_EXPIRED");
        assertThat(ev(events, 4).path("eR").asText()).isEqualTo("UNFILLED_FOK_ORDER_EXPIRED");
        assertThat(ev(events, 8).path("eR").asText()).isEqualTo("INSUFFICIENT_LIQUIDITY");
        assertThat(ev(events, 8).path("z").asText()).isEqualTo("0.00100000");
        assertThat(ev(events, 6).has("eR")).isFalse();
    }

    @Test
    void selfTradePreventionReportsThePreventedMatch() {
        subscribe(uds, HMAC);
        JsonNode maker = place(HMAC, limit("SELL", "60000", "0.002"));
        JsonNode taker = place(HMAC, limit("BUY", "60000", "0.003").str("selfTradePreventionMode", "EXPIRE_TAKER"));
        List<JsonNode> events = drain(HMAC);
        long takerId = taker.path("orderId").asLong();
        assertThat(summary(events)).containsExactly(
                "0:executionReport:NEW/NEW#1", "0:outboundAccountPosition",
                "0:executionReport:NEW/NEW#" + takerId,
                "0:executionReport:TRADE_PREVENTION/EXPIRED_IN_MATCH#" + takerId,
                "0:outboundAccountPosition");
        JsonNode er = ev(events, 3);
        assertThat(er.path("v").asLong()).isEqualTo(1);
        assertThat(er.path("A").asText()).isEqualTo("0.00300000");
        assertThat(er.path("B").asText()).isEqualTo("0.00300000");
        assertThat(er.path("u").asLong()).isEqualTo(-1);
        assertThat(er.path("U").asLong()).isEqualTo(maker.path("orderId").asLong());
        assertThat(er.path("Cs").asText()).isEqualTo("BTCUSDT");
        assertThat(er.path("pl").asText()).isEqualTo("0.00200000");
        assertThat(er.path("pL").asText()).isEqualTo("60000.00000000");
        assertThat(er.path("pY").asText()).isEqualTo("120.00000000");
        assertThat(er.path("l").asText()).isEqualTo("0.00000000");
        assertThat(er.path("L").asText()).isEqualTo("0.00000000");
        assertThat(er.path("Y").asText()).isEqualTo("0.00000000");
        assertThat(er.path("V").asText()).isEqualTo("EXPIRE_TAKER");
        assertThat(er.path("w").asBoolean()).isFalse();

        // EXPIRE_MAKER: the resting order gets the report, naming the taker.
        JsonNode taker2 = place(HMAC, limit("BUY", "60000", "0.001").str("selfTradePreventionMode", "EXPIRE_MAKER"));
        events = drain(HMAC);
        long taker2Id = taker2.path("orderId").asLong();
        assertThat(summary(events)).containsExactly(
                "0:executionReport:NEW/NEW#" + taker2Id,
                "0:executionReport:TRADE_PREVENTION/EXPIRED_IN_MATCH#" + maker.path("orderId").asLong(),
                "0:outboundAccountPosition");
        JsonNode makerReport = ev(events, 1);
        assertThat(makerReport.path("U").asLong()).isEqualTo(taker2Id);
        assertThat(makerReport.path("B").asText()).isEqualTo("0.00200000");
        assertThat(makerReport.path("pl").asText()).isEqualTo("0.00100000");
    }

    @Test
    void stopOrderIsReportedAgainWhenItTriggers() {
        subscribe(uds, HMAC);
        JsonNode stop = place(HMAC, Req.of("order.place").str("symbol", "BTCUSDT").str("side", "SELL")
                .str("type", "STOP_LOSS_LIMIT").str("timeInForce", "GTC").str("price", "59400")
                .str("stopPrice", "59500").str("quantity", "0.001"));
        List<JsonNode> events = drain(HMAC);
        long stopId = stop.path("orderId").asLong();
        assertThat(summary(events)).containsExactly("0:executionReport:NEW/NEW#" + stopId,
                "0:outboundAccountPosition");
        JsonNode placed = ev(events, 0);
        assertThat(placed.path("P").asText()).isEqualTo("59500.00000000");
        assertThat(placed.path("w").asBoolean()).isFalse();
        assertThat(placed.has("W")).isFalse();

        fx.clock.advanceMillis(5);
        place(MAKER, limit("BUY", "59000", "0.001"));
        place(SimFixture.RSA_KEY, Req.of("order.place").str("symbol", "BTCUSDT").str("side", "SELL")
                .str("type", "MARKET").str("quantity", "0.001")); // last price 59000: the stop fires
        events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:executionReport:NEW/NEW#" + stopId);
        JsonNode triggered = ev(events, 0);
        assertThat(triggered.path("w").asBoolean()).isTrue();
        assertThat(triggered.path("W").asLong()).isEqualTo(fx.now());
        assertThat(triggered.path("O").asLong()).isEqualTo(fx.now() - 5);
    }

    @Test
    void ocoPlacementAndFillWithListStatus() {
        subscribe(uds, HMAC);
        JsonNode list = place(HMAC, Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "SELL")
                .str("quantity", "0.001").str("aboveType", "LIMIT_MAKER").str("abovePrice", "61000")
                .str("belowType", "STOP_LOSS_LIMIT").str("belowStopPrice", "59000").str("belowPrice", "58900")
                .str("belowTimeInForce", "GTC").str("listClientOrderId", "my-oco"));
        long listId = list.path("orderListId").asLong();
        long above = list.path("orders").get(0).path("orderId").asLong();
        long below = list.path("orders").get(1).path("orderId").asLong();
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:executionReport:NEW/NEW#" + above,
                "0:executionReport:NEW/NEW#" + below, "0:listStatus:EXEC_STARTED/EXECUTING",
                "0:outboundAccountPosition");
        assertThat(ev(events, 0).path("g").asLong()).isEqualTo(listId);
        assertThat(ev(events, 0).path("w").asBoolean()).isTrue();
        assertThat(ev(events, 1).path("w").asBoolean()).isFalse();
        JsonNode ls = ev(events, 2);
        assertThat(ls.path("s").asText()).isEqualTo("BTCUSDT");
        assertThat(ls.path("g").asLong()).isEqualTo(listId);
        assertThat(ls.path("c").asText()).isEqualTo("OCO");
        assertThat(ls.path("r").asText()).isEqualTo("NONE");
        assertThat(ls.path("C").asText()).isEqualTo("my-oco");
        assertThat(ls.path("T").asLong()).isEqualTo(fx.now());
        assertThat(ls.path("O").size()).isEqualTo(2);
        assertThat(ls.path("O").get(0).path("i").asLong()).isEqualTo(above);
        assertThat(ls.path("O").get(1).path("c").asText())
                .isEqualTo(list.path("orders").get(1).path("clientOrderId").asText());

        place(MAKER, limit("BUY", "61000", "0.001")); // takes the limit maker leg: the stop leg expires
        events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:executionReport:TRADE/FILLED#" + above,
                "0:executionReport:EXPIRED/EXPIRED#" + below, "0:listStatus:ALL_DONE/ALL_DONE",
                "0:outboundAccountPosition");
        assertThat(ev(events, 0).path("m").asBoolean()).isTrue();
        assertThat(ev(events, 1).path("eR").asText()).isEqualTo("OCO_TRIGGER");
    }

    @Test
    void orderListCancelReportsEveryOrderThenTheList() {
        subscribe(uds, HMAC);
        JsonNode list = place(HMAC, Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "SELL")
                .str("quantity", "0.001").str("aboveType", "LIMIT_MAKER").str("abovePrice", "61000")
                .str("belowType", "STOP_LOSS").str("belowStopPrice", "59000"));
        drain(HMAC);
        place(HMAC, Req.of("orderList.cancel").str("symbol", "BTCUSDT")
                .num("orderListId", list.path("orderListId").asLong()).str("newClientOrderId", "kill"));
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly(
                "0:executionReport:CANCELED/CANCELED#" + list.path("orders").get(0).path("orderId").asLong(),
                "0:executionReport:CANCELED/CANCELED#" + list.path("orders").get(1).path("orderId").asLong(),
                "0:listStatus:ALL_DONE/ALL_DONE", "0:outboundAccountPosition");
        assertThat(ev(events, 0).path("c").asText()).isEqualTo("kill");
        assertThat(ev(events, 0).path("C").asText())
                .isEqualTo(list.path("orders").get(0).path("clientOrderId").asText());
    }

    @Test
    void amendKeepPriorityReportsReplaced() {
        subscribe(uds, HMAC);
        place(HMAC, limit("BUY", "50000", "0.002").str("newClientOrderId", "before"));
        drain(HMAC);
        JsonNode amended = place(HMAC, Req.of("order.amend.keepPriority").str("symbol", "BTCUSDT")
                .str("origClientOrderId", "before").str("newClientOrderId", "after").str("newQty", "0.001"));
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:executionReport:REPLACED/NEW#1", "0:outboundAccountPosition");
        JsonNode er = ev(events, 0);
        assertThat(er.path("c").asText()).isEqualTo("after");
        assertThat(er.path("C").asText()).isEqualTo("before");
        assertThat(er.path("q").asText()).isEqualTo("0.00100000");
        assertThat(er.path("I").asLong()).isEqualTo(amended.path("executionId").asLong());
        assertThat(er.path("w").asBoolean()).isTrue();
        assertThat(balance(ev(events, 1), "USDT").path("l").asText()).isEqualTo("50.00000000");
    }

    @Test
    void amendingAnOcoLegWithANewIdUpdatesTheList() {
        subscribe(uds, HMAC);
        JsonNode list = place(HMAC, Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "SELL")
                .str("quantity", "0.002").str("aboveType", "LIMIT_MAKER").str("abovePrice", "61000")
                .str("belowType", "STOP_LOSS").str("belowStopPrice", "59000"));
        drain(HMAC);
        long above = list.path("orders").get(0).path("orderId").asLong();
        place(HMAC, Req.of("order.amend.keepPriority").str("symbol", "BTCUSDT").num("orderId", above)
                .str("newClientOrderId", "leg-renamed").str("newQty", "0.001"));
        List<String> s = summary(drain(HMAC));
        assertThat(s).startsWith("0:executionReport:REPLACED/NEW#" + above);
        assertThat(s).contains("0:listStatus:UPDATED/EXECUTING");
    }

    @Test
    void depositAndWithdrawalAreBalanceUpdates() {
        subscribe(uds, HMAC);
        fx.sim.deposit(HMAC, "BTC", new BigDecimal("1.5"));
        fx.sim.withdraw(HMAC, "USDT", new BigDecimal("100"));
        List<JsonNode> events = drain(HMAC);
        assertThat(summary(events)).containsExactly("0:balanceUpdate", "0:outboundAccountPosition",
                "0:balanceUpdate", "0:outboundAccountPosition");
        assertThat(ev(events, 0).path("a").asText()).isEqualTo("BTC");
        assertThat(ev(events, 0).path("d").asText()).isEqualTo("1.50000000");
        assertThat(ev(events, 0).path("T").asLong()).isEqualTo(fx.now());
        assertThat(balance(ev(events, 1), "BTC").path("f").asText()).isEqualTo("101.50000000");
        assertThat(ev(events, 2).path("d").asText()).isEqualTo("-100.00000000");
        assertThat(balance(ev(events, 3), "USDT").path("f").asText()).isEqualTo("999900.00000000");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> fx.sim.withdraw(HMAC, "BTC", new BigDecimal("1000")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorMessagesAreFromTheCatalog() throws Exception {
        JsonNode catalog;
        try (java.io.InputStream in = getClass().getResourceAsStream("payloads/spot-errors-catalog.doc.json")) {
            catalog = WsTestClient.MAPPER.readTree(in);
        }
        List<ApiError> errors = new ArrayList<>(List.of(UserDataMethods.unreadParameters(0, 1),
                UserDataMethods.notAuthorized(), UserDataMethods.active(), UserDataMethods.inactive()));
        for (ApiError e : errors) {
            boolean found = false;
            for (JsonNode c : catalog.path("codes")) {
                for (JsonNode m : c.path("messages")) {
                    String regex = java.util.regex.Pattern.quote(m.asText()).replace("%s", "\\E.+\\Q");
                    found |= c.path("code").asInt() == e.code() && e.msg().matches(regex);
                }
            }
            assertThat(found).as(e.code() + " " + e.msg()).isTrue();
        }
    }
}
