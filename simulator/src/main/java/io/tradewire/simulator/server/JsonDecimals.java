package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import io.tradewire.core.decimal.Decimals;
import java.io.IOException;

/**
 * Writes scale-8 longs as JSON strings with exactly 8 decimals ({@code "0.01000000"}), straight from the long: no
 * BigDecimal, no String. The text goes through a per-thread buffer, which the generator copies at once: as raw
 * UTF-8 when the generator writes bytes (digits, '-' and '.' never need escaping), else as chars.
 */
final class JsonDecimals {
    static final int SCALE = 8;

    /** Per thread: the ASCII digits from core, and the same as chars for the generator. */
    private static final class Buffers {
        final byte[] bytes = new byte[40];
        final char[] chars = new char[40];
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private JsonDecimals() {
    }

    /** Writes {@code "name":"<scaled with 8 decimals>"}. */
    static void field(JsonGenerator g, String name, long scaled) throws IOException {
        g.writeFieldName(name);
        value(g, scaled);
    }

    /** Writes {@code "name":"<scaled with 8 decimals>"} with a pre-encoded name. */
    static void field(JsonGenerator g, SerializableString name, long scaled) throws IOException {
        g.writeFieldName(name);
        value(g, scaled);
    }

    /** Writes the string value of a scale-8 long. */
    static void value(JsonGenerator g, long scaled) throws IOException {
        Buffers b = BUFFERS.get();
        int n = Decimals.formatScaled(scaled, SCALE, b.bytes, 0);
        if (g instanceof UTF8JsonGenerator) {
            g.writeRawUTF8String(b.bytes, 0, n);
            return;
        }
        char[] c = b.chars;
        byte[] d = b.bytes;
        for (int i = 0; i < n; i++) {
            c[i] = (char) d[i];
        }
        g.writeString(c, 0, n);
    }
}
