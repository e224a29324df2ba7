package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small streaming helpers shared by the method groups' decoders: no trees, no intermediate Strings. */
final class Decoding {
    /** Decodes one element with the parser on its first token. */
    @FunctionalInterface
    interface Element<T> {
        T decode(JsonParser p) throws IOException;
    }

    private Decoding() {
    }

    /** An array of elements; anything else is skipped and gives an empty list. */
    static <T> List<T> list(JsonParser p, Element<T> e) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return Collections.emptyList();
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            out.add(e.decode(p));
        }
        return out;
    }

    /** One object or an array of them (ticker methods answer an object for {@code symbol}, an array otherwise). */
    static <T> List<T> oneOrMany(JsonParser p, Element<T> e) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            List<T> one = new ArrayList<>(1);
            one.add(e.decode(p));
            return one;
        }
        return list(p, e);
    }

    static void expectObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("expected an object but found " + p.currentToken());
        }
    }

    /** A decimal or null (JSON null). */
    static BigDecimal decimal(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : SpotDecoders.decimal(p);
    }

    /** A word of the API's vocabulary (symbol, asset, enum name), interned; null for JSON null. */
    static String word(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : SpotDecoders.word(p);
    }

    /** Free text (client order ids, messages); null for JSON null. */
    static String text(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    /** A number that may also arrive as a string (Binance has sent {@code E} as a string). */
    static long number(JsonParser p, long ifNull) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? ifNull : p.getValueAsLong(ifNull);
    }
}
