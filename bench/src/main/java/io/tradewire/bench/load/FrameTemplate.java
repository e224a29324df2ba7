package io.tradewire.bench.load;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request pre-encoded once as bytes, with fixed-width slots that are patched in place for each request: a
 * zero-padded decimal (request id, timestamp, client order id counter, price digits) or a 64-character hex signature.
 * Patching is a handful of byte stores, so the generator costs next to nothing next to the server.
 *
 * <p>Slots are written in the template as {@code {NAME:WIDTH}}, e.g. {@code "id":"{ID:12}"}.
 */
final class FrameTemplate {
    private final byte[] bytes;
    private final String[] names;
    private final int[] offsets;
    private final int[] widths;

    private FrameTemplate(byte[] bytes, String[] names, int[] offsets, int[] widths) {
        this.bytes = bytes;
        this.names = names;
        this.offsets = offsets;
        this.widths = widths;
    }

    /**
     * Parses a template.
     *
     * @param text the text with {@code {NAME:WIDTH}} slots; no other '{' followed by an upper-case letter
     * @return the template
     */
    static FrameTemplate of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] n = new String[8];
        int[] o = new int[8];
        int[] w = new int[8];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))) {
                int colon = text.indexOf(':', i);
                int end = text.indexOf('}', i);
                String name = text.substring(i + 1, colon);
                int width = Integer.parseInt(text.substring(colon + 1, end));
                n[count] = name;
                o[count] = out.length(); // ASCII only, so chars == bytes
                w[count] = width;
                count++;
                out.append("0".repeat(width));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return new FrameTemplate(out.toString().getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(n, count),
                Arrays.copyOf(o, count), Arrays.copyOf(w, count));
    }

    int length() {
        return bytes.length;
    }

    /** @return the slot's index, for the put methods */
    int slot(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no slot " + name);
    }

    boolean has(String name) {
        for (String s : names) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Appends the template's bytes to {@code buf}; returns the index where they start. */
    int writeTo(ByteBuf buf) {
        int start = buf.writerIndex();
        buf.writeBytes(bytes);
        return start;
    }

    /** Copies the template into {@code dst} (same length), e.g. a reusable scratch array. */
    void copyTo(byte[] dst) {
        System.arraycopy(bytes, 0, dst, 0, bytes.length);
    }

    void putDecimal(ByteBuf buf, int start, int slot, long value) {
        int off = start + offsets[slot];
        for (int p = off + widths[slot] - 1; p >= off; p--) {
            buf.setByte(p, (byte) ('0' + (value % 10)));
            value /= 10;
        }
    }

    void putDecimal(byte[] dst, int slot, long value) {
        int off = offsets[slot];
        for (int p = off + widths[slot] - 1; p >= off; p--) {
            dst[p] = (byte) ('0' + (value % 10));
            value /= 10;
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    void putHex(ByteBuf buf, int start, int slot, byte[] raw) {
        int off = start + offsets[slot];
        for (int i = 0; i < raw.length; i++) {
            buf.setByte(off + 2 * i, HEX[(raw[i] >> 4) & 0xF]);
            buf.setByte(off + 2 * i + 1, HEX[raw[i] & 0xF]);
        }
    }
}
