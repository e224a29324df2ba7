package io.tradewire.client.wsapi;

import io.tradewire.client.codec.JsonCursor;

import java.io.IOException;

/**
 * A {@link ResponseDecoder} that also reads the {@code result} straight from the frame's bytes, for the answers on
 * the order path. The WebSocket API connection prefers this form; the streaming form stays for REST bodies and
 * tools. Both must decode the same JSON to equal values.
 *
 * @param <T> the decoded type
 */
public interface CursorDecoder<T> extends ResponseDecoder<T> {
    /**
     * @param c a cursor positioned on the {@code result} value; the decoder consumes the whole value and skips
     *          fields it does not know
     * @return the decoded result
     * @throws IOException when the value is malformed
     */
    T decode(JsonCursor c) throws IOException;
}
