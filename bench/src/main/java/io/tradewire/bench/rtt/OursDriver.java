package io.tradewire.bench.rtt;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import java.net.URI;
import java.security.PrivateKey;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Tradewire's {@link SpotWsApiClient} as a user would drive it on the hot path: one client, Ed25519 key, logged on
 * by {@code connect()} ({@code session.logon}), each order a {@link PlaceOrderRequest} built with scaled-long price
 * and quantity, its answer taken from the returned future ({@code whenComplete}), decoded into an
 * {@link OrderResponse}.
 */
final class OursDriver extends RttDriver {
    private final SpotWsApiClient client;
    private final Slot[] slots = new Slot[MAX_WINDOW];

    OursDriver(URI wsApi, String apiKey, PrivateKey key) throws Exception {
        super("tradewire");
        client = SpotWsApiClient.builder()
                .endpoints(Endpoints.of(wsApi, null))
                .credentials(ApiCredentials.of(apiKey, Signers.ed25519(key)))
                .build();
        client.connect().get(10, TimeUnit.SECONDS);
        if (!client.isLoggedOn()) {
            throw new IllegalStateException("tradewire client did not log on");
        }
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(i);
        }
    }

    @Override
    void send(int slot, long startNs) {
        client.placeOrder(order(startNs)).whenComplete(slots[slot]);
    }

    private static PlaceOrderRequest order(long startNs) {
        // BUY IOC at 50000.00-50000.99 with no asks in the book: expires at once, the book stays empty.
        return PlaceOrderRequest.builder().symbol(RttHarness.SYMBOL).side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.IOC)
                .price(RttHarness.PRICE_BASE_CENTS + RttHarness.cents(startNs), 2)
                .quantity(RttHarness.QTY_MANTISSA, RttHarness.QTY_SCALE)
                .build();
    }

    @Override
    String probe() throws Exception {
        ApiResponse<OrderResponse> r = client.placeOrder(order(System.nanoTime())).get(10, TimeUnit.SECONDS);
        OrderResponse o = r.result();
        return "status=" + r.status() + " order " + o.orderId() + " " + o.status() + " " + o.timeInForce()
                + " price=" + o.price().toPlainString() + " fills=" + o.fills().size() + " (logged on: "
                + client.isLoggedOn() + ")";
    }

    @Override
    String threadPrefix() {
        return "tradewire-wsapi"; // its I/O thread
    }

    @Override
    void close() {
        client.close();
    }

    /** The completion callback of one slot, allocated once so the harness adds no garbage per order. */
    private final class Slot implements BiConsumer<ApiResponse<OrderResponse>, Throwable> {
        private final int index;

        Slot(int index) {
            this.index = index;
        }

        @Override
        public void accept(ApiResponse<OrderResponse> r, Throwable e) {
            if (e == null && r.status() == 200) {
                answered(index, true, null);
            } else {
                answered(index, false, e != null ? e.toString() : "status " + r.status());
            }
        }
    }
}
