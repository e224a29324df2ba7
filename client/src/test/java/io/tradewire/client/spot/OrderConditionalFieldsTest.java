package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.TestData;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conditional fields of order answers ("Conditional fields in Order Responses" in web-socket-api.md and
 * rest-api.md): the documented payloads that carry them, through every decoder that reads orders.
 */
class OrderConditionalFieldsTest {

    private static <T> T result(String json, ResponseDecoder<T> d) throws IOException {
        try (JsonParser p = Json.factory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if ("result".equals(f)) {
                    // both forms of the decoder, checked equal: WebSocket reads the bytes, REST streams
                    return DecoderTwins.decode(Json.mapper().readTree(json).get("result").toString(), d);
                }
                p.skipChildren();
            }
        }
        throw new AssertionError("no result");
    }

    private static OrderResponse order(String json) throws IOException {
        return result(json, SpotDecoders.ORDER);
    }

    /** Every conditional field absent: nothing invented. */
    private static void assertNoConditionalFields(OrderResponse r) {
        assertThat(r.trailingDelta()).isEqualTo(-1);
        assertThat(r.trailingTime()).isEqualTo(-1);
        assertThat(r.strategyId()).isEqualTo(-1);
        assertThat(r.strategyType()).isEqualTo(-1);
        assertThat(r.preventedMatchId()).isEqualTo(-1);
        assertThat(r.preventedQuantity()).isNull();
        assertThat(r.usedSor()).isNull();
        assertThat(r.workingFloor()).isNull();
        assertThat(r.pegPriceType()).isNull();
        assertThat(r.pegOffsetType()).isNull();
        assertThat(r.pegOffsetValue()).isEqualTo(-1);
        assertThat(r.peggedPrice()).isNull();
        assertThat(r.expiryReason()).isNull();
    }

    @Test
    void cancelPayloadCarriesTrailingDeltaIcebergAndStrategy() throws IOException {
        String json = TestData.read("payloads/spot-wsapi-order.cancel.doc.json");
        for (ResponseDecoder<?> d : List.<ResponseDecoder<?>>of(SpotDecoders.ORDER, SpotTradingDecoders::anyOrder)) {
            OrderResponse r = (OrderResponse) result(json, d);
            assertThat(r.status()).isSameAs(OrderStatus.CANCELED);
            assertThat(r.stopPrice()).isEqualTo(new BigDecimal("0.00000000"));
            assertThat(r.trailingDelta()).isZero();
            assertThat(r.icebergQty()).isEqualTo(new BigDecimal("0.00000000"));
            assertThat(r.strategyId()).isEqualTo(37463720L);
            assertThat(r.strategyType()).isEqualTo(1000000);
            assertThat(r.trailingTime()).isEqualTo(-1); // not in this payload
            assertThat(r.preventedMatchId()).isEqualTo(-1);
            assertThat(r.toString()).contains("trailingDelta=0", "strategyId=37463720", "strategyType=1000000")
                    .doesNotContain("icebergQty", "stopPrice", "preventedMatchId", "peg", "expiryReason");
        }
    }

    @Test
    void orderPlacePayloadsWithoutConditionalFieldsLeaveThemAbsent() throws IOException {
        for (String file : List.of("spot-wsapi-order.place-ACK.doc.json", "spot-wsapi-order.place-RESULT.doc.json",
                "spot-wsapi-order.place-FULL.doc.json")) {
            OrderResponse r = order(TestData.read("payloads/" + file));
            assertNoConditionalFields(r);
            assertThat(r.toString()).doesNotContain("trailing", "strategy", "prevented", "peg", "Sor", "Floor");
        }
    }

    /** web-socket-api.md, order.status: a trailing stop that expired due to STP (comments removed). */
    @Test
    void orderStatusCarriesTrailingAndPreventedMatch() throws IOException {
        OrderResponse r = order("{\"id\":\"aa62318a-5a97-4f3b-bdc7-640bbe33b291\",\"status\":200,\"result\":{"
                + "\"symbol\":\"BTCUSDT\",\"orderId\":12569099453,\"orderListId\":-1,"
                + "\"clientOrderId\":\"4d96324ff9d44481926157\",\"price\":\"23416.10000000\","
                + "\"origQty\":\"0.00847000\",\"executedQty\":\"0.00847000\",\"cummulativeQuoteQty\":\"198.33521500\","
                + "\"status\":\"FILLED\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"SELL\","
                + "\"stopPrice\":\"0.00000000\",\"trailingDelta\":10,\"trailingTime\":-1,"
                + "\"icebergQty\":\"0.00000000\",\"time\":1660801715639,\"updateTime\":1660801717945,"
                + "\"isWorking\":true,\"workingTime\":1660801715639,\"origQuoteOrderQty\":\"0.00000000\","
                + "\"strategyId\":37463720,\"strategyType\":1000000,\"selfTradePreventionMode\":\"NONE\","
                + "\"preventedMatchId\":0,\"preventedQuantity\":\"1.200000\"}}");
        assertThat(r.trailingDelta()).isEqualTo(10);
        assertThat(r.trailingTime()).isEqualTo(-1);
        assertThat(r.strategyId()).isEqualTo(37463720L);
        assertThat(r.strategyType()).isEqualTo(1000000);
        assertThat(r.preventedMatchId()).isZero();
        assertThat(r.preventedQuantity()).isEqualTo(new BigDecimal("1.200000"));
        assertThat(r.preventedQuantity().scale()).isEqualTo(6);
        assertThat(r.isWorking()).isTrue();
        assertThat(r.toString()).contains("trailingDelta=10", "preventedMatchId=0", "preventedQuantity=1.200000")
                .doesNotContain("trailingTime"); // -1: not active
    }

    /** web-socket-api.md, openOrders.status / allOrders: prevented match fields in a list of orders. */
    @Test
    void orderListsCarryPreventedMatches() throws IOException {
        List<OrderResponse> orders = result("{\"id\":\"734235c2-13d2-4574-be68-723e818c08f3\",\"status\":200,"
                + "\"result\":[{\"symbol\":\"BTCUSDT\",\"orderId\":12569099453,\"orderListId\":-1,"
                + "\"clientOrderId\":\"4d96324ff9d44481926157\",\"price\":\"23416.10000000\","
                + "\"origQty\":\"0.00847000\",\"executedQty\":\"0.00847000\",\"cummulativeQuoteQty\":\"198.33521500\","
                + "\"status\":\"FILLED\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"SELL\","
                + "\"stopPrice\":\"0.00000000\",\"icebergQty\":\"0.00000000\",\"time\":1660801715639,"
                + "\"updateTime\":1660801717945,\"isWorking\":true,\"workingTime\":1660801715639,"
                + "\"origQuoteOrderQty\":\"0.00000000\",\"selfTradePreventionMode\":\"NONE\","
                + "\"preventedMatchId\":0,\"preventedQuantity\":\"1.200000\"}]}", SpotTradingDecoders.ORDERS);
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.preventedMatchId()).isZero();
            assertThat(o.preventedQuantity()).isEqualTo(new BigDecimal("1.200000"));
            assertThat(o.trailingDelta()).isEqualTo(-1);
        });
    }

    /** web-socket-api.md, openOrders.cancelAll: a canceled trailing order among cancel reports. */
    @Test
    void cancelAllReportsCarryTrailingTime() throws IOException {
        CanceledOrders c = result("{\"id\":\"778f938f-9041-4b88-9914-efbf64eeacc8\",\"status\":200,\"result\":[{"
                + "\"symbol\":\"BTCUSDT\",\"origClientOrderId\":\"4d96324ff9d44481926157\",\"orderId\":12569099453,"
                + "\"orderListId\":-1,\"clientOrderId\":\"91fe37ce9e69c90d6358c0\",\"transactTime\":1684804350068,"
                + "\"price\":\"23416.10000000\",\"origQty\":\"0.00847000\",\"executedQty\":\"0.00001000\","
                + "\"origQuoteOrderQty\":\"0.000000\",\"cummulativeQuoteQty\":\"0.23416100\",\"status\":\"CANCELED\","
                + "\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"SELL\",\"stopPrice\":\"0.00000000\","
                + "\"trailingDelta\":0,\"trailingTime\":-1,\"icebergQty\":\"0.00000000\",\"strategyId\":37463720,"
                + "\"strategyType\":1000000,\"selfTradePreventionMode\":\"NONE\"}]}", SpotTradingDecoders.CANCEL_ALL);
        OrderResponse r = c.orders().get(0);
        assertThat(r.trailingDelta()).isZero();
        assertThat(r.trailingTime()).isEqualTo(-1);
        assertThat(r.strategyId()).isEqualTo(37463720L);
        assertThat(r.strategyType()).isEqualTo(1000000);
    }

    private static final String SOR_ANSWER = "{\"id\":\"3a4437e2-41a3-4c19-897c-9cadc5dce8b6\",\"status\":200,"
            + "\"result\":[{\"symbol\":\"BTCUSDT\",\"orderId\":2,\"orderListId\":-1,"
            + "\"clientOrderId\":\"sBI1KM6nNtOfj5tccZSKly\",\"transactTime\":1689149087774,"
            + "\"price\":\"31000.00000000\",\"origQty\":\"0.50000000\",\"executedQty\":\"0.50000000\","
            + "\"origQuoteOrderQty\":\"0.000000\",\"cummulativeQuoteQty\":\"14000.00000000\","
            + "\"status\":\"FILLED\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\",\"side\":\"BUY\","
            + "\"workingTime\":1689149087774,\"fills\":[{\"matchType\":\"ONE_PARTY_TRADE_REPORT\","
            + "\"price\":\"28000.00000000\",\"qty\":\"0.50000000\",\"commission\":\"0.00000000\","
            + "\"commissionAsset\":\"BTC\",\"tradeId\":-1,\"allocId\":0}],\"workingFloor\":\"SOR\","
            + "\"selfTradePreventionMode\":\"NONE\",\"usedSor\":true}]}";

    /** web-socket-api.md, sor.order.place: SOR answers carry workingFloor and usedSor; SOR fills an allocation. */
    @Test
    void sorAnswerCarriesWorkingFloorAndUsedSor() throws IOException {
        List<OrderResponse> placed = result(SOR_ANSWER, SpotTradingDecoders.ORDERS);
        OrderResponse r = placed.get(0);
        assertThat(r.workingFloor()).isEqualTo("SOR");
        assertThat(r.usedSor()).isTrue();
        assertThat(r.fills()).containsExactly(new Fill(new BigDecimal("28000.00000000"),
                new BigDecimal("0.50000000"), new BigDecimal("0.00000000"), "BTC", -1, "ONE_PARTY_TRADE_REPORT", 0));
        assertThat(r.fills().get(0).matchType()).isEqualTo("ONE_PARTY_TRADE_REPORT");
        assertThat(r.fills().get(0).allocId()).isZero();
        // the same order through both forms of the order decoder (the WebSocket order path reads the bytes)
        OrderResponse single = DecoderTwins.decode(Json.mapper().readTree(SOR_ANSWER).get("result").get(0).toString(),
                SpotDecoders.ORDER);
        assertThat(single.fills()).isEqualTo(r.fills());
        assertThat(r.toString()).contains("usedSor=true", "workingFloor=SOR");
    }

    /**
     * A pegged order that expired, with the example value of each field from the conditional-fields table
     * (no documented payload shows them together).
     */
    @Test
    void peggedAndExpiryFieldsWithTheTablesExamples() throws IOException {
        String json = "{\"result\":{\"symbol\":\"BTCUSDT\",\"orderId\":7,\"status\":\"EXPIRED\","
                + "\"type\":\"LIMIT_MAKER\",\"side\":\"BUY\",\"pegPriceType\":\"PRIMARY_PEG\","
                + "\"pegOffsetType\":\"PRICE_LEVEL\",\"pegOffsetValue\":5,\"peggedPrice\":\"87523.83710000\","
                + "\"expiryReason\":\"INSUFFICIENT_LIQUIDITY\",\"usedSor\":false,\"workingFloor\":\"EXCHANGE\"}}";
        for (ResponseDecoder<?> d : List.<ResponseDecoder<?>>of(SpotDecoders.ORDER, SpotTradingDecoders::anyOrder)) {
            OrderResponse r = (OrderResponse) result(json, d);
            assertThat(r.pegPriceType()).isEqualTo("PRIMARY_PEG");
            assertThat(r.pegOffsetType()).isEqualTo("PRICE_LEVEL");
            assertThat(r.pegOffsetValue()).isEqualTo(5);
            assertThat(r.peggedPrice()).isEqualTo(new BigDecimal("87523.83710000"));
            assertThat(r.expiryReason()).isEqualTo("INSUFFICIENT_LIQUIDITY");
            assertThat(r.usedSor()).isFalse();
            assertThat(r.workingFloor()).isEqualTo("EXCHANGE");
            assertThat(r.toString()).contains("pegPriceType=PRIMARY_PEG", "pegOffsetType=PRICE_LEVEL",
                    "pegOffsetValue=5", "peggedPrice=87523.83710000", "expiryReason=INSUFFICIENT_LIQUIDITY");
        }
    }

    @Test
    void vocabularyIsInternedAndUnknownValuesKept() throws IOException {
        OrderResponse a = order("{\"result\":{\"pegPriceType\":\"MARKET_PEG\",\"expiryReason\":\"SOLAR_FLARE\"}}");
        OrderResponse b = order("{\"result\":{\"pegPriceType\":\"MARKET_PEG\",\"expiryReason\":\"SOLAR_FLARE\"}}");
        assertThat(a.pegPriceType()).isSameAs(b.pegPriceType());
        assertThat(a.expiryReason()).isEqualTo("SOLAR_FLARE");
    }

    @Test
    void nullsAndOddlyTypedValuesAreTolerated() throws IOException {
        OrderResponse r = order("{\"result\":{\"orderId\":3,\"trailingDelta\":null,\"peggedPrice\":null,"
                + "\"strategyId\":\"42\",\"pegOffsetValue\":\"7\",\"preventedQuantity\":1.5,"
                + "\"expiryReason\":null}}");
        assertThat(r.orderId()).isEqualTo(3);
        assertThat(r.trailingDelta()).isEqualTo(-1);
        assertThat(r.peggedPrice()).isNull();
        assertThat(r.strategyId()).isEqualTo(42);
        assertThat(r.pegOffsetValue()).isEqualTo(7);
        assertThat(r.preventedQuantity().toPlainString()).isEqualTo("1.5");
        assertThat(r.expiryReason()).isNull();
    }
}
