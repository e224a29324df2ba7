package io.tradewire.client.wsapi;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.tradewire.core.signing.Signers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestParamsTest {
    private static String json(RequestParams p) {
        ByteBuf b = Unpooled.buffer();
        try {
            p.writeJson(b);
            return b.toString(StandardCharsets.UTF_8);
        } finally {
            b.release();
        }
    }

    @Test
    void theDocumentedHmacExampleSignsIdentically() {
        RequestParams p = new RequestParams().add("symbol", "BTCUSDT").add("side", "SELL").add("type", "LIMIT")
                .add("timeInForce", "GTC").addScaled("quantity", 1_000_000L, 8).addScaled("price", 5_200_000L, 2)
                .add("recvWindow", 100L).add("timestamp", 1645423376532L)
                .add("apiKey", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A")
                .sign(Signers.hmac("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"));
        assertThat(p.get("signature")).isEqualTo("aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24");
        assertThat(json(p)).startsWith("{\"apiKey\":").contains("\"price\":\"52000.00\"")
                .contains("\"quantity\":\"0.01000000\"").contains("\"recvWindow\":100")
                .endsWith("\"type\":\"LIMIT\"}");
    }

    @Test
    void aParameterGivenTwiceIsRejectedBeforeAnythingIsWritten() {
        RequestParams p = new RequestParams().add("symbol", "A").add("price", new BigDecimal("1")).add("symbol", "B");
        assertThatThrownBy(p::canonicalPayload).hasMessage("parameter 'symbol' given twice");
        assertThatThrownBy(() -> json(p)).hasMessage("parameter 'symbol' given twice");
    }

    @Test
    void jsonEscapesWhatMustBeEscapedAndKeepsUnicodeExact() throws Exception {
        String tricky = "a\"b\\c\u0001d";
        String symbol = "这是测试币456";
        String emoji = "x\uD83D\uDE00y";
        RequestParams p = new RequestParams().add("tricky", tricky).add("symbol", symbol).add("emoji", emoji)
                .add("amount", new BigDecimal("1E-8")).addRawJson("symbols", "[\"A\",\"B\"]").add("n", -42L);
        com.fasterxml.jackson.databind.JsonNode node = io.tradewire.core.json.Json.mapper().readTree(json(p));
        assertThat(node.path("tricky").asText()).isEqualTo(tricky);
        assertThat(node.path("symbol").asText()).isEqualTo(symbol);
        assertThat(node.path("emoji").asText()).isEqualTo(emoji);
        assertThat(node.path("amount").asText()).isEqualTo("0.00000001");
        assertThat(node.path("symbols").get(1).asText()).isEqualTo("B");
        assertThat(node.path("n").asLong()).isEqualTo(-42);
        // The canonical payload carries the same text unescaped, in the same order.
        assertThat(p.canonicalPayload()).isEqualTo("amount=0.00000001&emoji=" + emoji + "&n=-42&symbol=" + symbol
                + "&symbols=[\"A\",\"B\"]&tricky=" + tricky);
    }

    @Test
    void aReusedInstanceSortsAgainWheneverTheNamesChange() {
        RequestParams p = new RequestParams();
        assertThat(json(p.clear().add("b", 1).add("a", 2).add("c", 3))).isEqualTo("{\"a\":2,\"b\":1,\"c\":3}");
        // the same names again: the remembered order
        assertThat(json(p.clear().add("b", 4).add("a", 5).add("c", 6))).isEqualTo("{\"a\":5,\"b\":4,\"c\":6}");
        // the same names in another order, equal names that are other instances, more and fewer names
        assertThat(json(p.clear().add("c", 7).add("b", 8).add("a", 9))).isEqualTo("{\"a\":9,\"b\":8,\"c\":7}");
        assertThat(json(p.clear().add(new String("b"), 1).add(new String("a"), 2).add("c", 3)))
                .isEqualTo("{\"a\":2,\"b\":1,\"c\":3}");
        assertThat(json(p.clear().add("b", 1).add("a", 2).add("c", 3).add("aa", 4)))
                .isEqualTo("{\"a\":2,\"aa\":4,\"b\":1,\"c\":3}");
        assertThat(json(p.clear().add("b", 1).add("a", 2))).isEqualTo("{\"a\":2,\"b\":1}");
        // a duplicate is caught even right after the same names passed without one
        p.clear().add("b", 1).add("a", 2).add("c", 3);
        json(p);
        assertThatThrownBy(() -> json(p.clear().add("b", 1).add("a", 2).add("b", 3)))
                .hasMessage("parameter 'b' given twice");
        // and the frame around them
        int n = p.clear().add("b", 1).add("a", 2).encodeFrame(77, "order.place");
        assertThat(new String(p.frameBytes(), 0, n, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":77,\"method\":\"order.place\",\"params\":{\"a\":2,\"b\":1}}");
    }

    @Test
    void repeatedValuesAreWrittenTheSameFromTheCache() {
        RequestParams p = new RequestParams();
        String tricky = "a\"b\\c\u0001\u00e9\u4e2d";
        StringBuilder mutable = new StringBuilder("x");
        for (int round = 0; round < 4; round++) { // first sighting, second (cached), then from the cache
            String json = json(p.clear().add("s", tricky).add("t", "BTCUSDT").add("u", mutable));
            assertThat(json).isEqualTo("{\"s\":\"a\\\"b\\\\c\\u0001\u00e9\u4e2d\",\"t\":\"BTCUSDT\",\"u\":\"x" + "y".repeat(round) + "\"}");
            mutable.append('y'); // a CharSequence that changes is never cached
        }
        // an equal String that is another instance is encoded on its own, with the same result
        assertThat(json(p.clear().add("t", new String("BTCUSDT")))).isEqualTo("{\"t\":\"BTCUSDT\"}");
    }

    /**
     * Names, cached values, method names and the envelope are copied a word at a time, the last word overlapping:
     * every length from 1 to 40 bytes must come out exact, and nothing after it may be touched.
     */
    @Test
    void piecesOfEveryLengthAreCopiedExactly() {
        RequestParams p = new RequestParams();
        for (int n = 1; n <= 40; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append((char) ('a' + (i * 7 + n) % 26));
            }
            String name = b.toString().intern(); // names are constants: the same instance every time
            String value = b.reverse().toString().toUpperCase(java.util.Locale.ROOT).intern();
            String method = ("m" + name).intern();
            String expected = "{\"id\":" + n + ",\"method\":\"" + method + "\",\"params\":{\"" + name + "\":\""
                    + value + "\",\"zz\":1}}";
            for (int round = 0; round < 3; round++) { // first and second sighting, then from the caches
                int len = p.clear().add(name, value).add("zz", 1).encodeFrame(n, method);
                assertThat(new String(p.frameBytes(), 0, len, java.nio.charset.StandardCharsets.UTF_8))
                        .as("length %d, round %d", n, round).isEqualTo(expected);
            }
        }
    }

    /**
     * Names and cached values are remembered by position in the sorted order while the names stay the same: values
     * that change, names that change at one position, and a set of another size must all come out exact.
     */
    @Test
    void rememberedPositionsFollowEveryChangeOfNameOrValue() {
        RequestParams p = new RequestParams();
        String[] sides = {"BUY", "SELL"};
        for (int round = 0; round < 12; round++) {
            String side = sides[round % 2];
            String third = round % 3 == 0 ? "timeInForce" : "type";
            String value = round % 4 == 0 ? "GTC" : "LIMIT";
            int len;
            if (round % 5 == 4) { // now and then one parameter more
                len = p.clear().add("symbol", "BTCUSDT").add("side", side).add(third, value).add("a", round)
                        .encodeFrame(round, "order.place");
                assertThat(new String(p.frameBytes(), 0, len, java.nio.charset.StandardCharsets.UTF_8))
                        .as("round %d", round).isEqualTo("{\"id\":" + round + ",\"method\":\"order.place\","
                                + "\"params\":{\"a\":" + round + ",\"side\":\"" + side + "\",\"symbol\":\"BTCUSDT\",\""
                                + third + "\":\"" + value + "\"}}");
            } else {
                len = p.clear().add("symbol", "BTCUSDT").add("side", side).add(third, value)
                        .encodeFrame(round, "order.place");
                assertThat(new String(p.frameBytes(), 0, len, java.nio.charset.StandardCharsets.UTF_8))
                        .as("round %d", round).isEqualTo("{\"id\":" + round + ",\"method\":\"order.place\","
                                + "\"params\":{\"side\":\"" + side + "\",\"symbol\":\"BTCUSDT\",\"" + third
                                + "\":\"" + value + "\"}}");
            }
        }
    }

    @Test
    void clearKeepsNothingButTheStorage() {
        RequestParams p = new RequestParams();
        for (int i = 0; i < 40; i++) { // grows past the initial 16 slots
            p.add("k" + i, (long) i);
        }
        assertThat(p.names()).hasSize(40);
        p.clear().add("a", "1");
        assertThat(p.canonicalPayload()).isEqualTo("a=1");
        assertThat(p.get("k3")).isNull();
    }
}
