package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pre-encoded JSON strings for the words every response repeats: field names (constants of the writers) and
 * string values from small sets (enum wire names, symbols). A pre-encoded string is copied as bytes; a plain
 * {@code String} is re-checked for escapes char by char on every write. The output is the same.
 */
final class JsonWords {
    /** Distinct values kept at most: the sets are small, so this only stops an unexpected unbounded one. */
    private static final int MAX_VALUES = 1024;
    private static final ConcurrentHashMap<String, SerializedString> VALUES = new ConcurrentHashMap<>();

    private JsonWords() {
    }

    /** A field name or constant value, encoded once. */
    static SerializedString of(String word) {
        return new SerializedString(word);
    }

    /**
     * Writes a string value that comes from a small set (an enum's wire name, a symbol), as
     * {@link JsonGenerator#writeString(String)} would.
     */
    static void value(JsonGenerator g, String word) throws IOException {
        if (word == null) {
            g.writeString((String) null);
            return;
        }
        SerializedString s = VALUES.get(word);
        if (s == null) {
            if (VALUES.size() >= MAX_VALUES) {
                g.writeString(word);
                return;
            }
            s = VALUES.computeIfAbsent(word, SerializedString::new);
        }
        g.writeString(s);
    }

    /** {@code "name":"word"} with a pre-encoded name and a small-set value. */
    static void field(JsonGenerator g, SerializedString name, String word) throws IOException {
        g.writeFieldName(name);
        value(g, word);
    }
}
