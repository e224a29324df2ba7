package io.tradewire.simulator.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The parameters of one REST request, read as rest-api.md says: the query string, then (POST, PUT, DELETE) an
 * {@code application/x-www-form-urlencoded} body; a parameter in both is taken from the query string. Values are
 * percent-decoded ({@code +} is a space, as in any form encoding); the signature payload ({@code totalParams})
 * is the query string concatenated with the body exactly as sent, percent-encoding kept, without the
 * {@code signature} pair itself.
 */
final class RestParams {
    /** Parameters in arrival order (query first), as the WS API handlers read them; {@code signature} not included. */
    final LinkedHashMap<String, Param> params = new LinkedHashMap<>();
    /** The {@code signature} value, decoded, or null when not sent. */
    String signature;
    /** {@code totalParams} without the signature pair: the bytes a signature covers. */
    byte[] payload = new byte[0];

    private RestParams() {
    }

    /**
     * Parses a request.
     *
     * @param rawQuery the query string as sent (after '?', without it), or null
     * @param body     the form body as sent, or null when the body does not carry parameters
     * @return the parameters
     * @throws ApiError -1101 for a parameter repeated within the query string or within the body, -1100 for a
     *                  malformed percent-escape
     */
    static RestParams parse(byte[] rawQuery, byte[] body) throws ApiError {
        RestParams out = new RestParams();
        ByteArrayOutputStream payload = new ByteArrayOutputStream(
                (rawQuery == null ? 0 : rawQuery.length) + (body == null ? 0 : body.length));
        LinkedHashMap<String, Param> fromBody = new LinkedHashMap<>();
        String querySignature = out.read(rawQuery, out.params, payload);
        String bodySignature = out.read(body, fromBody, payload);
        // "If a parameter sent in both the query string and request body, the query string parameter will be used."
        fromBody.forEach(out.params::putIfAbsent);
        out.signature = querySignature != null ? querySignature : bodySignature;
        out.payload = payload.toByteArray();
        return out;
    }

    /**
     * Reads one {@code a=1&b=2} string into {@code into} and appends it, without its signature pair, to the payload.
     *
     * @return the decoded signature, or null when this part has none
     */
    private String read(byte[] raw, LinkedHashMap<String, Param> into, ByteArrayOutputStream payload)
            throws ApiError {
        if (raw == null || raw.length == 0) {
            return null;
        }
        String sig = null;
        boolean first = true;
        int start = 0;
        while (start <= raw.length) {
            int end = indexOf(raw, (byte) '&', start);
            int eq = indexOf(raw, (byte) '=', start);
            if (eq < 0 || eq > end) {
                eq = end;
            }
            String name = decode(raw, start, eq);
            boolean isSignature = "signature".equals(name);
            if (!isSignature) {
                // Pairs are rejoined with the '&' that separated them: removing the signature pair and one separator.
                if (!first) {
                    payload.write('&');
                }
                payload.write(raw, start, end - start);
                first = false;
            }
            if (!name.isEmpty() || eq < end) {
                String value = eq < end ? decode(raw, eq + 1, end) : "";
                if (isSignature) {
                    if (sig != null) {
                        throw Errors.duplicateParam();
                    }
                    sig = value;
                } else if (into.putIfAbsent(name, new Param(Param.Kind.STRING, value, List.of())) != null) {
                    throw Errors.duplicateParam();
                }
            }
            start = end + 1;
        }
        return sig;
    }

    private static int indexOf(byte[] raw, byte b, int from) {
        for (int i = from; i < raw.length; i++) {
            if (raw[i] == b) {
                return i;
            }
        }
        return raw.length;
    }

    /** Percent-decodes {@code raw[from, to)} as UTF-8, {@code +} as a space. */
    private static String decode(byte[] raw, int from, int to) throws ApiError {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '%' || b == '+' || b < 0) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(raw, from, to - from, StandardCharsets.US_ASCII);
        }
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '+') {
                out[n++] = ' ';
            } else if (b == '%') {
                int hi = i + 2 < to ? Character.digit(raw[i + 1], 16) : -1;
                int lo = i + 2 < to ? Character.digit(raw[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new ApiError(400, -1100, "Illegal characters found in a parameter.");
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else {
                out[n++] = b;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
