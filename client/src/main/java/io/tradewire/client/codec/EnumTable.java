package io.tradewire.client.codec;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * The known values of one of the API's open enums, looked up by the bytes of a JSON string: a documented value
 * costs a hash and a byte comparison and returns its shared constant; a value Binance added later goes through
 * the enum's own {@code of(String)} and is kept.
 *
 * @param <E> the enum type
 */
public final class EnumTable<E> {
    private final byte[][] names;
    private final byte[][] quoted; // per slot: "NAME" as on the wire
    private final Object[] values;
    private int lastSlot = -1;      // the value seen last: tried first (a hint; racy by design, a stale one misses)
    private final int mask;
    private final Function<String, E> of;

    private EnumTable(Map<String, E> known, Function<String, E> of) {
        int cap = Integer.highestOneBit(Math.max(8, known.size() * 4 - 1)) << 1;
        names = new byte[cap][];
        quoted = new byte[cap][];
        values = new Object[cap];
        mask = cap - 1;
        this.of = of;
        for (Map.Entry<String, E> e : known.entrySet()) {
            byte[] wire = e.getKey().getBytes(StandardCharsets.US_ASCII);
            int slot = spread(JsonCursor.hash(wire, 0, wire.length)) & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = wire;
            quoted[slot] = ('"' + e.getKey() + '"').getBytes(StandardCharsets.US_ASCII);
            values[slot] = e.getValue();
        }
    }

    /**
     * @param of     the enum's {@code of(String)}: called once per known value here, and for unknown values later
     * @param wireNames the documented wire names
     * @param <E>    the enum type
     * @return the table
     */
    public static <E> EnumTable<E> of(Function<String, E> of, String... wireNames) {
        Map<String, E> known = new java.util.LinkedHashMap<>();
        for (String n : wireNames) {
            known.put(n, of.apply(n));
        }
        return new EnumTable<>(known, of);
    }

    /** @return the slot of the value seen last, or -1 (read once: other threads may move it) */
    int hint() {
        return lastSlot;
    }

    /** @return the value in a slot with its quotes, as on the wire ({@code "FILLED"}) */
    byte[] quotedAt(int slot) {
        return quoted[slot];
    }

    /** @return the value in a slot */
    @SuppressWarnings("unchecked")
    E valueAt(int slot) {
        return (E) values[slot];
    }

    @SuppressWarnings("unchecked")
    E lookup(byte[] buf, int start, int length, int hash) {
        int slot = spread(hash) & mask;
        while (true) {
            byte[] name = names[slot];
            if (name == null) {
                return null;
            }
            if (name.length == length && JsonCursor.same(buf, start, name)) {
                lastSlot = slot;
                return (E) values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    E unknown(String text) {
        return of.apply(text);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
