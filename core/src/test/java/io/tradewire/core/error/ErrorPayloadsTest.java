package io.tradewire.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorPayloadsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, httpStatus passed, expected code, expected status, category, retryAfter
        "spot-wsapi-error-1145-body.doc.json, 400, -1145, 400, BAD_REQUEST, 0",
        "spot-wsapi-error-1145-body.doc.json, 0, -1145, 0, BAD_REQUEST, 0",
        "spot-wsapi-error-2011-body.doc.json, 400, -2011, 400, REJECTED, 0",
        "spot-wsapi-error-418-ipban-retryAfter.doc.json, 0, -1003, 418, BANNED, 1659146400000",
        "spot-wsapi-error-429-1.doc.json, 0, -1015, 429, RATE_LIMITED, 0",
        "spot-wsapi-response-error-2010.doc.json, 0, -2010, 400, REJECTED, 0",
    })
    void parsesDocErrorPayloads(String file, int httpStatus, int code, int status, ErrorCategory category,
                                long retryAfter) {
        String json = TestData.text("payloads/" + file);
        String msg = msgOf(TestData.json("payloads/" + file));
        BinanceApiException e = ErrorPayloads.parse(httpStatus, json);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.category()).isEqualTo(category);
        assertThat(e.retryAfterEpochMs()).isEqualTo(retryAfter);
        assertThat(e.binanceMessage()).isEqualTo(msg);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.getMessage()).isEqualTo("Binance error " + code + " (HTTP " + status + ", " + category + "): " + msg);
    }

    private static String msgOf(JsonNode node) {
        return node.has("error") ? node.path("error").path("msg").asText() : node.path("msg").asText();
    }

    /** Every error payload listed in index.json is covered by the table above. */
    @Test
    void everyIndexedErrorPayloadParses() {
        List<String> errorFiles = new ArrayList<>();
        for (JsonNode entry : TestData.json("payloads/index.json")) {
            String file = entry.path("file").asText();
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (name.startsWith("spot-wsapi-error-") || name.startsWith("spot-wsapi-response-error-")) {
                errorFiles.add(name);
            }
        }
        assertThat(errorFiles).containsExactlyInAnyOrder("spot-wsapi-error-1145-body.doc.json",
                "spot-wsapi-error-2011-body.doc.json", "spot-wsapi-error-418-ipban-retryAfter.doc.json",
                "spot-wsapi-error-429-1.doc.json", "spot-wsapi-response-error-2010.doc.json");
        for (String file : errorFiles) {
            BinanceApiException e = ErrorPayloads.parse(0, TestData.text("payloads/" + file));
            assertThat(e.code()).as(file).isNegative();
            assertThat(e.binanceMessage()).as(file).isNotEmpty();
        }
    }

    @Test
    void restBodyAndInnerObject() {
        BinanceApiException rest = ErrorPayloads.parse(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
        assertThat(rest.code()).isEqualTo(-1121);
        assertThat(rest.httpStatus()).isEqualTo(400);
        assertThat(rest.category()).isEqualTo(ErrorCategory.BAD_REQUEST);
        assertThat(rest.getMessage()).isEqualTo("Binance error -1121 (HTTP 400, BAD_REQUEST): Invalid symbol.");

        BinanceApiException inner = ErrorPayloads.parse(0,
                "{\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server.\",\"extra\":[1,2]}");
        assertThat(inner.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(inner.outcomeUnknown()).isTrue();
    }

    @Test
    void explicitHttpStatusWinsOverEnvelope() {
        BinanceApiException e = ErrorPayloads.parse(503,
                "{\"id\":1,\"status\":400,\"error\":{\"code\":-2010,\"msg\":\"x\"}}");
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
    }

    @Test
    void malformedBodies() {
        BinanceApiException html = ErrorPayloads.parse(502, "<html>Bad Gateway</html>");
        assertThat(html.code()).isZero();
        assertThat(html.httpStatus()).isEqualTo(502);
        assertThat(html.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(html.binanceMessage()).contains("unparseable error body");

        assertThat(ErrorPayloads.parse(403, "").category()).isEqualTo(ErrorCategory.BAD_REQUEST);
        assertThat(ErrorPayloads.parse(429, null).category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(ErrorPayloads.parse(418, "[1,2]").category()).isEqualTo(ErrorCategory.BANNED);
        assertThat(ErrorPayloads.parse(400, "{\"code\":\"oops\"}").code()).isZero();
        String longBody = "x".repeat(10_000);
        assertThat(ErrorPayloads.parse(500, longBody).getMessage().length()).isLessThan(400);
    }

    @Test
    void localFailures() {
        BinanceApiException timeout = BinanceApiException.timeout("order.place", 5_000_000_000L);
        assertThat(timeout.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(timeout.outcomeUnknown()).isTrue();
        assertThat(timeout.code()).isZero();
        assertThat(timeout.httpStatus()).isZero();
        assertThat(timeout.getMessage()).contains("order.place").contains("5000 ms");

        BinanceApiException gone = BinanceApiException.disconnected("order.cancel");
        assertThat(gone.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(gone.getMessage()).contains("order.cancel");

        BinanceApiException notSent = BinanceApiException.notSent("order.place", "not connected");
        assertThat(notSent.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(notSent.outcomeUnknown()).isFalse();
        assertThat(notSent.getMessage()).isEqualTo("Binance error 0 (HTTP 0, REJECTED): order.place not sent: not connected");

        BinanceApiException of = BinanceApiException.of(418, -1003, null, 42L);
        assertThat(of.binanceMessage()).isEmpty();
        assertThat(of.retryAfterEpochMs()).isEqualTo(42L);
    }
}
