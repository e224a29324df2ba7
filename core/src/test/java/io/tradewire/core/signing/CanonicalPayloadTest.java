package io.tradewire.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.TestData;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalPayloadTest {

    static Stream<JsonNode> vectors() {
        List<JsonNode> list = new ArrayList<>();
        TestData.json("signing-vectors.json").path("vectors").forEach(list::add);
        return list.stream();
    }

    static Stream<JsonNode> wsApiVectors() {
        return vectors().filter(v -> v.path("context").asText().startsWith("WebSocket API"));
    }

    static Stream<JsonNode> restVectors() {
        return vectors().filter(v -> v.path("context").asText().equals("REST"));
    }

    /** Splits a payload into decoded params (our own inverse, so the test rebuilds from parameters). */
    private static List<Map.Entry<String, String>> params(String payload, boolean percentDecode) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String pair : payload.split("&")) {
            int eq = pair.indexOf('=');
            String k = pair.substring(0, eq);
            String val = pair.substring(eq + 1);
            if (percentDecode) {
                val = java.net.URLDecoder.decode(val, java.nio.charset.StandardCharsets.UTF_8);
            }
            out.add(new SimpleImmutableEntry<>(k, val));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wsApiVectors")
    void wsApiPayloadIsSortedParamsFromAnyOrder(JsonNode v) {
        String payload = v.path("payload").asText();
        List<Map.Entry<String, String>> params = params(payload, false);
        java.util.Collections.reverse(params); // request order must not matter
        Map<String, String> map = new LinkedHashMap<>();
        params.forEach(e -> map.put(e.getKey(), e.getValue()));
        map.put("signature", "ignored");
        assertThat(CanonicalPayload.wsApi(map)).isEqualTo(payload);
    }

    @Test
    void wsApiPayloadFromTheDocRequestParams() {
        Map<String, String> params = new HashMap<>();
        params.put("symbol", "BTCUSDT");
        params.put("side", "SELL");
        params.put("type", "LIMIT");
        params.put("timeInForce", "GTC");
        params.put("quantity", "0.01000000");
        params.put("price", "52000.00");
        params.put("recvWindow", "100");
        params.put("timestamp", "1645423376532");
        params.put("apiKey", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A");
        String payload = CanonicalPayload.wsApi(params);
        JsonNode vector = vectors().filter(v -> v.path("id").asText().equals("doc-wsapi-hmac-ascii"))
                .findFirst().orElseThrow();
        assertThat(payload).isEqualTo(vector.path("payload").asText());
        assertThat(Signers.hmac(vector.path("secretKey").asText()).sign(payload))
                .isEqualTo(vector.path("expectedSignature").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restVectors")
    void restQueryReproducesDocPayloadFromDecodedParams(JsonNode v) {
        String payload = v.path("payload").asText();
        assertThat(CanonicalPayload.restQuery(params(payload, true))).isEqualTo(payload);
    }

    @Test
    void restNonAsciiVectorFromRawSymbolAndSignature() {
        JsonNode vector = vectors().filter(v -> v.path("id").asText().equals("doc-rest-hmac-nonascii"))
                .findFirst().orElseThrow();
        List<Map.Entry<String, String>> params = List.of(
                new SimpleImmutableEntry<>("symbol", "１２３４５６"),
                new SimpleImmutableEntry<>("side", "BUY"),
                new SimpleImmutableEntry<>("type", "LIMIT"),
                new SimpleImmutableEntry<>("timeInForce", "GTC"),
                new SimpleImmutableEntry<>("quantity", "1"),
                new SimpleImmutableEntry<>("price", "0.1"),
                new SimpleImmutableEntry<>("recvWindow", "5000"),
                new SimpleImmutableEntry<>("timestamp", "1499827319559"));
        String query = CanonicalPayload.restQuery(params);
        assertThat(query).isEqualTo(vector.path("payload").asText());
        assertThat(Signers.hmac(vector.path("secretKey").asText()).sign(query))
                .isEqualTo(vector.path("expectedSignature").asText());
    }

    @Test
    void percentEncodeKeepsOnlyUnreserved() {
        assertThat(CanonicalPayload.percentEncode("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(CanonicalPayload.percentEncode("a b+c/=&")).isEqualTo("a%20b%2Bc%2F%3D%26");
        assertThat(CanonicalPayload.percentEncode("１")).isEqualTo("%EF%BC%91");
        assertThat(CanonicalPayload.percentEncode("ab/c+d==")).isEqualTo("ab%2Fc%2Bd%3D%3D");
        assertThat(CanonicalPayload.percentEncode("")).isEmpty();
    }

    @Test
    void wsApiKeepsValuesVerbatim() {
        Map<String, String> params = new HashMap<>();
        params.put("b", "x y/１");
        params.put("a", "1");
        params.put("B", "upper sorts first");
        assertThat(CanonicalPayload.wsApi(params)).isEqualTo("B=upper sorts first&a=1&b=x y/１");
    }
}
