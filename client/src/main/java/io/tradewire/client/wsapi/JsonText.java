package io.tradewire.client.wsapi;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/** Writes JSON text straight into a buffer, without building intermediate Strings or trees. */
public final class JsonText {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private JsonText() {
    }

    /**
     * Writes a quoted, escaped JSON string in UTF-8.
     *
     * @param out where to write
     * @param s   the text
     */
    public static void writeString(ByteBuf out, CharSequence s) {
        out.writeByte('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.writeByte('\\').writeByte(c);
            } else if (c < 0x20) {
                out.writeByte('\\').writeByte('u').writeByte('0').writeByte('0')
                        .writeByte(HEX[c >> 4]).writeByte(HEX[c & 0xF]);
            } else if (c < 0x80) {
                out.writeByte(c);
            } else if (c < 0x800) {
                out.writeByte(0xC0 | (c >> 6)).writeByte(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out.writeByte(0xF0 | (cp >> 18)).writeByte(0x80 | ((cp >> 12) & 0x3F))
                        .writeByte(0x80 | ((cp >> 6) & 0x3F)).writeByte(0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("text has an unpaired surrogate at index " + i);
            } else {
                out.writeByte(0xE0 | (c >> 12)).writeByte(0x80 | ((c >> 6) & 0x3F)).writeByte(0x80 | (c & 0x3F));
            }
        }
        out.writeByte('"');
    }

    /**
     * Writes ASCII text as is (a number literal, for example).
     *
     * @param out where to write
     * @param s   ASCII text
     */
    public static void writeAscii(ByteBuf out, CharSequence s) {
        out.writeCharSequence(s, StandardCharsets.US_ASCII);
    }
}
