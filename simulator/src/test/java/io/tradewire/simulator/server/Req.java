package io.tradewire.simulator.server;

import io.tradewire.core.signing.CanonicalPayload;
import io.tradewire.core.signing.RequestSigner;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds request JSON with full control of each parameter's JSON form (string vs number vs boolean),
 * and signs over the parameter texts the way Binance clients do.
 */
final class Req {
    private final String idJson;
    private final String method;
    /** name -> JSON literal */
    private final Map<String, String> json = new LinkedHashMap<>();
    /** name -> text that is signed */
    private final Map<String, String> text = new LinkedHashMap<>();

    private Req(String idJson, String method) {
        this.idJson = idJson;
        this.method = method;
    }

    static Req of(String method) {
        return new Req("\"t-1\"", method);
    }

    static Req withId(String idJson, String method) {
        return new Req(idJson, method);
    }

    Req str(String name, String value) {
        json.put(name, "\"" + value + "\"");
        text.put(name, value);
        return this;
    }

    /** A JSON number; {@code literal} is written as is. */
    Req num(String name, String literal) {
        json.put(name, literal);
        text.put(name, literal);
        return this;
    }

    Req num(String name, long value) {
        return num(name, Long.toString(value));
    }

    Req bool(String name, boolean value) {
        json.put(name, Boolean.toString(value));
        text.put(name, Boolean.toString(value));
        return this;
    }

    /** Adds apiKey and the signature over every parameter. */
    Req sign(String apiKey, RequestSigner signer) {
        str("apiKey", apiKey);
        String payload = CanonicalPayload.wsApi(text);
        return str("signature", signer.sign(payload));
    }

    String json() {
        StringBuilder sb = new StringBuilder("{\"id\":").append(idJson).append(",\"method\":\"").append(method).append('"');
        if (!json.isEmpty()) {
            sb.append(",\"params\":{");
            boolean first = true;
            for (Map.Entry<String, String> e : json.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append('"').append(e.getKey()).append("\":").append(e.getValue());
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }
}
