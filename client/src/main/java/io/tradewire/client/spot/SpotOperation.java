package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;

import java.util.function.Consumer;

/**
 * One Spot operation, checked and ready for either transport: the WebSocket API method that names it, its request
 * weight and order count, what writes its own parameters (no {@code timestamp}, no signature: the transport adds
 * those), and the streaming decoder of its answer. Made by {@link SpotOperations}; internal to the clients.
 *
 * @param <T> the result type
 */
public final class SpotOperation<T> {
    private final String method;
    private final int weight;
    private final Consumer<RequestParams> params;
    private final ResponseDecoder<T> decoder;

    SpotOperation(String method, int weight, Consumer<RequestParams> params, ResponseDecoder<T> decoder) {
        this.method = method;
        this.weight = weight;
        this.params = params;
        this.decoder = decoder;
    }

    /** @return the WebSocket API method of the operation ({@code order.place}, {@code klines}, ...) */
    public String method() {
        return method;
    }

    /** @return the request weight counted up front, for these parameters */
    public int weight() {
        return weight;
    }

    /** @return how many orders it adds to the unfilled order count (the ORDERS limits) */
    public int orders() {
        return SpotWeights.orders(method);
    }

    /** Whether it has parameters of its own: one without sends no parameter block at all. */
    boolean hasParams() {
        return params != null;
    }

    /**
     * Writes the operation's own parameters. Repeatable: a transport may write them again for another attempt
     * (a read resent on a new connection, a request held back by the rate limiter), so they are fixed when the
     * operation is made.
     *
     * @param p where to add them, in the order the venue documents them
     */
    public void addParams(RequestParams p) {
        if (params != null) {
            params.accept(p);
        }
    }

    /** @return the decoder of the answer's value */
    public ResponseDecoder<T> decoder() {
        return decoder;
    }

    @Override
    public String toString() {
        return method + " (weight " + weight + ')';
    }
}
