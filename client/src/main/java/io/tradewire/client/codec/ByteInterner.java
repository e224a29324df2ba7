package io.tradewire.client.codec;

import java.nio.charset.StandardCharsets;

/**
 * Turns the small vocabulary of an API's answers (symbols, assets, statuses, enum names), read as ASCII bytes, into
 * shared Strings without allocating once warm: an open-addressing table keyed by the bytes themselves. Bounded:
 * when the probe finds no free slot the text is returned as a fresh String and not remembered, so a stream of
 * unique values cannot grow it. Thread-safe without locks: a slot holds an immutable entry, and a racing write at
 * worst costs an extra String.
 */
public final class ByteInterner {
    private static final int PROBES = 8;
    private final Entry[] table;
    private final int mask;

    /**
     * @param capacity slots (rounded up to a power of two)
     */
    public ByteInterner(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1) << 1);
        table = new Entry[cap];
        mask = cap - 1;
    }

    /**
     * @param buf    ASCII bytes
     * @param offset where the text starts
     * @param length how many bytes
     * @return a String equal to the text, shared when the text was seen before
     */
    public String intern(byte[] buf, int offset, int length) {
        int h = JsonCursor.hash(buf, offset, length); // length and four bytes: words this short rarely collide
        int spread = h ^ (h >>> 16);
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (spread + probe) & mask;
            Entry e = table[slot];
            if (e == null) {
                e = new Entry(h, new String(buf, offset, length, StandardCharsets.ISO_8859_1));
                table[slot] = e;
                return e.text;
            }
            if (e.hash == h && e.matches(buf, offset, length)) {
                return e.text;
            }
        }
        return new String(buf, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static final class Entry {
        final int hash;
        final String text;
        final byte[] bytes;

        Entry(int hash, String text) {
            this.hash = hash;
            this.text = text;
            this.bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        }

        boolean matches(byte[] buf, int offset, int length) {
            return bytes.length == length && JsonCursor.same(buf, offset, bytes); // words are short: inline words
        }
    }
}
