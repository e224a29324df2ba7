package io.tradewire.client.wsapi;

import io.netty.buffer.ByteBuf;

/**
 * Writes a WebSocket API request, {@code {"id":N,"method":"...","params":{...}}}, straight into a buffer: no
 * intermediate String, no tree. The id is a number: the venue echoes it as given.
 */
public final class FrameEncoder {
    private static final byte[] ID = "{\"id\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] METHOD = ",\"method\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private FrameEncoder() {
    }

    /**
     * @param out    where to write
     * @param id     the request id
     * @param method the method name (ASCII, as in the API)
     * @param params the parameters, or null for none
     */
    public static void write(ByteBuf out, long id, String method, RequestParams params) {
        if (params != null) {
            params.writeFrame(out, id, method); // built in the params' reused array, copied in one write
            return;
        }
        out.writeBytes(ID);
        writeLong(out, id);
        out.writeBytes(METHOD);
        out.writeCharSequence(method, java.nio.charset.StandardCharsets.US_ASCII);
        out.writeByte('"');
        out.writeByte('}');
    }

    private static void writeLong(ByteBuf out, long v) {
        if (v < 0) {
            out.writeByte('-');
            v = -v; // ids are positive; kept total for safety
        }
        long div = 1;
        while (v / div >= 10) {
            div *= 10;
        }
        for (; div > 0; div /= 10) {
            out.writeByte((int) ('0' + (v / div) % 10));
        }
    }
}
