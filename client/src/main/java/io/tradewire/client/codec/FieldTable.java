package io.tradewire.client.codec;

import java.nio.charset.StandardCharsets;

/**
 * The field names one decoder knows, looked up by the bytes {@link JsonCursor#nextField()} just read: the cursor's
 * cheap hash of the name picks a slot, one comparison (eight bytes at a time) confirms it. Decoders switch on the
 * returned index, so a field costs a hash and a compare instead of a String and a {@code switch} on it.
 *
 * <p>{@link #next} does better still: Binance writes the fields of an answer in the same order every time, so the
 * table remembers which field followed which and first tries the bytes {@code "name":} of the one expected. A hit
 * costs one comparison; a miss (another order, an unknown field, whitespace) falls back to the lookup. The memory is
 * a hint only: shared between threads without locks, a stale entry merely costs a miss.
 */
public final class FieldTable {
    /** What {@link #lookup} returns for a name this table does not hold. */
    public static final int UNKNOWN = -1;
    /** What {@link #next} returns once the object has no more members. */
    public static final int END = -2;

    private final byte[][] quoted; // per index: "name": as it appears on the wire
    private final int[] successor; // per index: the index that followed it last time, or -1
    private int first = -1;        // the index that came first last time
    private final byte[][] names;
    private final int[] indexes;
    private final int mask;

    private FieldTable(String[] fields) {
        int cap = Integer.highestOneBit(Math.max(8, fields.length * 4 - 1)) << 1;
        names = new byte[cap][];
        indexes = new int[cap];
        mask = cap - 1;
        quoted = new byte[fields.length][];
        successor = new int[fields.length];
        java.util.Arrays.fill(successor, -1);
        for (int i = 0; i < fields.length; i++) {
            quoted[i] = ('"' + fields[i] + "\":").getBytes(StandardCharsets.US_ASCII);
            byte[] name = fields[i].getBytes(StandardCharsets.US_ASCII);
            int slot = spread(JsonCursor.hash(name, 0, name.length)) & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = name;
            indexes[slot] = i;
        }
    }

    /**
     * @param fields ASCII field names; a name's index in this array is what {@link #lookup} returns for it
     * @return the table
     */
    public static FieldTable of(String... fields) {
        return new FieldTable(fields);
    }

    /**
     * Moves the cursor to the next member of the current object, like {@link JsonCursor#nextField()}, and says which
     * field it is.
     *
     * @param cursor   the cursor, inside an object
     * @param previous the index this method returned for the previous member, or -1 at the first
     * @return the field's index, {@link #UNKNOWN} for a name this table does not hold (its value must then be
     *         skipped), or {@link #END} having consumed the closing brace
     * @throws java.io.IOException on malformed input
     */
    public int next(JsonCursor cursor, int previous) throws java.io.IOException {
        int guess = previous >= 0 ? successor[previous] : first;
        if (guess >= 0 && cursor.tryField(quoted[guess])) {
            return guess;
        }
        if (!cursor.nextField()) {
            return END;
        }
        int index = lookup(cursor);
        if (index >= 0) {
            if (previous >= 0) {
                successor[previous] = index;
            } else {
                first = index;
            }
        }
        return index;
    }

    /**
     * @param cursor a cursor just past {@link JsonCursor#nextField()}
     * @return the index of its field name, or {@link #UNKNOWN}
     */
    public int lookup(JsonCursor cursor) {
        int slot = spread(cursor.nameHash()) & mask;
        while (true) {
            byte[] name = names[slot];
            if (name == null) {
                return UNKNOWN;
            }
            if (cursor.nameIs(name)) {
                return indexes[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
