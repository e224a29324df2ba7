package io.tradewire.client.wsapi;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/**
 * Decodes the {@code result} value of a WebSocket API response straight from the parser, without a tree.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
    /**
     * @param p a parser positioned on the first token of the {@code result} value; the decoder consumes the whole
     *          value and must skip fields it does not know
     * @return the decoded result
     * @throws IOException when the value is malformed
     */
    T decode(JsonParser p) throws IOException;
}
