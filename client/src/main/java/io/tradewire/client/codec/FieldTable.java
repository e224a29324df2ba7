package io.tradewire.client.codec;

import java.nio.charset.StandardCharsets;

/**
 * The field names one decoder knows, looked up by the bytes {@link JsonCursor#nextField()} just read: the cursor's
 * cheap hash of the name picks a slot, one comparison (eight bytes at a time) confirms it. Decoders switch on the returned index, so a field
 * costs a hash and a compare instead of a String and a {@code switch} on it.
 */
public final class FieldTable {
    /** What {@link #lookup} returns for a name this table does not hold. */
    public static final int UNKNOWN = -1;

    private final byte[][] names;
    private final int[] indexes;
    private final int mask;

    private FieldTable(String[] fields) {
        int cap = Integer.highestOneBit(Math.max(8, fields.length * 4 - 1)) << 1;
        names = new byte[cap][];
        indexes = new int[cap];
        mask = cap - 1;
        for (int i = 0; i < fields.length; i++) {
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
