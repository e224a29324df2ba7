package io.tradewire.client.wsapi;

import io.netty.buffer.ByteBuf;

/**
 * Writes a WebSocket API request, {@code {"id":N,"method":"...","params":{...}}}, straight into a buffer: no
 * intermediate String, no tree. The id is a number: the venue echoes it as given. The frame is built by
 * {@link RequestParams#encodeFrame}; a method without parameters uses an empty per-thread instance.
 */
public final class FrameEncoder {
    private static final ThreadLocal<RequestParams> NONE = ThreadLocal.withInitial(RequestParams::new);

    private FrameEncoder() {
    }

    /**
     * @param out    where to write
     * @param id     the request id
     * @param method the method name (ASCII, as in the API)
     * @param params the parameters, or null for none
     */
    public static void write(ByteBuf out, long id, String method, RequestParams params) {
        orNone(params).writeFrame(out, id, method);
    }

    /**
     * @param params a request's parameters, or null
     * @return them, or an empty per-thread instance when null
     */
    static RequestParams orNone(RequestParams params) {
        return params != null ? params : NONE.get().clear();
    }
}
