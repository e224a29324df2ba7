package io.tradewire.simulator.server;

import io.tradewire.core.decimal.Decimals;
import java.math.BigDecimal;

/** Typed reads of request parameters with Binance's errors for missing and malformed values. */
final class Params {
    private Params() {
    }

    static String requireText(WsRequest req, String name) throws ApiError {
        String s = req.text(name);
        if (s == null) {
            throw Errors.mandatory(name);
        }
        return s;
    }

    static long requireLong(WsRequest req, String name) throws ApiError {
        return parseLong(name, requireText(req, name));
    }

    /** The LONG parameter, or {@code absent} when not sent. */
    static long optLong(WsRequest req, String name, long absent) throws ApiError {
        String s = req.text(name);
        return s == null ? absent : parseLong(name, s);
    }

    static long parseLong(String name, String s) throws ApiError {
        if (s.length() > 20) {
            throw Errors.illegalChars(name, Errors.LONG_RANGE);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw Errors.illegalChars(name, Errors.LONG_RANGE);
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ApiError(400, -1108, "Parameter '" + name + "' overflowed.");
        }
    }

    /** The DECIMAL parameter, or null when not sent. Accepts JSON numbers and strings alike. */
    static BigDecimal optDecimal(WsRequest req, String name) throws ApiError {
        String s = req.text(name);
        if (s == null) {
            return null;
        }
        BigDecimal v;
        try {
            v = Decimals.parse(s);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Errors.illegalChars(name, Errors.DECIMAL_RANGE);
        }
        if (v.signum() < 0) {
            throw Errors.illegalChars(name, Errors.DECIMAL_RANGE);
        }
        return v;
    }

    /** "true"/"false" (JSON boolean or string); {@code absent} when not sent. */
    static boolean optBoolean(WsRequest req, String name, boolean absent) throws ApiError {
        String s = req.text(name);
        if (s == null) {
            return absent;
        }
        if ("true".equalsIgnoreCase(s)) {
            return true;
        }
        if ("false".equalsIgnoreCase(s)) {
            return false;
        }
        throw Errors.invalidData(name);
    }
}
