package io.tradewire.client.spot;

import io.tradewire.client.codec.JsonCursor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The byte-level order decoder reuses its cursor's scratch from answer to answer: nothing may leak between them. */
class OrderCursorDecoderTest {
    private final JsonCursor cursor = new JsonCursor();

    @Test
    void anAnswerThatFailedHalfWayLeavesNothingForTheNext() throws IOException {
        String broken = "{\"symbol\":\"BTCUSDT\",\"orderId\":7,\"price\":\"1.50\",\"stopPrice\":\"1.40\","
                + "\"clientOrderId\":\"abc\",\"status\":\"NEW\",\"origQty\":\"x\"}";
        assertThatThrownBy(() -> decode(broken)).isInstanceOf(IOException.class);

        OrderResponse next = decode("{\"symbol\":\"ETHUSDT\",\"orderId\":8}");
        assertThat(next.symbol()).isEqualTo("ETHUSDT");
        assertThat(next.orderId()).isEqualTo(8);
        assertThat(next.price()).as("absent in this answer").isNull();
        assertThat(next.stopPrice()).isNull();
        assertThat(next.clientOrderId()).isNull();
        assertThat(next.status()).isNull();
        assertThat(next.fills()).isEmpty();
        assertThat(next.transactTime()).isEqualTo(-1);
    }

    @Test
    void answersOneAfterAnotherKeepTheirOwnValues() throws IOException {
        OrderResponse a = decode("{\"symbol\":\"BTCUSDT\",\"orderId\":1,\"price\":\"2.5\",\"fills\":[{\"price\":\"2.5\","
                + "\"qty\":\"1\",\"commission\":\"0\",\"commissionAsset\":\"BNB\",\"tradeId\":9}]}");
        OrderResponse b = decode("{\"symbol\":\"BTCUSDT\",\"orderId\":2}");
        assertThat(a.price()).isEqualByComparingTo("2.5");
        assertThat(a.fills()).hasSize(1);
        assertThat(a.fills().get(0).tradeId()).isEqualTo(9);
        assertThat(b.orderId()).isEqualTo(2);
        assertThat(b.price()).isNull();
        assertThat(b.fills()).isEmpty();
    }

    private OrderResponse decode(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return OrderCursorDecoder.INSTANCE.decode(cursor.reset(bytes, 0, bytes.length));
    }
}
