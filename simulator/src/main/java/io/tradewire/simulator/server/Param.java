package io.tradewire.simulator.server;

import java.util.List;

/**
 * One request parameter as it arrived. {@link #text()} is the exact text a client signed: a JSON
 * string's unescaped value, a JSON number's literal ("0.00847000", "1e-5"), "true"/"false", or a
 * compact rendering of an array.
 */
final class Param {
    enum Kind { STRING, NUMBER, BOOLEAN, NULL, ARRAY, OBJECT }

    private final Kind kind;
    private final String text;
    private final List<String> elements;

    Param(Kind kind, String text, List<String> elements) {
        this.kind = kind;
        this.text = text;
        this.elements = elements;
    }

    Kind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    /** Array elements' texts; empty for scalars. */
    List<String> elements() {
        return elements;
    }

    /** Null or empty string: Binance treats both as "not sent". */
    boolean isEmpty() {
        return kind == Kind.NULL || text.isEmpty();
    }

    @Override
    public String toString() {
        return kind + ":" + text;
    }
}
