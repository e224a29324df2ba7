package io.tradewire.core.decimal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Exact decimal parsing and printing. Nothing here goes through {@code double}.
 *
 * <p>A <em>scaled long</em> is {@code value * 10^scale} held in a {@code long}; scale is 0..18.
 * The byte-level methods ({@link #parseScaled(byte[], int, int, int)},
 * {@link #formatScaled(long, int, byte[], int)}) allocate nothing on success, so they can sit on hot paths.
 */
public final class Decimals {
    /** Largest scale a scaled long can meaningfully carry (10^18 still fits in a long). */
    public static final int MAX_SCALE = 18;

    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /**
     * Parses decimal text exactly.
     *
     * <p>Accepts {@code -?digits(.digits)?} optionally followed by an exponent ({@code 1.0E-5},
     * {@code 1e-8}), which some JSON encoders emit. The scale of the result is the one written
     * ({@code "0.01000000"} has scale 8).
     *
     * @param text decimal text
     * @return the exact value
     * @throws IllegalArgumentException {@code "not a decimal: '<text>'"} for anything else
     */
    public static BigDecimal parse(CharSequence text) {
        if (text == null || !isDecimalSyntax(text)) {
            throw notADecimal(text);
        }
        try {
            return new BigDecimal(text.toString());
        } catch (NumberFormatException e) {
            // exponent beyond int range
            throw notADecimal(text);
        }
    }

    /**
     * Parses decimal text from a character buffer exactly, without an intermediate String (for decoders that read
     * straight from a parser's buffer).
     *
     * @param buf    characters
     * @param offset where the text starts
     * @param length how many characters
     * @return the exact value
     * @throws IllegalArgumentException {@code "not a decimal: '<text>'"} for anything that is not a decimal
     */
    public static BigDecimal parse(char[] buf, int offset, int length) {
        if (!isDecimalSyntax(buf, offset, length)) {
            throw notADecimal(java.nio.CharBuffer.wrap(buf, offset, length));
        }
        try {
            return new BigDecimal(buf, offset, length);
        } catch (NumberFormatException e) {
            throw notADecimal(java.nio.CharBuffer.wrap(buf, offset, length));
        }
    }

    private static boolean isDecimalSyntax(char[] b, int off, int n) {
        int end = off + n;
        int i = off;
        if (i < end && b[i] == '-') {
            i++;
        }
        int start = i;
        while (i < end && isDigit(b[i])) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i < end && b[i] == '.') {
            i++;
            int fracStart = i;
            while (i < end && isDigit(b[i])) {
                i++;
            }
            if (i == fracStart) {
                return false;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            int expStart = i;
            while (i < end && isDigit(b[i])) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == end;
    }

    private static boolean isDecimalSyntax(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == fracStart) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException notADecimal(CharSequence text) {
        return new IllegalArgumentException("not a decimal: '" + text + "'");
    }

    /**
     * Prints without scientific notation, keeping the value's scale ({@code 0.01000000} stays).
     *
     * @param v value
     * @return plain decimal text
     */
    public static String toPlainString(BigDecimal v) {
        return v.toPlainString();
    }

    /**
     * Exact {@code v * 10^scale} as a long.
     *
     * @param v     value
     * @param scale number of fraction digits kept, 0..18
     * @return the scaled value
     * @throws ArithmeticException if {@code v} has more non-zero fraction digits than {@code scale}, or the result overflows
     */
    public static long toScaled(BigDecimal v, int scale) {
        checkScale(scale);
        // setScale with the default UNNECESSARY rounding throws instead of losing digits
        return v.setScale(scale).unscaledValue().longValueExact();
    }

    /**
     * The BigDecimal {@code scaled / 10^scale}, with exactly {@code scale} fraction digits.
     *
     * @param scaled scaled value
     * @param scale  fraction digits, 0..18
     * @return the value
     */
    public static BigDecimal fromScaled(long scaled, int scale) {
        checkScale(scale);
        return BigDecimal.valueOf(scaled, scale);
    }

    /**
     * Parses ASCII decimal text into a scaled long without allocating.
     *
     * <p>Syntax as {@link #parse(CharSequence)} (exponent included). Fraction digits beyond {@code scale}
     * are accepted only when they are zeros ({@code "0.01000000"} parses at scale 2), since no value is lost.
     *
     * @param src    bytes
     * @param offset first byte
     * @param length number of bytes
     * @param scale  fraction digits of the result, 0..18
     * @return {@code value * 10^scale}
     * @throws IllegalArgumentException on bad syntax, on non-zero digits beyond {@code scale}, or on overflow
     */
    public static long parseScaled(byte[] src, int offset, int length, int scale) {
        checkScale(scale);
        final int end = offset + length;
        int i = offset;
        boolean negative = false;
        if (i < end && src[i] == '-') {
            negative = true;
            i++;
        }
        // Accumulate as a negative number so Long.MIN_VALUE is representable; zeros are counted lazily
        // so trailing zeros ("1.000000000000000000000") never overflow the mantissa.
        long m = 0;
        int pendingZeros = 0;
        int fracDigits = 0;
        int digits = 0;
        boolean inFraction = false;
        for (; i < end; i++) {
            byte b = src[i];
            if (b >= '0' && b <= '9') {
                digits++;
                if (inFraction) {
                    fracDigits++;
                }
                if (b == '0') {
                    pendingZeros++;
                } else {
                    m = mulPow10(m, pendingZeros + 1, src, offset, length);
                    m = subtract(m, b - '0', src, offset, length);
                    pendingZeros = 0;
                }
            } else if (b == '.' && !inFraction) {
                if (digits == 0) {
                    throw badText(src, offset, length, "not a decimal");
                }
                inFraction = true;
                digits = 0;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw badText(src, offset, length, "not a decimal");
        }
        int exponent = 0;
        if (i < end) {
            if (src[i] != 'e' && src[i] != 'E') {
                throw badText(src, offset, length, "not a decimal");
            }
            i++;
            boolean expNegative = false;
            if (i < end && (src[i] == '-' || src[i] == '+')) {
                expNegative = src[i] == '-';
                i++;
            }
            if (i == end) {
                throw badText(src, offset, length, "not a decimal");
            }
            for (; i < end; i++) {
                byte b = src[i];
                if (b < '0' || b > '9') {
                    throw badText(src, offset, length, "not a decimal");
                }
                if (exponent > 1000) {
                    throw badText(src, offset, length, "exponent out of range in");
                }
                exponent = exponent * 10 + (b - '0');
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        long shift = (long) pendingZeros + scale - fracDigits + exponent;
        if (m != 0) {
            if (shift >= 0) {
                m = mulPow10(m, shift, src, offset, length);
            } else {
                if (-shift > 18) {
                    throw badText(src, offset, length, "too many decimals for scale " + scale + " in");
                }
                long p = POW10[(int) -shift];
                if (m % p != 0) {
                    throw badText(src, offset, length, "too many decimals for scale " + scale + " in");
                }
                m /= p;
            }
        }
        if (!negative) {
            if (m == Long.MIN_VALUE) {
                throw badText(src, offset, length, "overflow in");
            }
            m = -m;
        }
        return m;
    }

    private static long mulPow10(long m, long k, byte[] src, int offset, int length) {
        if (m == 0 || k == 0) {
            return m;
        }
        if (k > 18) {
            throw badText(src, offset, length, "overflow in");
        }
        long p = POW10[(int) k];
        long r = m * p;
        if (r / p != m) {
            throw badText(src, offset, length, "overflow in");
        }
        return r;
    }

    private static long subtract(long m, int digit, byte[] src, int offset, int length) {
        long r = m - digit;
        if (r > m) {
            throw badText(src, offset, length, "overflow in");
        }
        return r;
    }

    private static IllegalArgumentException badText(byte[] src, int offset, int length, String what) {
        String text = new String(src, offset, Math.max(0, Math.min(length, src.length - offset)),
                StandardCharsets.ISO_8859_1);
        return new IllegalArgumentException(what + ": '" + text + "'");
    }

    /**
     * Writes a scaled long as plain ASCII with exactly {@code scale} fraction digits (no dot when
     * {@code scale} is 0), without allocating.
     *
     * @param scaled scaled value
     * @param scale  fraction digits, 0..18
     * @param dst    destination; needs room for at most 21 bytes
     * @param offset where to write
     * @return number of bytes written
     */
    public static int formatScaled(long scaled, int scale, byte[] dst, int offset) {
        checkScale(scale);
        if (scaled < 0) {
            if (scaled == Long.MIN_VALUE) {
                return formatMinValue(scale, dst, offset);
            }
            dst[offset] = '-';
            return 1 + formatScaled(-scaled, scale, dst, offset + 1);
        }
        // Digits counted by comparison and written two at a time from a table: half the divisions of a
        // digit-by-digit loop (timestamps and order ids have 13 and more digits, on every request).
        int valueDigits = digitCount(scaled);
        int intDigits = Math.max(1, valueDigits - scale);
        int len = intDigits + (scale > 0 ? 1 + scale : 0);
        int end = offset + len;
        long v = scaled;
        int pos = end;
        if (scale > 0) {
            int fracStart = end - scale;
            writeDigits(v, dst, fracStart, end); // the low scale digits, zero-padded
            v = v / POW10[scale];
            dst[fracStart - 1] = '.';
            pos = fracStart - 1;
        }
        writeDigits(v, dst, offset, pos);
        return len;
    }

    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** Digits of a non-negative long (1 for 0). */
    private static int digitCount(long v) {
        // log10 from the bit length (1233/4096 ~ log10(2)), then one comparison to correct it
        int bits = 64 - Long.numberOfLeadingZeros(v | 1);
        int n = (bits * 1233) >>> 12;
        if (n < 19 && v >= POW10[n]) {
            n++;
        }
        return Math.max(1, n);
    }

    /**
     * Writes the low {@code to - from} digits of a non-negative v into dst[from, to), zero-padded on the left.
     *
     * @return from
     */
    private static int writeDigits(long v, byte[] dst, int from, int to) {
        int pos = to;
        while (pos - from >= 2) {
            long q = v / 100;
            int r = (int) (v - q * 100);
            dst[--pos] = PAIRS[2 * r + 1];
            dst[--pos] = PAIRS[2 * r];
            v = q;
        }
        if (pos > from) {
            dst[--pos] = (byte) ('0' + (int) (v % 10));
        }
        return from;
    }

    private static int formatMinValue(int scale, byte[] dst, int offset) {
        String text = BigDecimal.valueOf(Long.MIN_VALUE, scale).toPlainString();
        for (int i = 0; i < text.length(); i++) {
            dst[offset + i] = (byte) text.charAt(i);
        }
        return text.length();
    }

    /**
     * Plain text of a scaled long with exactly {@code scale} fraction digits.
     *
     * @param scaled scaled value
     * @param scale  fraction digits, 0..18
     * @return e.g. {@code "0.00000001"} for (1, 8)
     */
    public static String formatScaled(long scaled, int scale) {
        byte[] buf = new byte[40];
        int n = formatScaled(scaled, scale, buf, 0);
        return new String(buf, 0, n, StandardCharsets.US_ASCII);
    }

    private static void checkScale(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 0.." + MAX_SCALE + ": " + scale);
        }
    }
}
