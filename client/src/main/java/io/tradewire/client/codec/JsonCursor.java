package io.tradewire.client.codec;

import io.tradewire.core.decimal.Decimals;

import java.io.IOException;
import java.math.BigDecimal;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A forward-only reader over one JSON document in a byte array: the answers on the order path are read straight
 * from the frame's bytes, with no tokenizer objects, no intermediate Strings for names and no tree. Field names
 * are matched with a {@link FieldTable} on their bytes; values are read only when asked for and skipped otherwise.
 *
 * <p>It accepts the JSON that Binance sends and rejects what it cannot read with an {@link IOException} naming the
 * offset; it is not a validator (a stray comma between members is tolerated). Internal to the client; reusable,
 * not thread-safe: one instance per I/O thread.
 */
public final class JsonCursor {
    /** Eight bytes at a time: strings are scanned a word per step, not a byte per step. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long ZERO_DIGITS = ONES * '0'; // '0' in every byte: subtracted, digits become values
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';

    private byte[] buf;
    private int pos;
    private int end;
    private int nameStart;
    private int nameLength;
    private char[] chars = new char[64];

    /**
     * Points the cursor at a document.
     *
     * @param bytes  UTF-8 JSON
     * @param offset where it starts
     * @param length its length
     * @return this
     */
    public JsonCursor reset(byte[] bytes, int offset, int length) {
        if (buf != bytes) {
            buf = bytes; // only when it changes: a reference store into a long-lived cursor costs a GC barrier
        }
        pos = offset;
        end = offset + length;
        return this;
    }

    /** @return the array the cursor reads */
    public byte[] buffer() {
        return buf;
    }

    /** @return the offset of the next unread byte */
    public int position() {
        return pos;
    }

    private long[] longScratch = new long[0];

    /**
     * Scratch for a decoder that collects an object's integers before building it: owned by this cursor, so by
     * one thread, and reused from answer to answer (integers only: storing references into a long-lived array
     * would cost a GC barrier per store, more than a fresh array). Only the decoder of the value being read may hold it, and only
     * until that value is read; it must not hand the cursor to another decoder that asks for it meanwhile.
     *
     * @param n    slots needed
     * @param fill the value every slot starts with
     * @return at least {@code n} slots, the first {@code n} set to {@code fill}
     */
    public long[] scratchLongs(int n, long fill) {
        if (longScratch.length < n) {
            longScratch = new long[n];
        }
        java.util.Arrays.fill(longScratch, 0, n, fill);
        return longScratch;
    }

    /**
     * Moves back to an earlier {@link #position()} of the same input, to read from there again.
     *
     * @param position an offset {@link #position()} or {@link #valueStart()} returned since the last reset
     * @throws IllegalArgumentException when it lies outside the input
     */
    public void rewind(int position) {
        if (position < 0 || position > end) {
            throw new IllegalArgumentException("position " + position + " outside the input (end " + end + ")");
        }
        pos = position;
    }

    /**
     * Consumes exactly these bytes if they come next (no whitespace skipped): how a reader that remembers what it
     * read last confirms a repeat in one vectorised comparison.
     *
     * @param expected the bytes
     * @return whether they came next; false leaves the cursor where it was
     */
    public boolean skipIf(byte[] expected) {
        int n = expected.length;
        int p = pos;
        if (p + n <= end && java.util.Arrays.equals(buf, p, p + n, expected, 0, n)) {
            pos = p + n;
            return true;
        }
        return false;
    }

    /**
     * Skips whitespace and says where the next value starts (for handing it to another decoder).
     *
     * @return its offset
     * @throws IOException at the end of the input
     */
    public int valueStart() throws IOException {
        skipWhitespace();
        return pos;
    }

    /**
     * @return the first byte of the next value, without consuming it
     * @throws IOException at the end of the input
     */
    public byte peek() throws IOException {
        skipWhitespace();
        return buf[pos];
    }

