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

    /**
     * @return whether this method's error answers carry a payload in {@code error.data} beyond {@code retryAfter}
     *         that the caller needs ({@code order.cancelReplace}: what the cancel and the new order each did);
     *         such a payload is then read by {@link #decodeErrorData}
     */
    default boolean hasErrorData() {
        return false;
    }

    /**
     * Decodes the {@code data} object of an error answer; only called when {@link #hasErrorData()}.
     *
     * @param p a parser on the START_OBJECT of {@code data}; the decoder consumes the whole value
     * @return the payload, or null when there is nothing to keep
     * @throws IOException when the value is malformed
     */
    default Object decodeErrorData(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    /**
     * What the request completes with when the venue answered an error with a payload.
     *
     * @param error the venue's error
     * @param data  what {@link #decodeErrorData} returned (never null)
     * @return the exception to complete the request with; by default the error itself
     */
    default RuntimeException errorWithData(io.tradewire.core.error.BinanceApiException error, Object data) {
        return error;
    }
}
