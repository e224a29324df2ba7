package io.tradewire.client.wsapi;

import io.netty.buffer.ByteBuf;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.signing.CanonicalPayload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one WebSocket API request, each kept as the exact text that goes on the wire, because the
 * signature is computed over that text. Decimals travel as JSON strings, integers as JSON numbers.
 */
public final class RequestParams {
    private final List<String> names = new ArrayList<>(16);
    private final List<String> values = new ArrayList<>(16);
    private final List<Boolean> quoted = new ArrayList<>(16);

    /**
     * Adds a string parameter; a null value is skipped so optional fields can be passed through.
     *
     * @param name  parameter name
     * @param value its text, or null
     * @return this
     */
    public RequestParams add(String name, String value) {
        if (value != null) {
            put(name, value, true);
        }
        return this;
    }

    /**
     * Adds a decimal parameter as a plain (never scientific) JSON string; null is skipped.
     *
     * @param name  parameter name
     * @param value the value, or null
     * @return this
     */
    public RequestParams add(String name, BigDecimal value) {
        if (value != null) {
            put(name, Decimals.toPlainString(value), true);
        }
        return this;
    }

    /**
     * Adds an integer parameter as a JSON number.
     *
     * @param name  parameter name
     * @param value the value
     * @return this
     */
    public RequestParams add(String name, long value) {
        put(name, Long.toString(value), false);
        return this;
    }

    /**
     * Adds a parameter whose text is already JSON: a number literal (a recvWindow with a fraction) or an array.
     *
     * @param name        parameter name
     * @param jsonLiteral the JSON text, written as is
     * @return this
     */
    public RequestParams addRawJson(String name, String jsonLiteral) {
        put(name, jsonLiteral, false);
        return this;
    }

    private void put(String name, String value, boolean isString) {
        int i = names.indexOf(name);
        if (i >= 0) {
            throw new IllegalArgumentException("parameter '" + name + "' given twice");
        }
        names.add(name);
        values.add(value);
        quoted.add(isString);
    }

    /** @return an independent copy, to add per-send parameters (timestamp, signature) to */
    public RequestParams copy() {
        RequestParams c = new RequestParams();
        c.names.addAll(names);
        c.values.addAll(values);
        c.quoted.addAll(quoted);
        return c;
    }

    /** @return whether the request has no parameters */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** @return the WS API signature payload: all parameters but {@code signature}, sorted by name */
    public String canonicalPayload() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return CanonicalPayload.wsApi(map);
    }

    /**
     * Writes the parameters as a JSON object.
     *
     * @param out where to write UTF-8 JSON
     */
    public void writeJson(ByteBuf out) {
        out.writeByte('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.writeByte(',');
            }
            JsonText.writeString(out, names.get(i));
            out.writeByte(':');
            if (quoted.get(i)) {
                JsonText.writeString(out, values.get(i));
            } else {
                JsonText.writeAscii(out, values.get(i));
            }
        }
        out.writeByte('}');
    }

    /**
     * @param name a parameter name
     * @return its text, or null
     */
    public String get(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : values.get(i);
    }

    /** @return the parameter names, in insertion order */
    public List<String> names() {
        return List.copyOf(names);
    }
}