    /**
     * Consumes the {@code {} that opens an object.
     *
     * @throws IOException when the next value is not an object
     */
    public void beginObject() throws IOException {
        expect('{');
    }

    /**
     * Consumes the {@code [} that opens an array.
     *
     * @throws IOException when the next value is not an array
     */
    public void beginArray() throws IOException {
        expect('[');
    }

    /**
     * Moves to the next member of the current object: reads its name (see {@link #nameHash()}, {@link FieldTable})
     * and the colon, so the cursor is on its value, which must then be read or {@link #skipValue skipped}.
     *
     * @return false (having consumed the closing brace) when the object has no more members
     * @throws IOException on malformed input
     */
    public boolean nextField() throws IOException {
        byte b = afterSeparator();
        if (b == '}') {
            pos++;
            return false;
        }
        if (b != '"') {
            throw error("expected a field name");
        }
        int start = pos + 1;
        int close = closingQuote(start); // names Binance sends never hold escapes; one that does matches no field
        nameStart = start;
        nameLength = close - start;
        pos = close + 1;
        expect(':');
        return true;
    }

    /**
     * Consumes the next member's name if it is exactly the one given (after the comma that separates members, and
     * with no whitespace around), leaving the cursor on its value.
     *
     * @param quotedName the name as on the wire, quotes and colon included: {@code "price":}
     * @return whether it was; false leaves the cursor where it was
     */
    boolean tryField(byte[] quotedName) {
        int p = pos;
        if (p < end && buf[p] == ',') {
            p++;
        }
        int n = quotedName.length;
        if (p + n <= end && same(buf, p, quotedName)) {
            nameStart = p + 1;
            nameLength = n - 3;
            pos = p + n;
            return true;
        }
        return false;
    }

    /**
     * The hash {@link FieldTable} and {@link EnumTable} file names under: the length and four of the bytes, so a
     * name costs a few operations whatever its length (the exact comparison that follows settles collisions).
     *
     * @param a      bytes
     * @param start  where the name starts
     * @param length its length
     * @return the hash
     */
    static int hash(byte[] a, int start, int length) {
        if (length == 0) {
            return 0;
        }
        int h = length;
        h = 31 * h + a[start];
        h = 31 * h + a[start + length - 1];
        h = 31 * h + a[start + (length >> 1)];
        h = 31 * h + a[start + (length > 1 ? 1 : 0)];
        return h;
    }

    /**
     * The offset of the quote that closes a string whose content starts at {@code from}, skipping escaped quotes.
     */
    private int closingQuote(int from) throws IOException {
        byte[] a = buf;
        int e = end;
        int p = from;
        while (p + 8 <= e) {
            long w = (long) LONGS.get(a, p);
            long q = w ^ QUOTES;
            long bs = w ^ BACKSLASHES;
            long hit = ((q - ONES) & ~q | (bs - ONES) & ~bs) & HIGHS;
            if (hit == 0) {
                p += 8;
                continue;
            }
            p += Long.numberOfTrailingZeros(hit) >>> 3;
            if (a[p] == '"') {
                return p;
            }
            p += 2; // a backslash and the byte it escapes
        }
        while (p < e) {
            byte c = a[p];
            if (c == '"') {
                return p;
            }
            p += c == '\\' ? 2 : 1;
        }
        throw error("unterminated string");
    }

    /**
     * The offset of the quote that closes a plain string (ASCII, no escapes) whose content starts at {@code from},
     * found in one pass eight bytes at a time; -1 when a backslash or a byte of 0x80 or above comes first (or the
     * input ends), for the careful path to decode. Client order ids, symbols and assets are plain.
     */
    private int plainClose(int from) {
        byte[] a = buf;
        int e = end;
        int p = from;
        while (p + 8 <= e) {
            long w = (long) LONGS.get(a, p);
            long q = w ^ QUOTES;
            long bs = w ^ BACKSLASHES;
            // exact for the lowest hit: a false positive can only follow a true one
            long hit = ((q - ONES) & ~q | (bs - ONES) & ~bs | w) & HIGHS;
            if (hit == 0) {
                p += 8;
                continue;
            }
            p += Long.numberOfTrailingZeros(hit) >>> 3;
            return a[p] == '"' ? p : -1;
        }
        while (p < e) {
            byte c = a[p];
            if (c == '"') {
                return p;
            }
            if (c < 0 || c == '\\') {
                return -1;
            }
            p++;
        }
        return -1;
    }

