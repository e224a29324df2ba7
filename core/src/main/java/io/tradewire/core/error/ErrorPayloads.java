package io.tradewire.core.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.json.Json;

/** Turns Binance error bodies into {@link BinanceApiException}s. */
public final class ErrorPayloads {
    private static final int MAX_ECHO = 200;

    private ErrorPayloads() {
    }

    /**
     * Parses a REST error body ({@code {"code":-1121,"msg":"Invalid symbol."}}), a WS API error response
     * ({@code {"id":..,"status":400,"error":{"code":..,"msg":..,"data":{"retryAfter":..}},"rateLimits":[..]}})
     * or a bare error object. Extra fields are ignored.
     *
     * @param httpStatus HTTP status; 0 to take the WS API envelope's {@code status}
     * @param json       the body
     * @return the exception; for malformed JSON one with code 0 and a category from the status
     */
    public static BinanceApiException parse(int httpStatus, String json) {
        JsonNode root;
        try {
            root = json == null ? null : Json.mapper().readTree(json);
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return BinanceApiException.of(httpStatus, 0, "unparseable error body: " + echo(json), 0);
        }
        int status = httpStatus;
        JsonNode error = root;
        JsonNode inner = root.get("error");
        if (inner != null && inner.isObject()) {
            error = inner;
            if (status == 0) {
                status = root.path("status").asInt(0);
            }
        }
        int code = error.path("code").asInt(0);
        String msg = error.path("msg").asText("");
        long retryAfter = error.path("data").path("retryAfter").asLong(0);
        if (retryAfter == 0) {
            retryAfter = root.path("retryAfter").asLong(0);
        }
        return BinanceApiException.of(status, code, msg, retryAfter);
    }

    private static String echo(String json) {
        if (json == null) {
            return "null";
        }
        return json.length() <= MAX_ECHO ? json : json.substring(0, MAX_ECHO) + "…";
    }
}
