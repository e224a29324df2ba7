package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestParserTest {

    private static WsRequest parse(String json) throws Exception {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return RequestParser.parse(b, 0, b.length);
    }

    @Test
    void keepsNumberLiteralsExactlyAsSent() throws Exception {
        WsRequest r = parse("{\"id\":7,\"method\":\"order.place\",\"params\":{\"quantity\":0.00847000,"
                + "\"price\":1e-5,\"timestamp\":1660801715431,\"symbol\":\"BTCUSDT\",\"flag\":true}}");
        assertThat(r.params().get("quantity").text()).isEqualTo("0.00847000");
        assertThat(r.params().get("quantity").kind()).isEqualTo(Param.Kind.NUMBER);
        assertThat(r.params().get("price").text()).isEqualTo("1e-5");
        assertThat(r.params().get("timestamp").text()).isEqualTo("1660801715431");
        assertThat(r.params().get("symbol").kind()).isEqualTo(Param.Kind.STRING);
        assertThat(r.params().get("flag").text()).isEqualTo("true");
        assertThat(r.params().keySet()).containsExactly("quantity", "price", "timestamp", "symbol", "flag");
    }

    @Test
    void idKeepsItsJsonType() throws Exception {
        assertThat(parse("{\"id\":\"abc\",\"method\":\"ping\"}").idKind()).isEqualTo(WsRequest.IdKind.STRING);
        WsRequest big = parse("{\"id\":123456789012345678901234,\"method\":\"ping\"}");
        assertThat(big.idKind()).isEqualTo(WsRequest.IdKind.NUMBER);
        assertThat(big.idText()).isEqualTo("123456789012345678901234");
        assertThat(parse("{\"id\":null,\"method\":\"ping\"}").idKind()).isEqualTo(WsRequest.IdKind.NULL);
    }

    @Test
    void stripsVersionPrefixAndToleratesUnknownFields() throws Exception {
        WsRequest r = parse("{\"extra\":{\"a\":[1,2]},\"method\":\"v3/time\",\"id\":1}");
        assertThat(r.method()).isEqualTo("time");
        assertThat(r.params()).isEmpty();
    }

    @Test
    void arraysKeepElements() throws Exception {
        WsRequest r = parse("{\"id\":1,\"method\":\"exchangeInfo\",\"params\":{\"symbols\":[\"BTCUSDT\",\"ETHBTC\"]}}");
        assertThat(r.params().get("symbols").elements()).containsExactly("BTCUSDT", "ETHBTC");
        assertThat(r.params().get("symbols").text()).isEqualTo("[\"BTCUSDT\",\"ETHBTC\"]");
    }

    @Test
    void malformedJsonIsRejected() {
        assertThatThrownBy(() -> parse("{\"id\":1,\"method\":")).isInstanceOf(RequestParser.Malformed.class);
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(RequestParser.Malformed.class);
        assertThatThrownBy(() -> parse("{\"id\":1} trailing")).isInstanceOf(RequestParser.Malformed.class);
        assertThatThrownBy(() -> parse("{\"id\":{},\"method\":\"ping\"}")).isInstanceOf(RequestParser.Malformed.class);
    }

    @Test
    void duplicateParameterIsRejectedWithTheIdKnown() {
        assertThatThrownBy(() -> parse("{\"params\":{\"a\":1,\"a\":2},\"method\":\"ping\",\"id\":\"x\"}"))
                .isInstanceOfSatisfying(RequestParser.Rejected.class, e -> {
                    assertThat(e.error().code()).isEqualTo(-1101);
                    assertThat(e.request().idText()).isEqualTo("x");
                });
    }

    @Test
    void missingMethodIsRejected() {
        assertThatThrownBy(() -> parse("{\"id\":3}"))
                .isInstanceOfSatisfying(RequestParser.Rejected.class, e -> assertThat(e.error().code()).isEqualTo(-1102));
    }
}
