package io.tradewire.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.SpotErrors;
import io.tradewire.core.time.ManualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The venue keeps open orders and a bounded history of closed ones, so that its memory stays flat. */
class VenueOrderHistoryTest {
    private static final long T0 = 1_700_000_000_000L;

    private final ManualClock clock = new ManualClock(T0);

    private Venue venue(int maxClosed, Duration maxAge) {
        Venue v = new Venue(SymbolSpec.defaults(), clock, maxClosed, maxAge);
        v.addAccount(AccountSpec.of("alice", Map.of("USDT", bd("1000000"), "BTC", bd("10"))));
        v.addAccount(AccountSpec.of("bob", Map.of("USDT", bd("1000000"), "BTC", bd("10"))));
        return v;
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static PlaceOrderCommand buy(String price, String cid) {
        return PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(bd(price)).quantity(bd("0.001")).newClientOrderId(cid).build();
    }

    private static void assertVenueError(ThrowingCallable call, int code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VenueException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @Test
    void placingAndCancelling100kOrdersKeepsTheRetainedCountBounded() throws Exception {
        Venue v = venue(Venue.DEFAULT_MAX_CLOSED_ORDERS, Venue.DEFAULT_MAX_CLOSED_AGE);
        int maxRetained = 0;
        for (int i = 0; i < 100_000; i++) {
            String key = (i & 1) == 0 ? "alice" : "bob";
            String cid = "c" + i;
            v.placeOrder(key, buy("50000", cid));
            v.cancelOrder(key, "BTCUSDT", -1, cid, null);
            maxRetained = Math.max(maxRetained, v.retainedOrders());
        }
        // Two accounts, one symbol: at most 10,000 closed orders each, nothing open.
        assertThat(maxRetained).isLessThanOrEqualTo(2 * Venue.DEFAULT_MAX_CLOSED_ORDERS + 1);
        assertThat(v.retainedOrders()).isEqualTo(2 * Venue.DEFAULT_MAX_CLOSED_ORDERS);
        assertThat(v.openOrders("alice", null)).isEmpty();
        List<OrderResult> all = v.allOrders("alice", "BTCUSDT", -1, -1, -1, 1000);
        assertThat(all).hasSize(1000);
        assertThat(all.get(999).clientOrderId()).isEqualTo("c99998");
        assertThat(v.queryOrder("alice", "BTCUSDT", -1, "c99998").status()).isEqualTo(OrderStatus.CANCELED);
        assertVenueError(() -> v.queryOrder("alice", "BTCUSDT", -1, "c0"), SpotErrors.NO_SUCH_ORDER);
        assertVenueError(() -> v.queryOrder("alice", "BTCUSDT", 1, null), SpotErrors.NO_SUCH_ORDER);
    }

    @Test
    void openOrdersAreNeverForgottenAndClosedOnesGoOldestFirst() throws Exception {
        Venue v = venue(2, Duration.ofDays(1));
        OrderResult open1 = v.placeOrder("alice", buy("50000", "open1"));
        for (int i = 0; i < 5; i++) {
            v.placeOrder("alice", buy("50001", "x" + i));
            v.cancelOrder("alice", "BTCUSDT", -1, "x" + i, null);
        }
        OrderResult open2 = v.placeOrder("alice", buy("50002", "open2"));
        assertThat(v.retainedOrders()).isEqualTo(4); // two open, the two latest closed
        assertThat(v.openOrders("alice", "BTCUSDT")).extracting(OrderResult::orderId)
                .containsExactly(open1.orderId(), open2.orderId());
        assertThat(v.allOrders("alice", "BTCUSDT", -1, -1, -1, 500)).extracting(OrderResult::clientOrderId)
                .containsExactly("open1", "x3", "x4", "open2");
        assertVenueError(() -> v.queryOrder("alice", "BTCUSDT", -1, "x2"), SpotErrors.NO_SUCH_ORDER);
        assertVenueError(() -> v.cancelOrder("alice", "BTCUSDT", -1, "x2", null), SpotErrors.CANCEL_REJECTED);
        // A forgotten order's client id is free again.
        v.placeOrder("alice", buy("50003", "x0"));
        assertThat(v.queryOrder("alice", "BTCUSDT", -1, "x0").status()).isEqualTo(OrderStatus.NEW);
        assertThat(v.cancelAllOpenOrders("alice", "BTCUSDT")).hasSize(3);
        assertThat(v.retainedOrders()).isEqualTo(2);
        assertThat(v.openOrders("alice", null)).isEmpty();
    }

    @Test
    void historyIsPerAccountAndFilledOrdersCountAsClosed() throws Exception {
        Venue v = venue(1, Duration.ofDays(1));
        v.placeOrder("bob", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(bd("50000")).quantity(bd("0.01")).newClientOrderId("b1").build());
        for (int i = 0; i < 3; i++) {
            v.placeOrder("alice", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL).type(OrderType.LIMIT)
                    .timeInForce(TimeInForce.GTC).price(bd("40000")).quantity(bd("0.001")).newClientOrderId("s" + i)
                    .build());
        }
        // alice: three FILLED takers, only the last is kept; bob: his order is still open (partially filled).
        assertThat(v.allOrders("alice", "BTCUSDT", -1, -1, -1, 500)).extracting(OrderResult::clientOrderId)
                .containsExactly("s2");
        assertThat(v.queryOrder("bob", "BTCUSDT", -1, "b1").status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(v.retainedOrders()).isEqualTo(2);
    }

    @Test
    void closedOrdersAreForgottenAfterMaxAge() throws Exception {
        Venue v = venue(1000, Duration.ofMinutes(10));
        v.placeOrder("alice", buy("50000", "old"));
        v.cancelOrder("alice", "BTCUSDT", -1, "old", null);
        OrderResult open = v.placeOrder("alice", buy("50000", "open"));
        clock.advanceMillis(Duration.ofMinutes(10).toMillis());
        assertThat(v.queryOrder("alice", "BTCUSDT", -1, "old").status()).isEqualTo(OrderStatus.CANCELED);
        clock.advanceMillis(1);
        // No trading since: the query itself applies the age bound.
        assertVenueError(() -> v.queryOrder("alice", "BTCUSDT", -1, "old"), SpotErrors.NO_SUCH_ORDER);
        assertThat(v.allOrders("alice", "BTCUSDT", -1, -1, -1, 500)).extracting(OrderResult::orderId)
                .containsExactly(open.orderId());
        assertThat(v.retainedOrders()).isEqualTo(1);
    }

    @Test
    void amendedOrdersLeaveNoClientIdBehind() throws Exception {
        Venue v = venue(0, Duration.ofDays(1));
        v.placeOrder("alice", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(bd("50000")).quantity(bd("0.002")).newClientOrderId("a")
                .build());
        v.amendOrder("alice", "BTCUSDT", -1, "a", "b", bd("0.001"));
        v.cancelOrder("alice", "BTCUSDT", -1, "b", null);
        assertThat(v.retainedOrders()).isZero();
        assertVenueError(() -> v.queryOrder("alice", "BTCUSDT", -1, "a"), SpotErrors.NO_SUCH_ORDER);
        assertVenueError(() -> v.queryOrder("alice", "BTCUSDT", -1, "b"), SpotErrors.NO_SUCH_ORDER);
        assertThat(v.allOrders("alice", "BTCUSDT", -1, -1, -1, 500)).isEmpty();
    }

    @Test
    void closedOrderListsAreBoundedToo() throws Exception {
        Venue v = venue(1, Duration.ofDays(1));
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            PlaceOrderCommand.Builder leg = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                    .quantity(bd("0.1"));
            OrderListResult l = v.placeOco("alice", "list" + i,
                    leg.build().toBuilder().type(OrderType.LIMIT_MAKER).price(bd("90000")).build(),
                    leg.build().toBuilder().type(OrderType.STOP_LOSS_LIMIT).price(bd("10000"))
                            .stopPrice(bd("11000")).timeInForce(TimeInForce.GTC).build());
            ids[i] = l.orderListId();
            v.cancelOrderList("alice", "BTCUSDT", l.orderListId(), null, null);
        }
        assertThat(v.orderLists("alice", -1, -1, -1, 100)).extracting(OrderListResult::orderListId)
                .containsExactly(ids[2]);
        assertVenueError(() -> v.orderListStatus("alice", ids[0], null), SpotErrors.NO_SUCH_ORDER);
        assertThat(v.orderListStatus("alice", ids[2], null).listOrderStatus()).isEqualTo("ALL_DONE");
        assertThat(v.retainedOrders()).isEqualTo(1);
    }
}