    /**
     * Moves to the next element of the current array.
     *
     * @return false (having consumed the closing bracket) when there are no more
     * @throws IOException on malformed input
     */
    public boolean nextElement() throws IOException {
        byte b = afterSeparator();
        if (b == ']') {
            pos++;
            return false;
        }
        return true;
    }

    /** Skips whitespace and the comma between members or elements, if any: the byte the cursor is then on. */
    private byte afterSeparator() throws IOException {
        skipWhitespace();
        byte b = buf[pos];
        if (b == ',') {
            pos++;
            skipWhitespace();
            b = buf[pos];
        }
        return b;
    }

    /** @return the current field name's hash, as {@link FieldTable} files names (see {@link #hash}) */
    public int nameHash() {
        return hash(buf, nameStart, nameLength);
    }

    /**
     * @param name an ASCII field name
     * @return whether the current field has that name
     */
    public boolean nameIs(byte[] name) {
        return nameLength == name.length && same(buf, nameStart, name);
    }

    /**
     * Whether a[start, start + name.length) equals name (the caller has checked it fits): eight bytes at a time, the
     * last word overlapping the one before it, so no byte-by-byte tail for names of eight bytes or more; four at a
     * time the same way for shorter ones.
     */
    static boolean same(byte[] a, int start, byte[] name) {
        int n = name.length;
        if (n >= 8) {
            int last = n - 8;
            for (int i = 0; i < last; i += 8) {
                if ((long) LONGS.get(a, start + i) != (long) LONGS.get(name, i)) {
                    return false;
                }
            }
            return (long) LONGS.get(a, start + last) == (long) LONGS.get(name, last);
        }
        if (n >= 4) {
            return (int) INTS.get(a, start) == (int) INTS.get(name, 0)
                    && (int) INTS.get(a, start + n - 4) == (int) INTS.get(name, n - 4);
        }
        for (int i = 0; i < n; i++) {
            if (a[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the current field name (allocates: for messages) */
    public String name() {
        return new String(buf, nameStart, nameLength, StandardCharsets.UTF_8);
    }

    /**
     * Consumes a {@code null} if that is the next value.
     *
     * @return whether it was null
     * @throws IOException at the end of the input
     */
    public boolean readNull() throws IOException {
        skipWhitespace();
        if (buf[pos] == 'n') {
            literal("null");
            return true;
        }
        return false;
    }

    /**
     * Reads an integer, given as a JSON number or as a string holding one.
     *
     * @return its value
     * @throws IOException when it is not an integer or does not fit a long
     */
    public long readLong() throws IOException {
        skipWhitespace();
        byte[] a = buf;
        int p = pos;
        if (p + 17 <= end) {
            // An unquoted run of 1-15 digits (ids, times, counts): a word or two, then the byte that ended it must
            // end a number; anything else (quotes, signs, fractions, longer runs) takes the general path.
            long w = (long) LONGS.get(a, p);
            int n = leadingDigits(w);
            long v;
            if (n < 8) {
                v = n == 0 ? 0 : digitsValue(w, n); // no digit: the general path's, checked below
            } else {
                long w2 = (long) LONGS.get(a, p + 8);
                int m = leadingDigits(w2);
                v = digitsValue(w, 8);
                if (m > 0 && m < 8) { // (8 more would be 16 digits: the general path's)
                    v = v * TENS[m] + digitsValue(w2, m);
                }
                n = 8 + m;
            }
            byte after = a[p + n];
            if (n > 0 && n < 16 && after != '.' && after != 'e' && after != 'E') {
                pos = p + n;
                return v;
            }
        }
        boolean quoted = a[p] == '"';
        if (quoted) {
            p++;
        }
        boolean negative = p < end && a[p] == '-';
        if (negative) {
            p++;
        }
        long v = digits(p);
        int q = digitsEnd;
        int n = q - p;
        // Under 18 digits the run ended on a non-digit; 18 or more go the careful way (overflow checks).
        if (n > 0 && n < 18 && (q >= end || (a[q] != '.' && a[q] != 'e' && a[q] != 'E'))
                && (!quoted || (q < end && a[q] == '"'))) {
            pos = quoted ? q + 1 : q;
            return negative ? -v : v;
        }
        return readLongCarefully(); // 19 digits, a fraction, or malformed: checked byte by byte
    }

    /** Where the run of digits {@link #digits} read ended. */
    private int digitsEnd;

    /**
     * Reads a run of up to 18 decimal digits from {@code from} (8 at a time where it can); {@link #digitsEnd} says
     * where the run ended. Longer runs stop after 18 digits (the callers then take their careful path).
     */
    private long digits(int from) {
        byte[] a = buf;
        int e = end;
        int p = from;
        long v = 0;
        int limit = Math.min(e, from + 18);
        // Eight bytes at a time, however short the run: find where the digits stop in the word, shift them to its
        // top (the bytes below become leading zeros) and parse all eight at once. No loop per digit, and one
        // branch per word, so a 5-digit price or a 13-digit timestamp costs one or two words.
        while (p < limit) {
            if (p + 8 > e) {
                return digitsByteByByte(p, limit, v);
            }
            long w = (long) LONGS.get(a, p);
            int n = leadingDigits(w); // digits at the start of the word, 0..8
            n = Math.min(n, limit - p);
            if (n == 0) {
                break;
            }
            v = v * TENS[n] + digitsValue(w, n);
            p += n;
            if (n < 8) {
                break;
            }
        }
        digitsEnd = p;
        return v;
    }

    /**
     * How many of the word's bytes, from the lowest, are '0'..'9': 0 to 8. Per byte, a digit has high nibble 3 and
     * still 3 after adding 6. A carry out of a non-digit byte only spoils the bytes after it, never the digits before
     * it, so the first non-digit found is exact.
     */
    private static int leadingDigits(long w) {
        long nonDigits = ((w & 0xF0F0F0F0F0F0F0F0L) ^ ZERO_DIGITS)
                | (((w + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) ^ ZERO_DIGITS);
        return Long.numberOfTrailingZeros(nonDigits) >>> 3;
    }

    /**
     * The value of the first {@code n} digits of the word ({@code 1 <= n <= 8}; the caller counted them with
     * {@link #leadingDigits}): shifted to the top so the bytes below become leading zeros, then all eight at once,
     * pairs, quads, then eight (Lemire's eight-digit parse). {@code n} must not be 0: a shift by 64 is a shift by 0.
     */
    private static long digitsValue(long w, int n) {
        long d = (w - ZERO_DIGITS) << ((8 - n) << 3);
        d = (d * 10 + (d >>> 8)) & 0x00FF00FF00FF00FFL;
        d = (d * 100 + (d >>> 16)) & 0x0000FFFF0000FFFFL;
        return (d * 10000 + (d >>> 32)) & 0xFFFFFFFFL;
    }

    /** The tail of {@link #digits} where fewer than eight bytes are left in the input. */
    private long digitsByteByByte(int from, int limit, long v) {
        byte[] a = buf;
        int p = from;
        while (p < limit) {
            int d = a[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = v * 10 + d;
            p++;
        }
        digitsEnd = p;
        return v;
    }

    private long readLongCarefully() throws IOException {
        skipWhitespace();
        boolean quoted = buf[pos] == '"';
        if (quoted) {
            pos++;
        }
        int p = pos;
        boolean negative = false;
        if (p < end && buf[p] == '-') {
            negative = true;
            p++;
        }
        int digitsStart = p;
        long v = 0;
        while (p < end) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (v < -922337203685477580L || (v == -922337203685477580L && d > (negative ? 8 : 7))) {
                throw error("integer out of range");
            }
            v = v * 10 - d; // accumulate negatively so Long.MIN_VALUE fits
            p++;
        }
        if (p == digitsStart) {
            throw error("expected an integer");
        }
        if (p < end && (buf[p] == '.' || buf[p] == 'e' || buf[p] == 'E')) {
            throw error("expected an integer");
        }
        pos = p;
        if (quoted) {
            expect('"');
        }
        return negative ? v : -v;
    }

    /**
     * @return an integer that must fit an int
     * @throws IOException when it does not
     */
    public int readInt() throws IOException {
        long v = readLong();
        if (v != (int) v) {
            throw error("integer out of int range");
        }
        return (int) v;
    }

    /**
     * Reads {@code true} or {@code false} (also as strings, as some endpoints send them).
     *
     * @return the value
     * @throws IOException when it is neither
     */
    public boolean readBoolean() throws IOException {
        skipWhitespace();
        byte b = buf[pos];
        if (b == 't') {
            literal("true");
            return true;
        }
        if (b == 'f') {
            literal("false");
            return false;
        }
        if (b == '"') {
            int s = pos + 1;
            int n = skipString();
            if (n == 4 && buf[s] == 't') {
                return true;
            }
            if (n == 5 && buf[s] == 'f') {
                return false;
            }
        }
        throw error("expected a boolean");
    }

    /**
     * Reads an exact decimal, given as a string (Binance's way) or as a number; never through {@code double}.
     *
     * @return the value, with the scale it was written with
     * @throws IOException when it is not a decimal
     */
    public BigDecimal readDecimal() throws IOException {
        skipWhitespace();
        byte[] a = buf;
        int p = pos;
        if (p + 18 <= end && a[p] == '"') {
            // Binance's shape, "23416.10000000": a quote, 1-7 digits, a dot, 1-8 digits, a quote. One word for
            // each run of digits; anything else (a sign, longer runs, no dot, an exponent) takes the general path.
            long w = (long) LONGS.get(a, p + 1);
            int whole = leadingDigits(w);
            if (whole > 0 && whole < 8 && a[p + 1 + whole] == '.') {
                int f = p + 2 + whole; // at most p + 9, so its word and the byte after it lie within p + 18
                long w2 = (long) LONGS.get(a, f);
                int scale = leadingDigits(w2);
                if (scale > 0 && a[f + scale] == '"') {
                    long unscaled = digitsValue(w, whole) * TENS[scale]
                            + digitsValue(w2, scale);
                    pos = f + scale + 1;
                    return BigDecimal.valueOf(unscaled, scale);
                }
            }
        }
        boolean quoted = a[p] == '"';
        if (quoted) {
            p++;
        }
        boolean negative = p < end && a[p] == '-';
        if (negative) {
            p++;
        }
        long whole = digits(p);
        int q = digitsEnd;
        int wholeDigits = q - p;
        if (wholeDigits > 0 && wholeDigits < 18) {
            long unscaled = whole;
            int scale = 0;
            if (q < end && a[q] == '.') {
                long fraction = digits(q + 1);
                scale = digitsEnd - (q + 1);
                q = digitsEnd;
                if (scale + wholeDigits > 18) {
                    return readDecimalCarefully(); // more digits than a long holds exactly: rare
                }
                unscaled = whole * TENS[scale] + fraction;
            }
            // Both runs are under 18 digits, so each ended on a non-digit.
            if ((q >= end || (a[q] != 'e' && a[q] != 'E' && a[q] != '.'))
                    && (!quoted || (q < end && a[q] == '"'))) {
                pos = quoted ? q + 1 : q;
                return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
            }
        }
        return readDecimalCarefully(); // an exponent, a sign, 18+ digits or malformed: byte by byte
    }

    private static final long[] TENS = new long[19];

    static {
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
        }
    }

    private BigDecimal readDecimalCarefully() throws IOException {
        skipWhitespace();
        boolean quoted = buf[pos] == '"';
        if (quoted) {
            pos++;
        }
        int start = pos;
        int p = start;
        boolean negative = false;
        if (p < end && (buf[p] == '-' || buf[p] == '+')) {
            negative = buf[p] == '-';
            p++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        boolean simple = true;
        while (p < end) {
            byte c = buf[p];
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    unscaled = unscaled * 10 + (c - '0');
                } else {
                    simple = false;
                }
                if (unscaled != 0 || digits > 0) {
                    digits++;
                }
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c == 'e' || c == 'E' || c == '+' || c == '-') {
                simple = false;
            } else {
                break;
            }
            p++;
        }
        int length = p - start;
        if (length == 0 || (length == 1 && (negative || buf[start] == '+'))) {
            throw error("expected a decimal");
        }
        pos = p;
        if (quoted) {
            expect('"');
        }
        if (simple) {
            return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
        }
        return slowDecimal(start, length); // more than 18 significant digits or an exponent: rare
    }

    private BigDecimal slowDecimal(int start, int length) throws IOException {
        char[] c = charScratch(length);
        for (int i = 0; i < length; i++) {
            c[i] = (char) buf[start + i];
        }
        try {
            return Decimals.parse(c, 0, length);
        } catch (RuntimeException e) {
            throw error("malformed decimal: " + e.getMessage());
        }
    }

    /**
     * Reads a string.
     *
     * @return its text, or null for a JSON null
     * @throws IOException when it is neither
     */
    public String readString() throws IOException {
        skipWhitespace();
        byte b = buf[pos];
        if (b == 'n') {
            literal("null");
            return null;
        }
        if (b != '"') {
            return readScalarText();
        }
        int start = pos + 1;
        int close = plainClose(start);
        if (close >= 0) {
            pos = close + 1;
            return new String(buf, start, close - start, StandardCharsets.ISO_8859_1); // plain ASCII
        }
        return readEscapedString(start); // escapes, UTF-8, or unterminated (reported there)
    }

    /**
     * Reads a string from a small, repeating vocabulary (symbols, assets, enum names) as a shared instance.
     *
     * @param words the shared instances
     * @return its text, or null for a JSON null
     * @throws IOException when it is not a string
     */
    public String readWord(ByteInterner words) throws IOException {
        skipWhitespace();
        if (buf[pos] != '"') {
            return readString();
        }
        int start = pos + 1;
        int close = plainClose(start);
        if (close < 0) {
            return readString(); // escapes or non-ASCII: not vocabulary, decode in full
        }
        pos = close + 1;
        return words.intern(buf, start, close - start);
    }

    /**
     * Reads a value of one of the API's open enums.
     *
     * @param table its documented values
     * @param <E>   the enum type
     * @return the shared constant, the enum's value for a name it does not document, or null for a JSON null
     * @throws IOException when it is not a string
     */
    public <E> E readEnum(EnumTable<E> table) throws IOException {
        skipWhitespace();
        int hint = table.hint(); // the value seen last: one comparison when it comes again
        if (hint >= 0) {
            byte[] last = table.quotedAt(hint);
            if (pos + last.length <= end && same(buf, pos, last)) {
                pos += last.length;
                return table.valueAt(hint);
            }
        }
        if (buf[pos] == '"') {
            int start = pos + 1;
            int close = closingQuote(start);
            E known = table.lookup(buf, start, close - start, hash(buf, start, close - start));
            if (known != null) {
                pos = close + 1;
                return known;
            }
        }
        String text = readString();
        return text == null ? null : table.unknown(text);
    }

    /**
     * Skips the next value, whatever it is.
     *
     * @throws IOException on malformed input
     */
    public void skipValue() throws IOException {
        skipWhitespace();
        byte b = buf[pos];
        if (b == '"') {
            skipString();
        } else if (b == '{' || b == '[') {
            int depth = 0;
            while (pos < end) {
                byte c = buf[pos];
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                    if (depth == 0) {
                        pos++;
                        return;
                    }
                }
                pos++;
            }
            throw error("unterminated " + (b == '{' ? "object" : "array"));
        } else {
            int p = pos;
            while (p < end) {
                byte c = buf[p];
                if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    break;
                }
                p++;
            }
            if (p == pos) {
                throw error("expected a value");
            }
            pos = p;
        }
    }

    /** Skips a string at pos (on its opening quote); returns its raw length. */
    private int skipString() throws IOException {
        int start = ++pos;
        int close = closingQuote(start);
        pos = close + 1;
        return close - start;
    }

    private String readScalarText() throws IOException {
        int start = pos;
        skipValue();
        byte b = buf[start];
        if (b == '{' || b == '[') {
            throw error("expected a string");
        }
        return new String(buf, start, pos - start, StandardCharsets.UTF_8);
    }

    private String readEscapedString(int start) throws IOException {
        // Decode into chars: UTF-8 sequences and JSON escapes. Rare for Binance (client order ids are plain).
        int p = start;
        int n = 0;
        char[] c = charScratch(end - start);
        while (p < end) {
            int b = buf[p] & 0xFF;
            if (b == '"') {
                pos = p + 1;
                return new String(c, 0, n);
            }
            if (b == '\\') {
                if (p + 1 >= end) {
                    break;
                }
                byte e = buf[p + 1];
                p += 2;
                switch (e) {
                    case '"': c[n++] = '"'; break;
                    case '\\': c[n++] = '\\'; break;
                    case '/': c[n++] = '/'; break;
                    case 'b': c[n++] = '\b'; break;
                    case 'f': c[n++] = '\f'; break;
                    case 'n': c[n++] = '\n'; break;
                    case 'r': c[n++] = '\r'; break;
                    case 't': c[n++] = '\t'; break;
                    case 'u':
                        if (p + 4 > end) {
                            throw error("truncated \\u escape");
                        }
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int h = Character.digit(buf[p + k], 16);
                            if (h < 0) {
                                throw error("malformed \\u escape");
                            }
                            v = v * 16 + h;
                        }
                        p += 4;
                        c[n++] = (char) v;
                        break;
                    default:
                        throw error("unknown escape \\" + (char) e);
                }
            } else if (b < 0x80) {
                c[n++] = (char) b;
                p++;
            } else {
                int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (p + len > end) {
                    break;
                }
                String s = new String(buf, p, len, StandardCharsets.UTF_8);
                for (int k = 0; k < s.length(); k++) {
                    c[n++] = s.charAt(k);
                }
                p += len;
            }
        }
        throw error("unterminated string");
    }

    private char[] charScratch(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        return chars;
    }

    private void literal(String word) throws IOException {
        int n = word.length();
        if (pos + n > end) {
            throw error("expected " + word);
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != word.charAt(i)) {
                throw error("expected " + word);
            }
        }
        pos += n;
    }

    private void expect(char c) throws IOException {
        skipWhitespace();
        if (buf[pos] != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipWhitespace() throws IOException {
        int p = pos;
        if (p < end && buf[p] > ' ') {
            return; // the usual case (Binance sends no whitespace): small enough to be inlined everywhere
        }
        skipWhitespaceSlow();
    }

    private void skipWhitespaceSlow() throws IOException {
        int p = pos;
        byte[] a = buf;
        while (p < end) {
            byte b = a[p];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                pos = p;
                return;
            }
            p++;
        }
        pos = p;
        throw new IOException("unexpected end of JSON at offset " + p);
    }

    private IOException error(String what) {
        return new IOException(what + " at offset " + pos);
    }
}
