package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;

/**
 * Internal: the Spot request and response codecs without a connection, for the benchmarks and tools that measure
 * or replay them. Not part of the supported API.
 */
public final class SpotFrames {
    private SpotFrames() {
    }

    /**
     * Adds an order's parameters, as {@link SpotWsApiClient#placeOrder} does before stamping and signing.
     *
     * @param request the order
     * @param params  where to add them
     */
    public static void fill(PlaceOrderRequest request, RequestParams params) {
        request.addTo(params);
    }

    /** @return the decoder of {@code order.place}, {@code order.cancel} and {@code order.status} results */
    public static ResponseDecoder<OrderResponse> orderDecoder() {
        return SpotDecoders.ORDER;
    }
}
