package io.tradewire.client.codec;

import io.tradewire.core.decimal.Decimals;

import java.io.IOException;
import java.math.BigDecimal;
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
    private byte[] buf;
    private int pos;
    private int end;
    private int nameStart;
    private int nameLength;
    private int nameHash;
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
        buf = bytes;
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
     * Moves to the next member of the current object: reads its name (see {@link #nameHash}, {@link FieldTable})
     * and the colon, so the cursor is on its value, which must then be read or {@link #skipValue skipped}.
     *
     * @return false (having consumed the closing brace) when the object has no more members
     * @throws IOException on malformed input
     */
    public boolean nextField() throws IOException {
        skipWhitespace();
        byte b = buf[pos];
        if (b == ',') {
            pos++;
            skipWhitespace();
            b = buf[pos];
        }
        if (b == '}') {
            pos++;
            return false;
        }
        if (b != '"') {
            throw error("expected a field name");
        }
        int p = pos + 1;
        int h = 0;
        int start = p;
        byte[] a = buf;
        int e = end;
        while (p < e) {
            byte c = a[p];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                p++; // names Binance sends never hold escapes; one that does simply matches no known field
            }
            h = 31 * h + c;
            p++;
        }
        if (p >= e) {
            throw error("unterminated field name");
        }
        nameStart = start;
        nameLength = p - start;
        nameHash = h;
        pos = p + 1;
        expect(':');
        return true;
    }

    /**
     * Moves to the next element of the current array.
     *
     * @return false (having consumed the closing bracket) when there are no more
     * @throws IOException on malformed input
     */
    public boolean nextElement() throws IOException {
        skipWhitespace();
        byte b = buf[pos];
        if (b == ',') {
            pos++;
            skipWhitespace();
            b = buf[pos];
        }
        if (b == ']') {
            pos++;
            return false;
        }
        return true;
    }

    /** @return {@link String#hashCode()} of the current field name (for ASCII names) */
    public int nameHash() {
        return nameHash;
    }

    /**
     * @param name an ASCII field name
     * @return whether the current field has that name
     */
    public boolean nameIs(byte[] name) {
        if (name.length != nameLength) {
            return false;
        }
        byte[] a = buf;
        int s = nameStart;
        for (int i = 0; i < name.length; i++) {
            if (a[s + i] != name[i]) {
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
        int p = start;
        boolean ascii = true;
        while (p < end) {
            byte c = buf[p];
            if (c == '"') {
                pos = p + 1;
                return ascii ? new String(buf, start, p - start, StandardCharsets.ISO_8859_1)
                        : new String(buf, start, p - start, StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                return readEscapedString(start);
            }
            if (c < 0) {
                ascii = false;
            }
            p++;
        }
        throw error("unterminated string");
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
        int p = start;
        while (p < end) {
            byte c = buf[p];
            if (c == '"') {
                pos = p + 1;
                return words.intern(buf, start, p - start);
            }
            if (c == '\\' || c < 0) {
                return readString(); // escapes or non-ASCII: not vocabulary, decode in full
            }
            p++;
        }
        throw error("unterminated string");
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
        if (buf[pos] == '"') {
            int start = pos + 1;
            int p = start;
            int h = 0;
            while (p < end) {
                byte c = buf[p];
                if (c == '"') {
                    E known = table.lookup(buf, start, p - start, h);
                    if (known != null) {
                        pos = p + 1;
                        return known;
                    }
                    break;
                }
                if (c == '\\') {
                    break;
                }
                h = 31 * h + c;
                p++;
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
        int p = start;
        while (p < end) {
            byte c = buf[p];
            if (c == '"') {
                pos = p + 1;
                return p - start;
            }
            if (c == '\\') {
                p++;
            }
            p++;
        }
        throw error("unterminated string");
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
