package io.tradewire.client.wsapi;

/**
 * Turns the small vocabulary of an API's answers (symbols, assets, statuses, enum names) into shared Strings
 * without allocating once warm: an open-addressing table keyed by the characters themselves. Bounded: when the
 * probe finds no free slot the text is returned as a fresh String and not remembered, so a stream of unique values
 * cannot grow it. Thread-safe without locks: a slot holds an immutable String, and a racing write at worst costs
 * an extra String.
 */
public final class TextInterner {
    private static final int PROBES = 8;
    private final String[] table;
    private final int mask;

    /**
     * @param capacity slots (rounded up to a power of two)
     */
    public TextInterner(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1) << 1);
        table = new String[cap];
        mask = cap - 1;
    }

    /**
     * @param buf    characters
     * @param offset where the text starts
     * @param length how many characters
     * @return a String equal to the text, shared when the text was seen before
     */
    public String intern(char[] buf, int offset, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + buf[offset + i];
        }
        h ^= h >>> 16;
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (h + probe) & mask;
            String s = table[slot];
            if (s == null) {
                s = new String(buf, offset, length);
                table[slot] = s;
                return s;
            }
            if (equal(s, buf, offset, length)) {
                return s;
            }
        }
        return new String(buf, offset, length);
    }

    private static boolean equal(String s, char[] buf, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != buf[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
