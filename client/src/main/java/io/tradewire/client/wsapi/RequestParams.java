package io.tradewire.client.wsapi;

import io.netty.buffer.ByteBuf;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.signing.RequestSigner;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters of one WebSocket API request, each kept as what goes on the wire, because the signature is computed
 * over exactly that text. Decimals travel as JSON strings, integers as JSON numbers.
 *
 * <p>Built for reuse on the hot path: values live in primitive arrays, {@link #clear()} keeps the storage, names
 * are expected to be constants, and {@link #sign} and {@link #writeJson} sort the parameters once (insertion sort,
 * no allocation) and write the canonical payload and the JSON in that order. A scaled-long decimal
 * ({@link #addScaled}) is printed without allocating; a {@link BigDecimal} costs its {@code toPlainString()}.
 * Not thread-safe: one instance per thread or per request.
 */
public final class RequestParams {
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private String lastMethod;
    private byte[] lastMethodBytes;
    // By position in the last sort's order, valid while the names stay the same (a client sends the same method
    // with the same names again and again): the pre-encoded name with its comma, and the value last written there
    // from the value cache. One identity check per parameter instead of two hash-table lookups.
    private byte[][] positionNames = new byte[16][];
    private String[] positionValueKeys = new String[16];
    private byte[][] positionValueBytes = new byte[16][];
    private boolean positionsValid;

    private static final byte STRING = 0;
    private static final byte LONG = 1;
    private static final byte DECIMAL = 2;
    private static final byte SCALED = 3;
    private static final byte RAW = 4;
    private static final byte SIGNATURE = 5;

    private String[] names = new String[16];
    private byte[] kinds = new byte[16];
    private CharSequence[] texts = new CharSequence[16];
    private BigDecimal[] decimals = new BigDecimal[16];
    private long[] longs = new long[16];
    private int[] scales = new int[16];
    private int[] order = new int[16];
    private String[] lastNames = new String[16]; // the names of the last sort, by identity, and their order
    private int[] lastOrder = new int[16];
    private int lastSize = -1;
    private final String[] nameKeys = new String[64];   // "name": pre-encoded, by identity (names are constants)
    private final String[] valueKeys = new String[64];  // repeated string values, quoted, by identity
    private final byte[][] valueBytes = new byte[64][];
    private final String[] valueCandidates = new String[64];
    private final byte[][] nameBytes = new byte[64][];
    private final byte[][] commaNameBytes = new byte[64][];
    private int size;
    private boolean sorted;
    private byte[] canonical = new byte[512];
    private byte[] signature = new byte[128];
    private byte[] json = new byte[512];
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private int signatureLength;
    private final byte[] number = new byte[40];

    /**
     * Forgets every parameter, keeping the storage.
     *
     * @return this
     */
    public RequestParams clear() {
        Arrays.fill(texts, 0, size, null);
        Arrays.fill(decimals, 0, size, null);
        size = 0;
        sorted = false;
        signatureLength = 0;
        return this;
    }

    /**
     * Adds a string parameter; a null value is skipped so optional fields can be passed through.
     *
     * @param name  parameter name
     * @param value its text, or null
     * @return this
     */
    public RequestParams add(String name, CharSequence value) {
        if (value != null) {
            int i = slot(name, STRING); // slot() may grow the arrays: read them after it
            texts[i] = value;
        }
        return this;
    }

    /**
     * Adds a decimal parameter as a plain (never scientific) JSON string; null is skipped.
     *
     * @param name  parameter name
     * @param value the value, or null
     * @return this
     */
    public RequestParams add(String name, BigDecimal value) {
        if (value != null) {
            int i = slot(name, DECIMAL);
            decimals[i] = value;
        }
        return this;
    }

    /**
     * Adds a decimal given as {@code mantissa * 10^-scale}, printed as a JSON string with exactly {@code scale}
     * fraction digits, without allocating.
     *
     * @param name     parameter name
     * @param mantissa the scaled value
     * @param scale    number of fraction digits, 0 to 18
     * @return this
     */
    public RequestParams addScaled(String name, long mantissa, int scale) {
        if (scale < 0 || scale > Decimals.MAX_SCALE) {
            throw new IllegalArgumentException(name + ": scale " + scale + " is outside 0.." + Decimals.MAX_SCALE);
        }
        int i = slot(name, SCALED);
        longs[i] = mantissa;
        scales[i] = scale;
        return this;
    }

    /**
     * Adds an integer parameter as a JSON number.
     *
     * @param name  parameter name
     * @param value the value
     * @return this
     */
    public RequestParams add(String name, long value) {
        int i = slot(name, LONG);
        longs[i] = value;
        return this;
    }

    /**
     * Adds a parameter whose text is already JSON: a number literal (a recvWindow with a fraction) or an array.
     *
     * @param name        parameter name
     * @param jsonLiteral the JSON text, written as is
     * @return this
     */
    public RequestParams addRawJson(String name, CharSequence jsonLiteral) {
        int i = slot(name, RAW);
        texts[i] = jsonLiteral;
        return this;
    }

    private int slot(String name, byte kind) {
        if (size == names.length) {
            grow();
        }
        int i = size++;
        names[i] = name;
        kinds[i] = kind;
        sorted = false;
        return i;
    }

    private void grow() {
        int n = names.length * 2;
        names = Arrays.copyOf(names, n);
        kinds = Arrays.copyOf(kinds, n);
        texts = Arrays.copyOf(texts, n);
        decimals = Arrays.copyOf(decimals, n);
        longs = Arrays.copyOf(longs, n);
        scales = Arrays.copyOf(scales, n);
        order = Arrays.copyOf(order, n);
    }

    /** @return whether the request has no parameters */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Signs the canonical payload (every parameter but {@code signature}, sorted by name, {@code k=v} joined by
     * {@code &}) and adds the {@code signature} parameter. Garbage-free with an HMAC signer.
     *
     * @param signer the key
     * @return this
     */
    public RequestParams sign(RequestSigner signer) {
        int n = writeCanonical();
        if (signature.length < signer.maxSignatureLength()) {
            signature = new byte[signer.maxSignatureLength()];
        }
        signatureLength = signer.signInto(canonical, 0, n, signature, 0);
        slot("signature", SIGNATURE);
        return this;
    }

    /** @return the canonical payload as a String (for tools and tests; the hot path signs the bytes directly) */
    public String canonicalPayload() {
        return new String(canonical, 0, writeCanonical(), StandardCharsets.UTF_8);
    }

    private int writeCanonical() {
        sort();
        int pos = 0;
        boolean first = true;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            if (kinds[i] == SIGNATURE) {
                continue;
            }
            pos = ensure(pos, names[i].length() * 3 + 2);
            if (!first) {
                canonical[pos++] = '&';
            }
            first = false;
            pos = ascii(names[i], canonical, pos); // names are constants of the API: plain ASCII
            canonical[pos++] = '=';
            pos = writeValue(i, pos);
        }
        return pos;
    }

    /** Writes parameter i's wire text into {@link #canonical} at pos; returns the new end. */
    private int writeValue(int i, int pos) {
        switch (kinds[i]) {
            case STRING:
            case RAW: {
                CharSequence t = texts[i];
                pos = ensure(pos, t.length() * 3);
                return utf8(t, canonical, pos);
            }
            case LONG: {
                pos = ensure(pos, 20);
                return pos + Decimals.formatScaled(longs[i], 0, canonical, pos);
            }
            case SCALED: {
                pos = ensure(pos, 40);
                return pos + Decimals.formatScaled(longs[i], scales[i], canonical, pos);
            }
            case DECIMAL: {
                String t = Decimals.toPlainString(decimals[i]);
                pos = ensure(pos, t.length());
                return utf8(t, canonical, pos);
            }
            default: { // SIGNATURE
                pos = ensure(pos, signatureLength);
                System.arraycopy(signature, 0, canonical, pos, signatureLength);
                return pos + signatureLength;
            }
        }
    }

    private int ensure(int pos, int more) {
        if (pos + more > canonical.length) {
            canonical = Arrays.copyOf(canonical, Math.max(canonical.length * 2, pos + more));
        }
        return pos;
    }

    private static int utf8(CharSequence s, byte[] dst, int pos) {
        int n = s.length();
        for (int j = 0; j < n; j++) {
            char c = s.charAt(j);
            if (c < 0x80) {
                dst[pos++] = (byte) c;
            } else if (c < 0x800) {
                dst[pos++] = (byte) (0xC0 | (c >> 6));
                dst[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++j));
                dst[pos++] = (byte) (0xF0 | (cp >> 18));
                dst[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                dst[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                dst[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                dst[pos++] = (byte) (0xE0 | (c >> 12));
                dst[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return pos;
    }

    private void sort() {
        if (sorted) {
            return;
        }
        if (size == lastSize && sameNamesAsLast()) {
            // The same method sent again with the same names (constants, so the same instances): last order holds.
            System.arraycopy(lastOrder, 0, order, 0, size);
            sorted = true;
            return;
        }
        positionsValid = false; // other names: the per-position pieces are rebuilt on the next encode
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        for (int k = 1; k < size; k++) { // a handful of entries: insertion sort, no allocation
            int v = order[k];
            int j = k - 1;
            while (j >= 0 && greater(names[order[j]], names[v])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
        // Duplicates sit next to each other once sorted: one pass here instead of a scan on every add.
        for (int k = 1; k < size; k++) {
            String a = names[order[k]];
            String b = names[order[k - 1]];
            if (a == b || (a.length() == b.length() && a.equals(b))) {
                throw new IllegalArgumentException("parameter '" + names[order[k]] + "' given twice");
            }
        }
        sorted = true;
        if (lastNames.length < size) {
            lastNames = new String[names.length];
            lastOrder = new int[names.length];
        }
        System.arraycopy(names, 0, lastNames, 0, size);
        System.arraycopy(order, 0, lastOrder, 0, size);
        lastSize = size;
    }

    private boolean sameNamesAsLast() {
        for (int i = 0; i < size; i++) {
            if (names[i] != lastNames[i]) {
                return false;
            }
        }
        return true;
    }

    /** a > b by name; most names differ in their first letter, so compareTo runs only for the rest. */
    private static boolean greater(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.compareTo(b) > 0;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        return x != y ? x > y : a.compareTo(b) > 0;
    }

    /**
     * Writes the parameters as a JSON object, sorted by name like the canonical payload. The object is built in a
     * reused array with plain stores and copied into {@code out} in one write: byte-by-byte writes into a ByteBuf
     * cost a bounds check each, which was most of the encoding time.
     *
     * @param out where to write UTF-8 JSON
     */
    public void writeJson(ByteBuf out) {
        int n = encodeJson(0);
        out.writeBytes(json, 0, n);
    }

    private static final byte[] FRAME_ID = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FRAME_METHOD = ",\"method\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FRAME_PARAMS = ",\"params\":".getBytes(StandardCharsets.US_ASCII);

    /**
     * Writes a whole WebSocket API request, {@code {"id":N,"method":"...","params":{...}}}, built in the reused
     * array and copied into {@code out} in one write.
     *
     * @param out    where to write
     * @param id     the request id
     * @param method the method name (ASCII, as in the API)
     * @return the number of bytes written
     */
    public int writeFrame(ByteBuf out, long id, String method) {
        int n = encodeFrame(id, method);
        out.writeBytes(json, 0, n);
        return n;
    }

    /**
     * Builds the request frame in the reused array (see {@link #writeFrame}); {@link #frameBytes()} then holds it.
     *
     * @param id     the request id
     * @param method the method name
     * @return its length in bytes
     */
    public int encodeFrame(long id, String method) {
        sort();
        byte[] j = ensureJson(json, 0, FRAME_ID.length + 20 + FRAME_METHOD.length + method.length() + 2
                + FRAME_PARAMS.length);
        int pos = 0;
        pos = put(FRAME_ID, j, pos);
        pos += Decimals.formatScaled(id, 0, j, pos);
        pos = put(FRAME_METHOD, j, pos);
        pos = put(methodBytes(method), j, pos);
        j[pos++] = '"';
        if (size > 0) {
            pos = put(FRAME_PARAMS, j, pos);
            pos = encodeJson(pos);
            j = json; // encodeJson may have grown it
        }
        j = ensureJson(j, pos, 1);
        j[pos++] = '}';
        return pos;
    }

    /** @return the array {@link #encodeFrame} built the frame in (valid until this instance is used again) */
    public byte[] frameBytes() {
        return json;
    }

    /**
     * A string value that comes back by identity (a symbol, an enum's wire name) as its quoted JSON bytes, or null.
     * A value is cached on its second sighting in a row in its slot, so values seen once (client order ids) never
     * allocate; a colliding value takes the slot over.
     */
    private byte[] cachedValue(String v) {
        int slot = v.hashCode() & (valueKeys.length - 1);
        if (valueKeys[slot] == v) {
            return valueBytes[slot];
        }
        if (valueCandidates[slot] != v || v.length() > 64) {
            valueCandidates[slot] = v;
            return null;
        }
        byte[] scratch = new byte[v.length() * 6 + 2];
        int n = jsonString(v, scratch, 0);
        byte[] b = java.util.Arrays.copyOf(scratch, n);
        valueKeys[slot] = v;
        valueBytes[slot] = b;
        return b;
    }

    /** {@code "name":} in bytes, from a small cache keyed by identity: names are the API's constants. */
    private byte[] quotedName(String name) {
        int slot = name.hashCode() & (nameKeys.length - 1);
        if (nameKeys[slot] == name) {
            return nameBytes[slot];
        }
        byte[] b = new byte[name.length() + 3];
        b[0] = '"';
        ascii(name, b, 1);
        b[b.length - 2] = '"';
        b[b.length - 1] = ':';
        byte[] c = new byte[b.length + 1];
        c[0] = ',';
        System.arraycopy(b, 0, c, 1, b.length);
        nameKeys[slot] = name; // a colliding name simply takes the slot over
        nameBytes[slot] = b;
        commaNameBytes[slot] = c;
        return b;
    }

    /** {@code ,"name":}, from the same cache as {@link #quotedName}. */
    private byte[] commaQuotedName(String name) {
        int slot = name.hashCode() & (nameKeys.length - 1);
        if (nameKeys[slot] != name) {
            quotedName(name);
        }
        return commaNameBytes[slot];
    }

    /** Pre-encodes each sorted position's name ({@code ,"name":}) and forgets the values written there. */
    private void preparePositions() {
        if (positionNames.length < size) {
            positionNames = new byte[names.length][];
            positionValueKeys = new String[names.length];
            positionValueBytes = new byte[names.length][];
        }
        for (int k = 0; k < size; k++) {
            positionNames[k] = k == 0 ? quotedName(names[order[k]]) : commaQuotedName(names[order[k]]);
            positionValueKeys[k] = null;
            positionValueBytes[k] = null;
        }
        positionsValid = true;
    }

    /** The method name's bytes, from a one-entry cache by identity: a client sends the same few methods. */
    private byte[] methodBytes(String method) {
        if (lastMethod != method) {
            byte[] b = new byte[method.length()];
            ascii(method, b, 0);
            lastMethodBytes = b;
            lastMethod = method;
        }
        return lastMethodBytes;
    }

    /**
     * Copies a short array (a name, a cached value, a piece of the envelope) with word moves: for a few bytes,
     * {@code System.arraycopy}'s call into a copy stub costs more than the copy. The last word overlaps the one
     * before it, so nothing is written past {@code pos + src.length}.
     */
    private static int put(byte[] src, byte[] dst, int pos) {
        int n = src.length;
        if (n >= 8) {
            int last = n - 8;
            for (int i = 0; i < last; i += 8) {
                LONGS.set(dst, pos + i, (long) LONGS.get(src, i));
            }
            LONGS.set(dst, pos + last, (long) LONGS.get(src, last));
        } else if (n >= 4) {
            INTS.set(dst, pos, (int) INTS.get(src, 0));
            INTS.set(dst, pos + n - 4, (int) INTS.get(src, n - 4));
        } else {
            for (int i = 0; i < n; i++) {
                dst[pos + i] = src[i];
            }
        }
        return pos + n;
    }

    /** Copies an API constant (a name, a method) known to be plain ASCII: one bulk copy, no per-char loop. */
    @SuppressWarnings("deprecation")
    private static int ascii(String s, byte[] dst, int pos) {
        int n = s.length();
        s.getBytes(0, n, dst, pos); // the low byte of each char: exact for ASCII, a plain array copy for Latin-1
        return pos + n;
    }

    private int encodeJson(int start) {
        sort();
        byte[] j = json;
        int pos = start;
        j = ensureJson(j, pos, 2);
        j[pos++] = '{';
        if (!positionsValid) {
            preparePositions();
        }
        for (int k = 0; k < size; k++) {
            int i = order[k];
            byte[] name = positionNames[k]; // "name": with its comma
            j = ensureJson(j, pos, name.length);
            pos = put(name, j, pos);
            switch (kinds[i]) {
                case STRING: {
                    CharSequence t = texts[i];
                    byte[] cached;
                    if (t == positionValueKeys[k]) {
                        cached = positionValueBytes[k];
                    } else {
                        cached = t instanceof String ? cachedValue((String) t) : null;
                        if (cached != null) {
                            positionValueKeys[k] = (String) t;
                            positionValueBytes[k] = cached;
                        }
                    }
                    if (cached != null) {
                        j = ensureJson(j, pos, cached.length);
                        pos = put(cached, j, pos);
                        break;
                    }
                    j = ensureJson(j, pos, t.length() * 6 + 2); // worst case: every char escaped in six bytes
                    pos = jsonString(t, j, pos);
                    break;
                }
                case RAW: {
                    CharSequence t = texts[i];
                    j = ensureJson(j, pos, t.length());
                    for (int c = 0; c < t.length(); c++) {
                        j[pos++] = (byte) t.charAt(c);
                    }
                    break;
                }
                case LONG:
                    j = ensureJson(j, pos, 20);
                    pos += Decimals.formatScaled(longs[i], 0, j, pos);
                    break;
                case SCALED:
                    j = ensureJson(j, pos, 42);
                    j[pos++] = '"';
                    pos += Decimals.formatScaled(longs[i], scales[i], j, pos);
                    j[pos++] = '"';
                    break;
                case DECIMAL: {
                    String t = Decimals.toPlainString(decimals[i]);
                    j = ensureJson(j, pos, t.length() + 2);
                    j[pos++] = '"';
                    pos = ascii(t, j, pos);
                    j[pos++] = '"';
                    break;
                }
                default: // SIGNATURE: hex or Base64, never needs escaping
                    j = ensureJson(j, pos, signatureLength + 2);
                    j[pos++] = '"';
                    System.arraycopy(signature, 0, j, pos, signatureLength);
                    pos += signatureLength;
                    j[pos++] = '"';
            }
        }
        j = ensureJson(j, pos, 1);
        j[pos++] = '}';
        return pos;
    }

    private byte[] ensureJson(byte[] j, int pos, int more) {
        if (pos + more > j.length) {
            json = Arrays.copyOf(j, Math.max(j.length * 2, pos + more));
            return json;
        }
        return j;
    }

    /** A quoted, escaped JSON string in UTF-8; the caller made room for the worst case. */
    private static int jsonString(CharSequence s, byte[] dst, int pos) {
        dst[pos++] = '"';
        int n = s.length();
        int i = 0;
        // The common case (symbols, enum names, client order ids): printable ASCII, copied in the same pass that
        // checks it; the first char that needs escaping or is not ASCII hands over to the general loop below.
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            dst[pos++] = (byte) c;
        }
        if (i == n) {
            dst[pos++] = '"';
            return pos;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                dst[pos++] = '\\';
                dst[pos++] = (byte) c;
            } else if (c < 0x20) {
                dst[pos++] = '\\';
                dst[pos++] = 'u';
                dst[pos++] = '0';
                dst[pos++] = '0';
                dst[pos++] = HEX[c >> 4];
                dst[pos++] = HEX[c & 0xF];
            } else if (c < 0x80) {
                dst[pos++] = (byte) c;
            } else {
                // Rare (Unicode symbols): UTF-8 for this char and the rest, with the canonical writer's encoder.
                int end = utf8(s.subSequence(i, i + (Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1)), dst, pos);
                if (Character.isHighSurrogate(c) && i + 1 < n) {
                    i++;
                }
                pos = end;
            }
        }
        dst[pos++] = '"';
        return pos;
    }

    /**
     * @param name a parameter name
     * @return its wire text, or null (allocates: for tests and tools)
     */
    public String get(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                int end = writeValue(i, 0);
                return new String(canonical, 0, end, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** @return the parameter names, in insertion order */
    public List<String> names() {
        return new ArrayList<>(Arrays.asList(names).subList(0, size));
    }
}
