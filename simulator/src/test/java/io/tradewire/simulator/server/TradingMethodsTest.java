package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.simulator.venue.CommissionRates;
import io.tradewire.simulator.venue.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The issue-3 trading and account methods over the WS API: parameters, errors, weights and shapes. Each test uses its
 * own symbol price range so that tests sharing the simulator do not trade with each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradingMethodsTest {
    private SimFixture fx;
    private WsTestClient c;

    @BeforeAll
    void start() {
        fx = new SimFixture();
        c = fx.connect();
    }

    @AfterAll
    void stop() {
        c.close();
        fx.close();
    }

    private static JsonNode doc(String name) throws IOException {
        try (InputStream in = TradingMethodsTest.class.getResourceAsStream("payloads/" + name)) {
            assertThat(in).as(name).isNotNull();
            return WsTestClient.MAPPER.readTree(in);
        }
    }

    private JsonNode send(Req r) {
        return c.exchange(r.num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json());
    }

    private JsonNode sendMaker(Req r) {
        return c.exchange(r.num("timestamp", fx.now()).sign(SimFixture.MAKER_KEY, fx.maker).json());
    }

    private static Req limit(String method, String symbol, String side, String price, String qty) {
        return Req.of(method).str("symbol", symbol).str("side", side).str("type", "LIMIT").str("timeInForce", "GTC")
                .str("price", price).str("quantity", qty);
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

    private long weightDelta(Req r) {
        long before = weight(c.exchange("{\"id\":\"w\",\"method\":\"ping\"}"));
        JsonNode resp = send(r);
        return weight(resp) - before;
    }

    private void last(String symbol, String price) {
        sendMaker(limit("order.place", symbol, "SELL", price, "0.001"));
        sendMaker(limit("order.place", symbol, "BUY", price, "0.001"));
    }

    // ---------------------------------------------------------------------------------------- order.test

    @Test
    void orderTestShapesAndWeights() throws IOException {
        Venue venue = fx.sim.venue();
        synchronized (venue) {
            venue.setCommissionRates(SimFixture.HMAC_KEY, new CommissionRates(new BigDecimal("0.001"),
                    new BigDecimal("0.002"), new BigDecimal("0.0001"), BigDecimal.ZERO));
        }
        JsonNode empty = send(limit("order.test", "BTCUSDT", "BUY", "20000", "0.001"));
        assertThat(PayloadShapeTest.shapeDiff(empty, doc("spot-wsapi-order.test-empty.doc.json"), Set.of())).isEmpty();
        JsonNode rates = send(limit("order.test", "BTCUSDT", "BUY", "20000", "0.001")
                .bool("computeCommissionRates", true));
        assertThat(PayloadShapeTest.shapeDiff(rates, doc("spot-wsapi-order.test-commission.doc.json"), Set.of()))
                .isEmpty();
        assertThat(rates.path("result").path("standardCommissionForOrder").path("maker").asText())
                .isEqualTo("0.00110000");
        assertThat(weightDelta(limit("order.test", "BTCUSDT", "BUY", "20000", "0.001")
                .bool("computeCommissionRates", true))).isEqualTo(20);
        assertThat(weightDelta(limit("order.test", "BTCUSDT", "BUY", "20000", "0.001"))).isEqualTo(1);
        assertError(send(limit("order.test", "BTCUSDT", "BUY", "20000.001", "0.001")), 400, -1013,
                "Filter failure: PRICE_FILTER");
        assertError(send(limit("order.test", "NOPE", "BUY", "1", "1")), 400, -1121, "Invalid symbol.");
        // nothing was placed
        assertThat(send(Req.of("openOrders.status").str("symbol", "BTCUSDT")).path("result").toString())
                .doesNotContain("20000.00000000");
        JsonNode sorTest = send(limit("sor.order.test", "BTCUSDT", "BUY", "20000", "0.001")
                .bool("computeCommissionRates", true));
        assertThat(sorTest.path("result").has("specialCommissionForOrder")).isFalse();
        assertThat(sorTest.path("result").has("taxCommissionForOrder")).isTrue();
        synchronized (venue) {
            venue.setCommissionRates(SimFixture.HMAC_KEY, CommissionRates.ZERO);
        }
    }

    // ---------------------------------------------------------------------------------------- stops

    @Test
    void stopOrdersAnswerWithStopPriceAndAckByDefault() {
        last("ETHUSDT", "3000");
        JsonNode ack = send(Req.of("order.place").str("symbol", "ETHUSDT").str("side", "SELL")
                .str("type", "STOP_LOSS_LIMIT").str("timeInForce", "GTC").str("price", "2800")
                .str("stopPrice", "2900").str("quantity", "0.01"));
        assertThat(ack.path("result").has("status")).as(ack.toString()).isFalse(); // ACK for non LIMIT/MARKET
        long id = ack.path("result").path("orderId").asLong();
        JsonNode status = send(Req.of("order.status").str("symbol", "ETHUSDT").num("orderId", id));
        assertThat(status.path("result").path("stopPrice").asText()).isEqualTo("2900.00000000");
        assertThat(status.path("result").path("isWorking").asBoolean()).isFalse();
        assertThat(status.path("result").path("workingTime").asLong()).isEqualTo(-1);
        JsonNode result = send(Req.of("order.place").str("symbol", "ETHUSDT").str("side", "SELL")
                .str("type", "TAKE_PROFIT").str("stopPrice", "3100").str("quantity", "0.01")
                .str("newOrderRespType", "RESULT").num("strategyId", 7).num("strategyType", 1000000));
        JsonNode r = result.path("result");
        assertThat(r.path("stopPrice").asText()).isEqualTo("3100.00000000");
        assertThat(r.path("strategyId").asLong()).isEqualTo(7);
        assertThat(r.path("strategyType").asLong()).isEqualTo(1000000);
        assertError(send(Req.of("order.place").str("symbol", "ETHUSDT").str("side", "SELL")
                        .str("type", "TAKE_PROFIT").str("stopPrice", "2900").str("quantity", "0.01")), 400, -2010,
                "Order would trigger immediately.");
        assertError(send(Req.of("order.place").str("symbol", "ETHUSDT").str("side", "SELL")
                        .str("type", "TAKE_PROFIT").str("stopPrice", "3200").str("quantity", "0.01")
                        .num("strategyType", 5)), 400, -1134, "`strategyType` was less than 1000000.");
    }

    // ---------------------------------------------------------------------------------------- cancelReplace

    private Req replace(String mode, long cancelId, String price) {
        return limit("order.cancelReplace", "BTCUSDT", "BUY", price, "0.001").str("cancelReplaceMode", mode)
                .num("cancelOrderId", cancelId);
    }

    @Test
    void cancelReplaceOutcomes() {
        long id = send(limit("order.place", "BTCUSDT", "BUY", "21000", "0.001")).path("result").path("orderId")
                .asLong();
        JsonNode ok = send(replace("STOP_ON_FAILURE", id, "21001").str("newClientOrderId", "repl-1"));
        assertThat(ok.path("status").asInt()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.path("result").path("cancelResult").asText()).isEqualTo("SUCCESS");
        assertThat(ok.path("result").path("newOrderResult").asText()).isEqualTo("SUCCESS");
        assertThat(ok.path("result").path("cancelResponse").path("status").asText()).isEqualTo("CANCELED");
        assertThat(ok.path("result").path("newOrderResponse").path("clientOrderId").asText()).isEqualTo("repl-1");
        assertThat(ok.path("rateLimits").get(0).path("rateLimitType").asText()).isEqualTo("ORDERS");

        JsonNode failed = send(replace("STOP_ON_FAILURE", id, "21002"));
        assertError(failed, 400, -2022, "Order cancel-replace failed.");
        JsonNode data = failed.path("error").path("data");
        assertThat(data.path("cancelResult").asText()).isEqualTo("FAILURE");
        assertThat(data.path("newOrderResult").asText()).isEqualTo("NOT_ATTEMPTED");
        assertThat(data.path("cancelResponse").path("code").asInt()).isEqualTo(-2011);
        assertThat(data.path("cancelResponse").path("msg").asText()).isEqualTo("Unknown order sent.");
        assertThat(data.path("newOrderResponse").isNull()).isTrue();

        JsonNode partial = send(replace("ALLOW_FAILURE", id, "21003"));
        assertError(partial, 409, -2021, "Order cancel-replace partially failed.");
        assertThat(partial.path("error").path("data").path("newOrderResult").asText()).isEqualTo("SUCCESS");
        long newId = partial.path("error").path("data").path("newOrderResponse").path("orderId").asLong();

        // cancel succeeds, placement fails in the matching engine (LIMIT_MAKER would take)
        sendMaker(limit("order.place", "BTCUSDT", "SELL", "21500", "0.001"));
        JsonNode takerFails = send(Req.of("order.cancelReplace").str("symbol", "BTCUSDT").str("side", "BUY")
                .str("type", "LIMIT_MAKER").str("price", "21600").str("quantity", "0.001")
                .str("cancelReplaceMode", "STOP_ON_FAILURE").num("cancelOrderId", newId));
        assertError(takerFails, 409, -2021, "Order cancel-replace partially failed.");
        assertThat(takerFails.path("error").path("data").path("cancelResult").asText()).isEqualTo("SUCCESS");
        assertThat(takerFails.path("error").path("data").path("newOrderResponse").path("msg").asText())
                .isEqualTo("Order would immediately match and take.");

        JsonNode both = send(Req.of("order.cancelReplace").str("symbol", "BTCUSDT").str("side", "BUY")
                .str("type", "LIMIT_MAKER").str("price", "21600").str("quantity", "0.001")
                .str("cancelReplaceMode", "ALLOW_FAILURE").num("cancelOrderId", newId));
        assertError(both, 400, -2022, "Order cancel-replace failed.");
        assertThat(both.path("error").path("data").path("newOrderResult").asText()).isEqualTo("FAILURE");

        // request and filter errors come before anything happens
        assertError(send(replace("SOMETIMES", id, "1")), 400, -1130,
                "Data sent for parameter 'cancelReplaceMode' is not valid.");
        assertError(send(limit("order.cancelReplace", "BTCUSDT", "BUY", "1", "1")
                        .str("cancelReplaceMode", "ALLOW_FAILURE")), 400, -1102,
                "Param 'cancelOrderId' or 'cancelOrigClientOrderId' must be sent, but both were empty/null!");
        long keep = send(limit("order.place", "BTCUSDT", "BUY", "21100", "0.001")).path("result")
                .path("orderId").asLong();
        assertError(send(replace("STOP_ON_FAILURE", keep, "21100.001")), 400, -1013, "Filter failure: PRICE_FILTER");
        assertThat(send(Req.of("order.status").str("symbol", "BTCUSDT").num("orderId", keep)).path("result")
                .path("status").asText()).isEqualTo("NEW");
        assertError(send(replace("STOP_ON_FAILURE", keep, "21101").str("cancelRestrictions", "ONLY_PARTIALLY_FILLED")),
                400, -2022, "Order cancel-replace failed.");
        assertError(send(replace("STOP_ON_FAILURE", keep, "21101").str("orderRateLimitExceededMode", "NEVER")), 400,
                -1130, "Data sent for parameter 'orderRateLimitExceededMode' is not valid.");
    }

    // ---------------------------------------------------------------------------------------- amend

    @Test
    void amendKeepPriorityAndAmendments() {
        JsonNode placed = send(limit("order.place", "BTCUSDT", "SELL", "90000", "0.005").str("newClientOrderId", "am-1"));
        long id = placed.path("result").path("orderId").asLong();
        JsonNode r = send(Req.of("order.amend.keepPriority").str("symbol", "BTCUSDT").num("orderId", id)
                .str("newQty", "0.003").str("newClientOrderId", "am-2"));
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
        JsonNode o = r.path("result").path("amendedOrder");
        assertThat(r.path("result").path("executionId").isIntegralNumber()).isTrue();
        assertThat(o.path("qty").asText()).isEqualTo("0.00300000");
        assertThat(o.path("origClientOrderId").asText()).isEqualTo("am-1");
        assertThat(o.path("clientOrderId").asText()).isEqualTo("am-2");
        assertThat(o.path("cumulativeQuoteQty").asText()).isEqualTo("0.00000000");
        assertThat(r.path("result").has("listStatus")).isFalse();
        assertError(send(Req.of("order.amend.keepPriority").str("symbol", "BTCUSDT").num("orderId", id)
                .str("newQty", "0.004")), 400, -2038, "Order amend (quantity increase) is not supported.");
        assertError(send(Req.of("order.amend.keepPriority").str("symbol", "BTCUSDT").num("orderId", id)), 400,
                -1102, "Mandatory parameter 'newQty' was not sent, was empty/null, or malformed.");
        JsonNode list = send(Req.of("order.amendments").str("symbol", "BTCUSDT").num("orderId", id));
        assertThat(list.path("result")).hasSize(1);
        JsonNode a = list.path("result").get(0);
        assertThat(a.path("origQty").asText()).isEqualTo("0.00500000");
        assertThat(a.path("newQty").asText()).isEqualTo("0.00300000");
        assertThat(a.path("newClientOrderId").asText()).isEqualTo("am-2");
        assertError(send(Req.of("order.amendments").str("symbol", "BTCUSDT")), 400, -1102,
                "Mandatory parameter 'orderId' was not sent, was empty/null, or malformed.");
    }

    // ---------------------------------------------------------------------------------------- open orders

    @Test
    void openOrdersStatusAndCancelAll() {
        send(limit("order.place", "ETHBTC", "BUY", "0.01", "0.1"));
        send(limit("order.place", "ETHBTC", "BUY", "0.011", "0.1"));
        JsonNode open = send(Req.of("openOrders.status").str("symbol", "ETHBTC"));
        assertThat(open.path("result")).hasSize(2);
        assertThat(open.path("result").get(0).path("stopPrice").asText()).isEqualTo("0.00000000");
        assertThat(weightDelta(Req.of("openOrders.status").str("symbol", "ETHBTC"))).isEqualTo(6);
        assertThat(weightDelta(Req.of("openOrders.status"))).isEqualTo(80);
        assertError(send(Req.of("openOrders.status").str("symbol", "NOPE")), 400, -1121, "Invalid symbol.");
        JsonNode canceled = send(Req.of("openOrders.cancelAll").str("symbol", "ETHBTC"));
        assertThat(canceled.path("result")).hasSize(2);
        assertThat(canceled.path("result").get(0).path("status").asText()).isEqualTo("CANCELED");
        assertError(send(Req.of("openOrders.cancelAll").str("symbol", "ETHBTC")), 400, -2011, "Unknown order sent.");
    }

    // ---------------------------------------------------------------------------------------- order lists

    @Test
    void ocoPlaceStatusCancel() throws IOException {
        last("BTCUSDT", "60000");
        JsonNode placed = send(Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "SELL")
                .str("quantity", "0.002").str("aboveType", "LIMIT_MAKER").str("abovePrice", "70000")
                .str("belowType", "STOP_LOSS_LIMIT").str("belowPrice", "50000").str("belowStopPrice", "51000")
                .str("belowTimeInForce", "GTC").str("listClientOrderId", "oco-1"));
        JsonNode r = placed.path("result");
        assertThat(placed.path("status").asInt()).as(placed.toString()).isEqualTo(200);
        assertThat(r.path("contingencyType").asText()).isEqualTo("OCO");
        assertThat(r.path("listClientOrderId").asText()).isEqualTo("oco-1");
        assertThat(r.path("orders")).hasSize(2);
        assertThat(r.path("orderReports").get(1).path("stopPrice").asText()).isEqualTo("51000.00000000");
        assertThat(r.path("orderReports").get(1).path("workingTime").asLong()).isEqualTo(-1);
        assertThat(r.path("orderReports").get(0).has("fills")).isFalse(); // RESULT by default
        assertThat(placed.path("rateLimits").get(0).path("count").asLong()).isGreaterThanOrEqualTo(2);
        long listId = r.path("orderListId").asLong();

        JsonNode status = send(Req.of("orderList.status").num("orderListId", listId));
        assertThat(status.path("result").has("orderReports")).isFalse();
        assertThat(status.path("result").path("listOrderStatus").asText()).isEqualTo("EXECUTING");
        assertThat(send(Req.of("orderList.status").str("origClientOrderId", "oco-1")).path("result")
                .path("orderListId").asLong()).isEqualTo(listId);
        assertThat(send(Req.of("openOrderLists.status")).path("result")).hasSize(1);

        JsonNode canceled = send(Req.of("orderList.cancel").str("symbol", "BTCUSDT").num("orderListId", listId));
        assertThat(PayloadShapeTest.shapeDiff(canceled, doc("spot-wsapi-order.cancel-orderlist.doc.json"),
                Set.of("stopPrice", "rateLimits"))).isEmpty();
        assertThat(canceled.path("result").path("listStatusType").asText()).isEqualTo("ALL_DONE");
        assertError(send(Req.of("orderList.cancel").str("symbol", "BTCUSDT").num("orderListId", listId)), 400,
                -2011, "Unknown order sent.");
        assertError(send(Req.of("orderList.status").num("orderListId", 999_999)), 400, -2013,
                "Order does not exist.");
        assertError(send(Req.of("orderList.status")), 400, -1102,
                "Param 'orderListId' or 'origClientOrderId' must be sent, but both were empty/null!");
        assertThat(send(Req.of("allOrderLists")).path("result").size()).isGreaterThanOrEqualTo(1);
        assertError(send(Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "SELL")
                        .str("quantity", "0.002").str("aboveType", "STOP_LOSS").str("aboveStopPrice", "51000")
                        .str("belowType", "LIMIT_MAKER").str("belowPrice", "70000")), 400, -1166,
                "A limit order in a sell OCO must be above.");
    }

    @Test
    void ocoLegCancelAnswersWithTheList() {
        last("BTCUSDT", "60000");
        JsonNode placed = send(Req.of("orderList.place.oco").str("symbol", "BTCUSDT").str("side", "BUY")
                .str("quantity", "0.002").str("aboveType", "STOP_LOSS").str("aboveStopPrice", "70000")
                .str("belowType", "LIMIT_MAKER").str("belowPrice", "40000").str("newOrderRespType", "FULL"));
        assertThat(placed.path("result").path("orderReports").get(1).has("fills")).isTrue();
        long leg = placed.path("result").path("orders").get(0).path("orderId").asLong();
        JsonNode canceled = send(Req.of("order.cancel").str("symbol", "BTCUSDT").num("orderId", leg));
        assertThat(canceled.path("result").path("contingencyType").asText()).isEqualTo("OCO");
        assertThat(canceled.path("result").path("orderReports")).hasSize(2);
    }

    @Test
    void otoAndOtoco() {
        JsonNode oto = send(Req.of("orderList.place.oto").str("symbol", "ETHUSDT").str("workingType", "LIMIT")
                .str("workingSide", "BUY").str("workingPrice", "1000").str("workingQuantity", "0.01")
                .str("workingTimeInForce", "GTC").str("pendingType", "MARKET").str("pendingSide", "SELL")
                .str("pendingQuantity", "0.01"));
        assertThat(oto.path("status").asInt()).as(oto.toString()).isEqualTo(200);
        assertThat(oto.path("result").path("contingencyType").asText()).isEqualTo("OTO");
        assertThat(oto.path("result").path("orderReports").get(1).path("status").asText()).isEqualTo("PENDING_NEW");
        last("ETHUSDT", "3000");
        JsonNode otoco = send(Req.of("orderList.place.otoco").str("symbol", "ETHUSDT").str("workingType", "LIMIT")
                .str("workingSide", "BUY").str("workingPrice", "1000").str("workingQuantity", "0.01")
                .str("workingTimeInForce", "GTC").str("pendingSide", "SELL").str("pendingQuantity", "0.01")
                .str("pendingAboveType", "LIMIT_MAKER").str("pendingAbovePrice", "4000")
                .str("pendingBelowType", "STOP_LOSS").str("pendingBelowStopPrice", "2000"));
        assertThat(otoco.path("status").asInt()).as(otoco.toString()).isEqualTo(200);
        assertThat(otoco.path("result").path("orders")).hasSize(3);
        assertError(send(Req.of("orderList.place.oto").str("symbol", "ETHUSDT").str("workingType", "LIMIT")
                        .str("workingSide", "BUY").str("workingQuantity", "0.01").str("workingTimeInForce", "GTC")
                        .str("pendingType", "MARKET").str("pendingSide", "SELL").str("pendingQuantity", "0.01")),
                400, -1102, "Mandatory parameter 'workingPrice' was not sent, was empty/null, or malformed.");
        assertError(send(Req.of("orderList.place.oto").str("symbol", "ETHUSDT").str("workingType", "LIMIT")
                        .str("workingSide", "BUY").str("workingPrice", "1000").str("workingQuantity", "0.01")
                        .str("pendingType", "MARKET").str("pendingSide", "SELL").str("pendingQuantity", "0.01")),
                400, -1102, "Mandatory parameter 'workingTimeInForce' was not sent, was empty/null, or malformed.");
        send(Req.of("openOrders.cancelAll").str("symbol", "ETHUSDT"));
    }

    // ---------------------------------------------------------------------------------------- SOR

    @Test
    void sorOrderPlace() {
        sendMaker(limit("order.place", "ETHBTC", "SELL", "0.06", "0.5"));
        JsonNode r = send(limit("sor.order.place", "ETHBTC", "BUY", "0.06", "0.5"));
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(200);
        JsonNode o = r.path("result").get(0);
        assertThat(o.path("usedSor").asBoolean()).isTrue();
        assertThat(o.path("workingFloor").asText()).isEqualTo("SOR");
        assertThat(o.path("fills").get(0).path("matchType").asText()).isEqualTo("ONE_PARTY_TRADE_REPORT");
        assertThat(o.path("fills").get(0).path("allocId").asLong()).isZero();
        assertError(send(Req.of("sor.order.place").str("symbol", "ETHBTC").str("side", "BUY").str("type", "MARKET")
                .str("quoteOrderQty", "1")), 400, -1106, "Parameter 'quoteOrderQty' sent when not required.");
        assertError(send(Req.of("sor.order.place").str("symbol", "ETHBTC").str("side", "BUY")
                .str("type", "LIMIT_MAKER").str("price", "0.01").str("quantity", "1")), 400, -1116,
                "Invalid orderType.");
    }

    // ---------------------------------------------------------------------------------------- account

    @Test
    void accountMethods() {
        JsonNode status = send(Req.of("account.status").bool("omitZeroBalances", true));
        JsonNode r = status.path("result");
        assertThat(r.path("makerCommission").isIntegralNumber()).isTrue();
        assertThat(r.path("commissionRates").path("maker").asText()).matches("\\d+\\.\\d{8}");
        assertThat(r.path("accountType").asText()).isEqualTo("SPOT");
        assertThat(r.path("balances").size()).isGreaterThanOrEqualTo(3);
        assertThat(r.path("permissions").get(0).asText()).isEqualTo("SPOT");
        assertThat(weightDelta(Req.of("account.status"))).isEqualTo(20);

        JsonNode commission = send(Req.of("account.commission").str("symbol", "BTCUSDT"));
        assertThat(commission.path("result").path("standardCommission").path("seller").asText())
                .isEqualTo("0.00000000");
        assertThat(commission.path("result").path("discount").path("discountAsset").asText()).isEqualTo("BNB");
        assertError(send(Req.of("account.commission")), 400, -1102,
                "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");

        JsonNode limits = send(Req.of("account.rateLimits.orders"));
        assertThat(limits.path("result")).hasSize(2);
        assertThat(limits.path("result").get(0).path("interval").asText()).isEqualTo("SECOND");
        assertThat(weightDelta(Req.of("account.rateLimits.orders"))).isEqualTo(40);
    }

    @Test
    void historyMethods() {
        sendMaker(limit("order.place", "ETHBTC", "SELL", "0.07", "0.2"));
        JsonNode buy = send(limit("order.place", "ETHBTC", "BUY", "0.07", "0.2"));
        long orderId = buy.path("result").path("orderId").asLong();
        JsonNode trades = send(Req.of("myTrades").str("symbol", "ETHBTC").num("orderId", orderId));
        assertThat(trades.path("result")).hasSize(1);
        JsonNode t = trades.path("result").get(0);
        assertThat(t.path("isBuyer").asBoolean()).isTrue();
        assertThat(t.path("isMaker").asBoolean()).isFalse();
        assertThat(t.path("quoteQty").asText()).isEqualTo("0.01400000");
        assertThat(t.path("commissionAsset").asText()).isEqualTo("ETH");
        assertThat(weightDelta(Req.of("myTrades").str("symbol", "ETHBTC").num("orderId", orderId))).isEqualTo(5);
        assertThat(weightDelta(Req.of("myTrades").str("symbol", "ETHBTC"))).isEqualTo(20);
        assertError(send(Req.of("myTrades").str("symbol", "ETHBTC").num("fromId", 1).num("startTime", 1)), 400,
                -1128, "Combination of optional parameters invalid.");
        assertError(send(Req.of("myTrades").str("symbol", "ETHBTC").num("startTime", 1)
                .num("endTime", 1 + 86_400_001L)), 400, -1127, "More than 24 hours between startTime and endTime.");

        JsonNode all = send(Req.of("allOrders").str("symbol", "ETHBTC").num("orderId", orderId));
        assertThat(all.path("result").get(0).path("orderId").asLong()).isEqualTo(orderId);
        assertError(send(Req.of("allOrders").str("symbol", "ETHBTC").num("limit", 1001)), 400, -1102,
                "'limit' contains unexpected value. Cannot be greater than 1000.");

        // a prevented match: STP EXPIRE_TAKER against our own resting order
        send(limit("order.place", "ETHBTC", "SELL", "0.08", "0.1"));
        JsonNode taker = send(limit("order.place", "ETHBTC", "BUY", "0.08", "0.1")
                .str("selfTradePreventionMode", "EXPIRE_TAKER"));
        assertThat(taker.path("result").path("status").asText()).isEqualTo("EXPIRED_IN_MATCH");
        assertThat(taker.path("result").path("preventedQuantity").asText()).isEqualTo("0.10000000");
        long takerId = taker.path("result").path("orderId").asLong();
        JsonNode pm = send(Req.of("myPreventedMatches").str("symbol", "ETHBTC").num("orderId", takerId));
        assertThat(pm.path("result")).hasSize(1);
        JsonNode m = pm.path("result").get(0);
        assertThat(m.path("selfTradePreventionMode").asText()).isEqualTo("EXPIRE_TAKER");
        assertThat(m.path("takerPreventedQuantity").asText()).isEqualTo("0.10000000");
        assertThat(m.has("makerPreventedQuantity")).isFalse();
        assertThat(m.path("tradeGroupId").asLong()).isEqualTo(-1);
        assertThat(send(Req.of("myPreventedMatches").str("symbol", "ETHBTC")
                .num("preventedMatchId", m.path("preventedMatchId").asLong())).path("result")).hasSize(1);
        assertThat(weightDelta(Req.of("myPreventedMatches").str("symbol", "ETHBTC").num("orderId", takerId)))
                .isEqualTo(20);
        assertError(send(Req.of("myPreventedMatches").str("symbol", "ETHBTC")), 400, -1102,
                "Param 'preventedMatchId' or 'orderId' must be sent, but both were empty/null!");
        send(Req.of("openOrders.cancelAll").str("symbol", "ETHBTC"));
    }
}
