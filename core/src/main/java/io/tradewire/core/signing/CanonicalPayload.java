package io.tradewire.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The exact strings Binance signs. */
public final class CanonicalPayload {
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private CanonicalPayload() {
    }

    /**
     * WebSocket API payload: every parameter except {@code signature}, sorted by name (String natural order),
     * {@code k=v} joined by {@code &}, values exactly as sent, no encoding.
     *
     * @param params request parameters (including {@code apiKey} and {@code timestamp})
     * @return the payload to sign
     */
    public static String wsApi(Map<String, String> params) {
        List<String> names = new ArrayList<>(params.keySet());
        names.sort(null);
        StringBuilder sb = new StringBuilder(params.size() * 24);
        for (String name : names) {
            if ("signature".equals(name)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(name).append('=').append(params.get(name));
        }
        return sb.toString();
    }

    /**
     * RFC 3986 percent-encoding: {@code A-Z a-z 0-9 - . _ ~} kept, every other UTF-8 byte as {@code %XX}
     * (uppercase hex).
     *
     * @param s text
     * @return encoded text
     */
    public static String percentEncode(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isUnreserved(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX_UPPER[(b >> 4) & 0xF]).append(HEX_UPPER[b & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * REST query string / form body as sent and signed: {@code k=v&...} in the given order, keys and values
     * percent-encoded.
     *
     * @param paramsInOrder parameters in sending order
     * @return the query string (also the payload to sign)
     */
    public static String restQuery(List<Map.Entry<String, String>> paramsInOrder) {
        StringBuilder sb = new StringBuilder(paramsInOrder.size() * 24);
        for (Map.Entry<String, String> e : paramsInOrder) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(percentEncode(e.getKey())).append('=').append(percentEncode(e.getValue()));
        }
        return sb.toString();
    }
}
