package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WsApiTest {
    private SimFixture fx;

    @BeforeAll
    void start() {
        fx = new SimFixture();
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    private static void assertError(JsonNode resp, int status, int code, String msg) {
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(status);
        assertThat(resp.path("error").path("code").asInt()).as(resp.toString()).isEqualTo(code);
        assertThat(resp.path("error").path("msg").asText()).isEqualTo(msg);
        assertThat(resp.has("result")).isFalse();
    }

    private Req limit(String symbol, String side, String price, String qty) {
        return Req.of("order.place").str("symbol", symbol).str("side", side).str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", price).str("quantity", qty).num("timestamp", fx.now());
    }

    // ---- public methods -------------------------------------------------------------------------

    @Test
    void pingReturnsEmptyObjectWithWeight() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange("{\"id\":\"p1\",\"method\":\"ping\"}");
            assertThat(r.path("id").asText()).isEqualTo("p1");
            assertThat(r.path("status").asInt()).isEqualTo(200);
            assertThat(r.path("result").isObject()).isTrue();
            assertThat(r.path("result").size()).isZero();
            JsonNode limit = r.path("rateLimits").get(0);
            assertThat(limit.path("rateLimitType").asText()).isEqualTo("REQUEST_WEIGHT");
            assertThat(limit.path("interval").asText()).isEqualTo("MINUTE");
            assertThat(limit.path("intervalNum").asInt()).isEqualTo(1);
            assertThat(limit.path("limit").asInt()).isEqualTo(6000);
            long before = limit.path("count").asLong();
            JsonNode again = c.exchange("{\"id\":\"p2\",\"method\":\"ping\"}");
            assertThat(again.path("rateLimits").get(0).path("count").asLong()).isEqualTo(before + 1);
        }
    }

    @Test
    void timeReturnsServerTime() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange("{\"id\":1,\"method\":\"time\"}");
            assertThat(r.path("result").path("serverTime").asLong()).isEqualTo(fx.now());
            assertThat(r.path("result").path("serverTime").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void idIsEchoedWithItsJsonType() {
        try (WsTestClient c = fx.connect()) {
            assertThat(c.exchangeRaw("{\"id\":\"abc-1\",\"method\":\"ping\"}")).startsWith("{\"id\":\"abc-1\",\"status\":200");
            assertThat(c.exchangeRaw("{\"id\":12345678901234567890123,\"method\":\"ping\"}"))
                    .startsWith("{\"id\":12345678901234567890123,\"status\":200");
            assertThat(c.exchangeRaw("{\"id\":null,\"method\":\"ping\"}")).startsWith("{\"id\":null,\"status\":200");
            assertThat(c.exchangeRaw("{\"method\":\"ping\",\"id\":42}")).startsWith("{\"id\":42,\"status\":200");
        }
    }

    @Test
    void returnRateLimitsFalseOmitsThem() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange("{\"id\":2,\"method\":\"time\",\"params\":{\"returnRateLimits\":false}}");
            assertThat(r.has("rateLimits")).isFalse();
            assertThat(r.path("result").has("serverTime")).isTrue();
            JsonNode e = c.exchange("{\"id\":3,\"method\":\"nope\",\"params\":{\"returnRateLimits\":false}}");
            assertThat(e.has("rateLimits")).isFalse();
            assertThat(e.has("error")).isTrue();
        }
        URI quiet = URI.create(fx.sim.wsApiUri() + "?returnRateLimits=false");
        try (WsTestClient c = WsTestClient.connect(quiet)) {
            assertThat(c.exchange("{\"id\":4,\"method\":\"ping\"}").has("rateLimits")).isFalse();
            assertThat(c.exchange("{\"id\":5,\"method\":\"ping\",\"params\":{\"returnRateLimits\":true}}").has("rateLimits"))
                    .isTrue();
        }
    }

    @Test
    void exchangeInfoListsSymbolsWithTheFullFieldSet() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange("{\"id\":1,\"method\":\"exchangeInfo\"}");
            JsonNode result = r.path("result");
            assertThat(result.path("timezone").asText()).isEqualTo("UTC");
            assertThat(result.path("serverTime").asLong()).isEqualTo(fx.now());
            assertThat(result.path("rateLimits").get(0).has("count")).isFalse();
            assertThat(result.path("exchangeFilters").isArray()).isTrue();
            assertThat(result.path("symbols")).extracting(s -> s.path("symbol").asText())
                    .contains("BTCUSDT", "ETHUSDT", "ETHBTC");
            JsonNode btc = result.path("symbols").get(0);
            assertThat(btc.fieldNames()).toIterable().containsExactly("symbol", "status", "baseAsset",
                    "baseAssetPrecision", "quoteAsset", "quotePrecision", "quoteAssetPrecision",
                    "baseCommissionPrecision", "quoteCommissionPrecision", "orderTypes", "icebergAllowed", "ocoAllowed",
                    "otoAllowed", "opoAllowed", "quoteOrderQtyMarketAllowed", "allowTrailingStop", "cancelReplaceAllowed",
                    "amendAllowed", "pegInstructionsAllowed", "isSpotTradingAllowed", "isMarginTradingAllowed", "filters",
                    "permissions", "permissionSets", "defaultSelfTradePreventionMode", "allowedSelfTradePreventionModes");
            assertThat(btc.path("filters")).extracting(f -> f.path("filterType").asText())
                    .contains("PRICE_FILTER", "LOT_SIZE");
            assertThat(btc.path("permissionSets").toString()).isEqualTo("[[\"SPOT\"]]");
            assertThat(r.path("rateLimits").get(0).path("count").asInt()).isGreaterThanOrEqualTo(20);

            JsonNode one = c.exchange("{\"id\":2,\"method\":\"exchangeInfo\",\"params\":{\"symbol\":\"ETHBTC\"}}");
            assertThat(one.path("result").path("symbols")).hasSize(1);
            JsonNode two = c.exchange("{\"id\":3,\"method\":\"exchangeInfo\",\"params\":{\"symbols\":[\"ETHBTC\",\"BTCUSDT\"]}}");
            assertThat(two.path("result").path("symbols")).extracting(s -> s.path("symbol").asText())
                    .containsExactly("ETHBTC", "BTCUSDT");
            assertError(c.exchange("{\"id\":4,\"method\":\"exchangeInfo\",\"params\":{\"symbol\":\"NOPE\"}}"),
                    400, -1121, "Invalid symbol.");
            assertError(c.exchange("{\"id\":5,\"method\":\"exchangeInfo\",\"params\":{\"symbol\":\"ETHBTC\",\"symbols\":[\"ETHBTC\"]}}"),
                    400, -1128, "Combination of optional parameters invalid.");
        }
    }

    // ---- malformed input -------------------------------------------------------------------------

    @Test
    void malformedJsonIsAnsweredAndTheConnectionSurvives() {
        try (WsTestClient c = fx.connect()) {
            String raw = c.exchangeRaw("{\"id\":1,\"method\":");
            JsonNode r = WsTestClient.parse(raw);
            assertThat(raw).startsWith("{\"id\":null,\"status\":400");
            assertError(r, 400, -1135, "Invalid JSON Request");
            assertThat(c.exchange("{\"id\":2,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
            c.sendBinary("{\"id\":3,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
            assertError(WsTestClient.parse(c.next()), 400, -1135, "Invalid JSON Request");
            assertThat(c.exchange("{\"id\":4,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void unknownMethodIsRejected() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange("{\"id\":\"u\",\"method\":\"order.teleport\"}");
            assertThat(r.path("id").asText()).isEqualTo("u");
            assertError(r, 400, -1020, "This operation is not supported.");
        }
    }

    @Test
    void duplicateParameterIsRejected() {
        try (WsTestClient c = fx.connect()) {
            assertError(c.exchange("{\"id\":1,\"method\":\"time\",\"params\":{\"a\":1,\"a\":2}}"),
                    400, -1101, "Duplicate values for a parameter detected.");
        }
    }

    @Test
    void webSocketPingIsAnsweredWithPong() {
        try (WsTestClient c = fx.connect()) {
            ByteBuffer pong = c.ping(new byte[] {1, 2, 3});
            assertThat(pong.remaining()).isEqualTo(3);
            assertThat(pong.get(0)).isEqualTo((byte) 1);
        }
    }

    // ---- signed requests -------------------------------------------------------------------------

    @Test
    void hmacSignedOrderWithStringParams() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange(limit("BTCUSDT", "BUY", "30000.00", "0.001")
                    .str("newOrderRespType", "RESULT").sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
            JsonNode o = r.path("result");
            assertThat(o.path("symbol").asText()).isEqualTo("BTCUSDT");
            assertThat(o.path("status").asText()).isEqualTo("NEW");
            assertThat(o.path("price").asText()).isEqualTo("30000.00000000");
            assertThat(o.path("origQty").asText()).isEqualTo("0.00100000");
            assertThat(o.path("orderId").isIntegralNumber()).isTrue();
            assertThat(o.path("transactTime").asLong()).isEqualTo(fx.now());
            assertThat(r.path("rateLimits")).extracting(l -> l.path("rateLimitType").asText() + " " + l.path("interval").asText())
                    .containsExactly("ORDERS SECOND", "ORDERS DAY", "REQUEST_WEIGHT MINUTE");
            assertThat(r.path("rateLimits").get(0).path("limit").asInt()).isEqualTo(100);
            assertThat(r.path("rateLimits").get(1).path("limit").asInt()).isEqualTo(200000);
        }
    }

    @Test
    void numbersAndStringsAreBothAcceptedAndSignedAsSent() {
        try (WsTestClient c = fx.connect()) {
            // Like the official connector: decimals as JSON numbers, timestamp as a string.
            Req req = Req.of("order.place").str("symbol", "BTCUSDT").str("side", "BUY").str("type", "LIMIT")
                    .str("timeInForce", "GTC").num("price", "30000.10").num("quantity", "0.00200")
                    .str("timestamp", Long.toString(fx.now())).num("recvWindow", "5000.5")
                    .str("newOrderRespType", "ACK");
            JsonNode r = c.exchange(req.sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
            assertThat(r.path("result").fieldNames()).toIterable()
                    .containsExactly("symbol", "orderId", "orderListId", "clientOrderId", "transactTime");
            JsonNode bools = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").bool("returnRateLimits", true)
                    .str("newOrderRespType", "ACK").sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(bools.path("status").asInt()).as(bools.toString()).isEqualTo(200);
        }
    }

    @Test
    void rsaSignedOrder() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").sign(SimFixture.RSA_KEY, fx.rsa).json());
            assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
            assertThat(r.path("result").path("fills").isArray()).isTrue();
        }
    }

    @Test
    void ed25519SignedOrder() {
        try (WsTestClient c = fx.connect()) {
            JsonNode r = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").sign(SimFixture.ED_KEY, fx.ed25519).json());
            assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
        }
    }

    @Test
    void ed25519LogonThenUnsignedOrders() {
        try (WsTestClient c = fx.connect()) {
            JsonNode status0 = c.exchange("{\"id\":0,\"method\":\"session.status\"}").path("result");
            assertThat(status0.path("apiKey").isNull()).isTrue();
            assertThat(status0.path("authorizedSince").isNull()).isTrue();

            JsonNode logon = c.exchange(Req.of("session.logon").num("timestamp", fx.now())
                    .sign(SimFixture.ED_KEY, fx.ed25519).json());
            assertThat(logon.path("status").asInt()).as(logon.toString()).isEqualTo(200);
            assertThat(logon.path("result").fieldNames()).toIterable().containsExactly("apiKey", "authorizedSince",
                    "connectedSince", "returnRateLimits", "serverTime", "userDataStream");
            assertThat(logon.path("result").path("apiKey").asText()).isEqualTo(SimFixture.ED_KEY);
            assertThat(logon.path("result").path("authorizedSince").asLong()).isEqualTo(fx.now());

            JsonNode placed = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").str("newOrderRespType", "RESULT").json());
            assertThat(placed.path("status").asInt()).as(placed.toString()).isEqualTo(200);
            long orderId = placed.path("result").path("orderId").asLong();

            JsonNode st = c.exchange(Req.of("order.status").str("symbol", "BTCUSDT").num("orderId", orderId)
                    .num("timestamp", fx.now()).json());
            assertThat(st.path("result").path("status").asText()).as(st.toString()).isEqualTo("NEW");

            assertThat(c.exchange("{\"id\":1,\"method\":\"session.status\"}").path("result").path("apiKey").asText())
                    .isEqualTo(SimFixture.ED_KEY);
            JsonNode out = c.exchange("{\"id\":2,\"method\":\"session.logout\"}");
            assertThat(out.path("result").path("apiKey").isNull()).isTrue();
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").json()), 400, -1102,
                    "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed.");
        }
    }

    @Test
    void logonWithHmacKeyIsRefused() {
        try (WsTestClient c = fx.connect()) {
            assertError(c.exchange(Req.of("session.logon").num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    401, -1002, "You are not authorized to execute this request.");
        }
    }

    @Test
    void authErrors() {
        try (WsTestClient c = fx.connect()) {
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").sign("who-is-this", fx.hmac).json()),
                    401, -2015, "Invalid API-key, IP, or permissions for action.");
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").sign(SimFixture.HMAC_KEY, fx.maker).json()),
                    400, -1022, "Signature for this request is not valid.");
            String tampered = limit("BTCUSDT", "BUY", "30000", "0.001").sign(SimFixture.HMAC_KEY, fx.hmac).json()
                    .replace("\"0.001\"", "\"0.002\"");
            assertError(c.exchange(tampered), 400, -1022, "Signature for this request is not valid.");
            assertError(c.exchange(Req.of("order.place").str("symbol", "BTCUSDT").str("side", "BUY").str("type", "LIMIT")
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").str("apiKey", SimFixture.HMAC_KEY).json()),
                    400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
        }
    }

    @Test
    void timingSecurity() {
        try (WsTestClient c = fx.connect()) {
            long now = fx.now();
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").num("timestamp", now - 5001)
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1021, "Timestamp for this request is outside of the recvWindow.");
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").num("timestamp", now + 1000)
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
            // A wider recvWindow accepts the old timestamp; microsecond timestamps are accepted too.
            JsonNode wide = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").num("timestamp", now - 5001)
                    .str("recvWindow", "6000.346").sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(wide.path("status").asInt()).as(wide.toString()).isEqualTo(200);
            JsonNode micros = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").num("timestamp", now * 1000 + 999)
                    .sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(micros.path("status").asInt()).as(micros.toString()).isEqualTo(200);
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").num("recvWindow", 60001)
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1102, "'recvWindow' contains unexpected value. Cannot be greater than 60000.");
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").str("recvWindow", "5000.1234")
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1111, "Parameter 'recvWindow' has too much precision.");
        }
    }

    @Test
    void parameterErrors() {
        try (WsTestClient c = fx.connect()) {
            assertError(c.exchange(Req.of("order.place").str("side", "BUY").str("type", "LIMIT").num("timestamp", fx.now())
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "abc").sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1100, "Illegal characters found in parameter 'quantity'; legal range is '"
                            + Errors.DECIMAL_RANGE + "'.");
            assertError(c.exchange(limit("BTCUSDT", "UP", "30000", "0.001").sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1117, "Invalid side.");
            assertError(c.exchange(limit("NOPEUSDT", "BUY", "30000", "0.001").sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1121, "Invalid symbol.");
            assertError(c.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT").num("timestamp", fx.now())
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1102, "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!");
            assertError(c.exchange(Req.of("order.status").str("symbol", "BTCUSDT").str("orderId", "12x")
                            .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1100, "Illegal characters found in parameter 'orderId'; legal range is '" + Errors.LONG_RANGE + "'.");
        }
    }

    @Test
    void venueErrorsPassThrough() {
        try (WsTestClient c = fx.connect()) {
            assertError(c.exchange(Req.of("order.status").str("symbol", "BTCUSDT").num("orderId", 987654321)
                            .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -2013, "Order does not exist.");
            assertError(c.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", 987654321)
                            .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -2011, "Unknown order sent.");
            assertError(c.exchange(limit("BTCUSDT", "BUY", "30000", "100").sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -2010, "Account has insufficient balance for requested action.");
        }
    }

    @Test
    void placeQueryCancel() {
        try (WsTestClient c = fx.connect()) {
            JsonNode placed = c.exchange(limit("BTCUSDT", "BUY", "30000", "0.001").str("newClientOrderId", "my-order-1")
                    .sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(placed.path("result").path("clientOrderId").asText()).as(placed.toString()).isEqualTo("my-order-1");
            long orderId = placed.path("result").path("orderId").asLong();

            JsonNode st = c.exchange(Req.of("order.status").str("symbol", "BTCUSDT").str("origClientOrderId", "my-order-1")
                    .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(st.path("result").path("orderId").asLong()).as(st.toString()).isEqualTo(orderId);
            assertThat(st.path("result").fieldNames()).toIterable().containsExactly("symbol", "orderId", "orderListId",
                    "clientOrderId", "price", "origQty", "executedQty", "cummulativeQuoteQty", "status", "timeInForce",
                    "type", "side", "stopPrice", "icebergQty", "time", "updateTime", "isWorking", "workingTime",
                    "origQuoteOrderQty", "selfTradePreventionMode");
            assertThat(st.path("rateLimits").get(0).path("rateLimitType").asText()).isEqualTo("REQUEST_WEIGHT");
            assertThat(st.path("result").path("isWorking").isBoolean()).isTrue();

            assertError(c.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", orderId)
                            .str("cancelRestrictions", "ONLY_PARTIALLY_FILLED").num("timestamp", fx.now())
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -2011, "Order was not canceled due to cancel restrictions.");
            assertError(c.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", orderId)
                            .str("cancelRestrictions", "SOMETIMES").num("timestamp", fx.now())
                            .sign(SimFixture.HMAC_KEY, fx.hmac).json()),
                    400, -1145, "Invalid cancelRestrictions");

            JsonNode canceled = c.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", orderId)
                    .str("newClientOrderId", "cancel-1").num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json());
            JsonNode cr = canceled.path("result");
            assertThat(cr.path("status").asText()).as(canceled.toString()).isEqualTo("CANCELED");
            assertThat(cr.path("origClientOrderId").asText()).isEqualTo("my-order-1");
            assertThat(cr.path("clientOrderId").asText()).isEqualTo("cancel-1");
            assertThat(canceled.path("rateLimits")).hasSize(1);

            JsonNode after = c.exchange(Req.of("order.status").str("symbol", "BTCUSDT").num("orderId", orderId)
                    .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(after.path("result").path("status").asText()).isEqualTo("CANCELED");
        }
    }

    @Test
    void fullResponseCarriesFills() {
        try (WsTestClient c = fx.connect()) {
            JsonNode maker = c.exchange(limit("ETHUSDT", "SELL", "3000.00", "0.5000").sign(SimFixture.MAKER_KEY, fx.maker).json());
            assertThat(maker.path("result").path("status").asText()).as(maker.toString()).isEqualTo("NEW");
            JsonNode taker = c.exchange(limit("ETHUSDT", "BUY", "3000.00", "0.5000").str("newOrderRespType", "FULL")
                    .sign(SimFixture.HMAC_KEY, fx.hmac).json());
            JsonNode r = taker.path("result");
            assertThat(r.path("status").asText()).as(taker.toString()).isEqualTo("FILLED");
            assertThat(r.path("executedQty").asText()).isEqualTo("0.50000000");
            assertThat(r.path("cummulativeQuoteQty").asText()).isEqualTo("1500.00000000");
            assertThat(r.path("fills")).hasSize(1);
            JsonNode fill = r.path("fills").get(0);
            assertThat(fill.path("price").asText()).isEqualTo("3000.00000000");
            assertThat(fill.path("qty").asText()).isEqualTo("0.50000000");
            assertThat(fill.path("commissionAsset").asText()).isEqualTo("ETH");
            assertThat(fill.path("tradeId").isIntegralNumber()).isTrue();
        }
    }
}
