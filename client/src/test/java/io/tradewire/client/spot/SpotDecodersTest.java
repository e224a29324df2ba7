package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tradewire.client.TestData;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Decoding the documented order answers, field by field, straight from the parser. */
class SpotDecodersTest {

    /** Positions a parser on the {@code result} value of a documented response. */
    private static OrderResponse decodeResult(String file) throws IOException {
        return decodeResultText(TestData.read("payloads/" + file));
    }

    private static OrderResponse decodeResultText(String json) throws IOException {
        try (JsonParser p = Json.factory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if ("result".equals(f)) {
                    // both forms of the decoder, checked equal: WebSocket reads the bytes, REST streams
                    return DecoderTwins.decode(Json.mapper().readTree(json).get("result").toString(), SpotDecoders.ORDER);
                }
                p.skipChildren();
            }
        }
        throw new AssertionError("no result");
    }

    @Test
    void ackCarriesIdsOnly() throws IOException {
        OrderResponse r = decodeResult("spot-wsapi-order.place-ACK.doc.json");
        assertThat(r.symbol()).isEqualTo("BTCUSDT");
        assertThat(r.orderId()).isEqualTo(12569099453L);
        assertThat(r.orderListId()).isEqualTo(-1);
        assertThat(r.clientOrderId()).isEqualTo("4d96324ff9d44481926157ec08158a40");
        assertThat(r.transactTime()).isEqualTo(1660801715639L);
        assertThat(r.status()).isNull();
        assertThat(r.price()).isNull();
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void resultCarriesTheOrderWithExactDecimals() throws IOException {
        OrderResponse r = decodeResult("spot-wsapi-order.place-RESULT.doc.json");
        assertThat(r.price()).isEqualTo(new BigDecimal("23416.10000000"));
        assertThat(r.price().scale()).isEqualTo(8);
        assertThat(r.origQty().toPlainString()).isEqualTo("0.00847000");
        assertThat(r.status()).isSameAs(OrderStatus.NEW);
        assertThat(r.type()).isSameAs(OrderType.LIMIT);
        assertThat(r.side()).isSameAs(Side.SELL);
        assertThat(r.timeInForce()).isSameAs(TimeInForce.GTC);
    }

    @Test
    void fullCarriesTheFills() throws IOException {
        OrderResponse r = decodeResult("spot-wsapi-order.place-FULL.doc.json");
        assertThat(r.status()).isSameAs(OrderStatus.FILLED);
        assertThat(r.cummulativeQuoteQty().toPlainString()).isEqualTo("198.33521500");
        assertThat(r.fills()).containsExactly(
                new Fill(new BigDecimal("23416.10000000"), new BigDecimal("0.00635000"), new BigDecimal("0.000000"),
                        "BNB", 1650422481L),
                new Fill(new BigDecimal("23416.50000000"), new BigDecimal("0.00212000"), new BigDecimal("0.000000"),
                        "BNB", 1650422482L));
        BigDecimal sum = r.fills().stream().map(Fill::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(r.executedQty());
    }

    @Test
    void cancelCarriesTheOriginalClientOrderId() throws IOException {
        OrderResponse r = decodeResult("spot-wsapi-order.cancel.doc.json");
        assertThat(r.status()).isSameAs(OrderStatus.CANCELED);
        assertThat(r.origClientOrderId()).isNotNull();
        assertThat(r.clientOrderId()).isNotEqualTo(r.origClientOrderId());
    }

    @Test
    void unknownFieldsAndEnumValuesAreTolerated() throws IOException {
        OrderResponse r = decodeResultText("{\"result\":{\"symbol\":\"BTCUSDT\",\"orderId\":5,\"status\":\"PENDING_MARS\","
                + "\"type\":\"LIMIT\",\"brandNew\":{\"nested\":[1,{\"x\":2}]},\"price\":\"1.5\",\"side\":\"BUY\","
                + "\"futureFlag\":true,\"fills\":[{\"price\":\"1.5\",\"qty\":\"2\",\"newThing\":1,\"tradeId\":9}]}}");
        assertThat(r.orderId()).isEqualTo(5);
        assertThat(r.status().isKnown()).isFalse();
        assertThat(r.status().wireName()).isEqualTo("PENDING_MARS");
        assertThat(r.price()).isEqualByComparingTo("1.5");
        assertThat(r.fills()).hasSize(1);
        assertThat(r.fills().get(0).tradeId()).isEqualTo(9);
    }

    @Test
    void decimalsSentAsJsonNumbersAreReadWithoutDouble() throws IOException {
        OrderResponse r = decodeResultText("{\"result\":{\"price\":0.1,\"origQty\":123456789.123456789}}");
        assertThat(r.price().toPlainString()).isEqualTo("0.1");
        assertThat(r.origQty().toPlainString()).isEqualTo("123456789.123456789");
    }
}
