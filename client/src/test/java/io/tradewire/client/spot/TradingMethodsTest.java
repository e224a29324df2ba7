package io.tradewire.client.spot;

import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.tradewire.client.spot.CoverageVenue.cause;
import static io.tradewire.client.spot.CoverageVenue.failure;
import static io.tradewire.client.spot.CoverageVenue.get;
import static io.tradewire.client.spot.CoverageVenue.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every trading method beyond place/cancel/status against the simulator: the happy path and venue errors. */
class TradingMethodsTest {
    private CoverageVenue venue;
    private SpotWsApiClient client;
    private SpotTradingApi trading;

    @BeforeEach
    void start() throws Exception {
        venue = new CoverageVenue();
        client = venue.connect(CoverageVenue.hmacCreds());
        trading = client.trading();
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    private static PlaceOrderRequest.Builder restingBuy(String price) {
        return PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal(price), new BigDecimal("0.01000"))
                .newClientOrderId(newId());
    }

    private OrderResponse rest(String price) throws Exception {
        return get(client.placeOrder(restingBuy(price).build()));
    }

    /** Every signed method answered by the venue for a key it does not know. */
    private static void refusedKey(CompletableFuture<?> f) throws Exception {
        BinanceApiException e = failure(f);
        assertThat(e.code()).isIn(-2014, -2015, -1022);
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void testOrderWithAndWithoutCommissionRates() throws Exception {
        PlaceOrderRequest order = restingBuy("50000.00").build();
        assertThat(get(trading.testOrder(order, false)).computed()).isFalse();
        OrderCommissionRates rates = get(trading.testOrder(order, true));
        assertThat(rates.computed()).isTrue();
        assertThat(rates.standard().maker()).isNotNull();
        assertThat(rates.discount().discountAsset()).isEqualTo("BNB");
        assertThat(get(trading.openOrders("BTCUSDT"))).isEmpty(); // nothing was placed
        BinanceApiException offTick = failure(trading.testOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.001"), new BigDecimal("0.01")).build(), false));
        assertThat(offTick.code()).isEqualTo(-1013);
    }

    @Test
    void sorTestAndPlace() throws Exception {
        assertThat(get(trading.sorTestOrder(restingBuy("50000.00").build(), true)).computed()).isTrue();
        List<OrderResponse> placed = get(trading.sorPlaceOrder(restingBuy("50000.00").build()));
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).status()).isEqualTo(OrderStatus.NEW);
        BinanceApiException stop = failure(trading.sorPlaceOrder(PlaceOrderRequest.builder().symbol("BTCUSDT")
                .side(Side.BUY).type(OrderType.STOP_LOSS).quantity(new BigDecimal("0.01"))
                .stopPrice(new BigDecimal("70000")).build()));
        assertThat(stop.code()).isNotZero();
        assertThat(failure(trading.sorTestOrder(PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.STOP_LOSS).quantity(new BigDecimal("0.01")).stopPrice(new BigDecimal("70000"))
                .build(), false)).code()).isNotZero();
    }

    @Test
    void cancelReplaceBothSucceed() throws Exception {
        OrderResponse old = rest("50000.00");
        String fresh = newId();
        CancelReplaceResult r = get(trading.cancelReplace(CancelReplaceRequest.builder(
                CancelReplaceMode.STOP_ON_FAILURE, restingBuy("50001.00").newClientOrderId(fresh).build())
                .cancelOrderId(old.orderId()).build()));
        assertThat(r.canceled()).isTrue();
        assertThat(r.placed()).isTrue();
        assertThat(r.cancelResponse().orderId()).isEqualTo(old.orderId());
        assertThat(r.cancelResponse().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(r.newOrderResponse().clientOrderId()).isEqualTo(fresh);
        assertThat(r.newOrderResponse().price()).isEqualByComparingTo("50001");
        assertThat(r.cancelError()).isNull();
        assertThat(r.newOrderError()).isNull();
    }

    @Test
    void cancelReplacePartialFailureSurfacesBothParts() throws Exception {
        // Cancel succeeds, the new order fails: a LIMIT_MAKER that would cross the resting sell.
        SpotWsApiClient other = venue.connect(CoverageVenue.otherCreds());
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60000.00"),
                new BigDecimal("0.01")).build()));
        OrderResponse old = rest("50000.00");
        PlaceOrderRequest crossing = PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.LIMIT_MAKER).price(new BigDecimal("60000.00")).quantity(new BigDecimal("0.01"))
                .build();
        Throwable t = cause(trading.cancelReplace(CancelReplaceRequest.builder(CancelReplaceMode.STOP_ON_FAILURE,
                crossing).cancelOrigClientOrderId(old.clientOrderId()).build()));
        assertThat(t).isInstanceOf(CancelReplaceException.class);
        CancelReplaceException e = (CancelReplaceException) t;
        assertThat(e.error().code()).isEqualTo(-2021);
        assertThat(e.error().httpStatus()).isEqualTo(409);
        assertThat(e.result().canceled()).isTrue();
        assertThat(e.result().cancelResponse().orderId()).isEqualTo(old.orderId());
        assertThat(e.result().placed()).isFalse();
        assertThat(e.result().newOrderError().code()).isEqualTo(-2010);
        assertThat(e.result().newOrderError().binanceMessage()).isNotEmpty();
        assertThat(e.getMessage()).contains("cancel SUCCESS", "new order FAILURE", "-2010");

        // The other way round: the cancel fails (unknown order), the new order is placed anyway.
        CancelReplaceException e2 = (CancelReplaceException) cause(trading.cancelReplace(
                CancelReplaceRequest.builder(CancelReplaceMode.ALLOW_FAILURE, restingBuy("49000.00").build())
                        .cancelOrderId(987654321L).build()));
        assertThat(e2.error().code()).isEqualTo(-2021);
        assertThat(e2.result().cancelError().code()).isEqualTo(-2011);
        assertThat(e2.result().newOrderResponse().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void cancelReplaceCompleteFailure() throws Exception {
        CancelReplaceException e = (CancelReplaceException) cause(trading.cancelReplace(CancelReplaceRequest.builder(
                CancelReplaceMode.STOP_ON_FAILURE, restingBuy("50000.00").build()).cancelOrderId(123456789L).build()));
        assertThat(e.error().code()).isEqualTo(-2022);
        assertThat(e.error().httpStatus()).isEqualTo(400);
        assertThat(e.result().cancelResult()).isEqualTo("FAILURE");
        assertThat(e.result().newOrderResult()).isEqualTo("NOT_ATTEMPTED");
        assertThat(e.result().newOrderResponse()).isNull();
        assertThat(e.result().newOrderError()).isNull();
        // A plain error (unknown symbol) is a plain BinanceApiException.
        assertThat(failure(trading.cancelReplace(CancelReplaceRequest.builder(CancelReplaceMode.ALLOW_FAILURE,
                PlaceOrderRequest.limit("NOPEUSDT", Side.BUY, BigDecimal.ONE, BigDecimal.ONE).build())
                .cancelOrderId(1).build())).code()).isEqualTo(-1121);
        assertThatThrownBy(() -> CancelReplaceRequest.builder(CancelReplaceMode.ALLOW_FAILURE,
                restingBuy("1.00").build()).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cancelOrderId");
    }

    @Test
    void amendKeepPriorityAndItsHistory() throws Exception {
        OrderResponse o = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.00"), new BigDecimal("0.05000")).newClientOrderId(newId()).build()));
        String newCid = newId();
        AmendResult r = get(trading.amendKeepPriority(AmendOrderRequest.builder("BTCUSDT", new BigDecimal("0.02"))
                .orderId(o.orderId()).newClientOrderId(newCid).build()));
        assertThat(r.amendedOrder().orderId()).isEqualTo(o.orderId());
        assertThat(r.amendedOrder().qty()).isEqualByComparingTo("0.02");
        assertThat(r.amendedOrder().clientOrderId()).isEqualTo(newCid);
        assertThat(r.amendedOrder().origClientOrderId()).isEqualTo(o.clientOrderId());
        assertThat(r.executionId()).isPositive();
        assertThat(r.listStatus()).isNull();
        List<OrderAmendment> history = get(client.account().orderAmendments("BTCUSDT", o.orderId(), -1, 0));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).origQty()).isEqualByComparingTo("0.05");
        assertThat(history.get(0).newQty()).isEqualByComparingTo("0.02");
        BinanceApiException increase = failure(trading.amendKeepPriority(AmendOrderRequest.builder("BTCUSDT",
                new BigDecimal("1")).orderId(o.orderId()).build()));
        assertThat(increase.code()).isEqualTo(-2038);
        assertThat(failure(client.account().orderAmendments("BTCUSDT", 999999, -1, 0)).code()).isNotZero();
    }

    @Test
    void openOrdersAndCancelAll() throws Exception {
        OrderResponse a = rest("50000.00");
        rest("50001.00");
        get(client.placeOrder(PlaceOrderRequest.limit("ETHUSDT", Side.BUY, new BigDecimal("2000.00"),
                new BigDecimal("0.1000")).build()));
        OrderListResponse oco = get(trading.placeOrderList(oco(Side.SELL).build()));
        assertThat(get(trading.openOrders("BTCUSDT"))).hasSize(4);
        assertThat(get(trading.openOrders(null))).hasSize(5);
        CanceledOrders canceled = get(trading.cancelAllOpenOrders("BTCUSDT"));
        assertThat(canceled.orders()).extracting(OrderResponse::status).containsOnly(OrderStatus.CANCELED);
        assertThat(canceled.orders()).extracting(OrderResponse::orderId).contains(a.orderId()).hasSize(2);
        assertThat(canceled.orderLists()).hasSize(1);
        assertThat(canceled.orderLists().get(0).orderListId()).isEqualTo(oco.orderListId());
        assertThat(canceled.orderLists().get(0).orderReports()).hasSize(2);
        assertThat(get(trading.openOrders("BTCUSDT"))).isEmpty();
        assertThat(failure(trading.cancelAllOpenOrders("BTCUSDT")).code()).isEqualTo(-2011);
        assertThat(failure(trading.openOrders("NOPEUSDT")).code()).isEqualTo(-1121);
    }

    private static OrderListRequest.Builder oco(Side side) {
        return OrderListRequest.oco("BTCUSDT", side, new BigDecimal("0.01"),
                OrderListLeg.builder(OrderType.LIMIT_MAKER).price(new BigDecimal("61000.00"))
                        .clientOrderId(newId()).build(),
                OrderListLeg.builder(OrderType.STOP_LOSS_LIMIT).price(new BigDecimal("58900.00"))
                        .stopPrice(new BigDecimal("59000.00")).timeInForce(TimeInForce.GTC).build())
                .listClientOrderId(newId());
    }

    @Test
    void orderListsPlaceQueryAndCancel() throws Exception {
        OrderListResponse oco = get(trading.placeOrderList(oco(Side.SELL).build()));
        assertThat(oco.contingencyType()).isEqualTo("OCO");
        assertThat(oco.orders()).hasSize(2);
        assertThat(oco.orderReports()).extracting(OrderResponse::type)
                .containsExactlyInAnyOrder(OrderType.LIMIT_MAKER, OrderType.STOP_LOSS_LIMIT);

        OrderListResponse oto = get(trading.placeOrderList(OrderListRequest.oto("BTCUSDT", Side.BUY,
                new BigDecimal("0.01"), OrderListLeg.limit(new BigDecimal("50000.00")), Side.SELL,
                new BigDecimal("0.01"), OrderListLeg.builder(OrderType.LIMIT_MAKER)
                        .price(new BigDecimal("65000.00")).build())
                .newOrderRespType(OrderResponseType.FULL).build()));
        assertThat(oto.contingencyType()).isEqualTo("OTO");
        assertThat(oto.orderReports()).hasSize(2);

        OrderListResponse otoco = get(trading.placeOrderList(OrderListRequest.otoco("BTCUSDT", Side.BUY,
                new BigDecimal("0.01"), OrderListLeg.limit(new BigDecimal("50000.00")), Side.SELL,
                new BigDecimal("0.01"),
                OrderListLeg.builder(OrderType.LIMIT_MAKER).price(new BigDecimal("65000.00")).build(),
                OrderListLeg.builder(OrderType.STOP_LOSS).stopPrice(new BigDecimal("45000.00")).build())
                .build()));
        assertThat(otoco.orders()).hasSize(3);

        assertThat(get(trading.orderListStatus(oco.orderListId())).listClientOrderId())
                .isEqualTo(oco.listClientOrderId());
        OrderListResponse byCid = get(trading.orderListStatus(oco.listClientOrderId()));
        assertThat(byCid.orderListId()).isEqualTo(oco.orderListId());
        assertThat(byCid.orderReports()).isEmpty();
        assertThat(get(trading.openOrderLists())).extracting(OrderListResponse::orderListId)
                .containsExactlyInAnyOrder(oco.orderListId(), oto.orderListId(), otoco.orderListId());

        OrderListResponse canceled = get(trading.cancelOrderList(CancelOrderListRequest.byOrderListId("BTCUSDT",
                oto.orderListId())));
        assertThat(canceled.listOrderStatus()).isEqualTo("ALL_DONE");
        assertThat(canceled.orderReports()).extracting(OrderResponse::status).containsOnly(OrderStatus.CANCELED);
        get(trading.cancelOrderList(CancelOrderListRequest.byListClientOrderId("BTCUSDT",
                otoco.listClientOrderId())));
        assertThat(get(trading.openOrderLists())).hasSize(1);
        List<OrderListResponse> all = get(client.account().allOrderLists(HistoryRequest.forOrderLists().build()));
        assertThat(all).hasSize(3);

        // Venue errors: bad OCO prices, unknown lists.
        assertThat(failure(trading.placeOrderList(oco(Side.BUY).build())).code()).isNotZero();
        assertThat(failure(trading.orderListStatus(424242)).code()).isEqualTo(-2013);
        assertThat(failure(trading.cancelOrderList(CancelOrderListRequest.byOrderListId("BTCUSDT", 424242)))
                .code()).isEqualTo(-2011);
        refusedKey(venue.connect(CoverageVenue.unknownCreds()).trading().openOrderLists());
        assertThatThrownBy(() -> OrderListRequest.oto("BTCUSDT", Side.BUY, BigDecimal.ONE,
                OrderListLeg.builder(OrderType.STOP_LOSS).stopPrice(BigDecimal.ONE).build(), Side.SELL,
                BigDecimal.ONE, OrderListLeg.limit(BigDecimal.TEN)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working order");
    }

    @Test
    void writesAreNeverResentAndEndUnknownWhenTheAnswerIsLost() throws Exception {
        venue.sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.cancelReplace"));
        OrderResponse old = rest("50000.00");
        BinanceApiException e = failure(trading.cancelReplace(CancelReplaceRequest.builder(
                CancelReplaceMode.STOP_ON_FAILURE, restingBuy("50002.00").build()).cancelOrderId(old.orderId())
                .build()));
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        // Resolved by a query once the client is connected again: the replacement was placed (dropped after the
        // engine), and nothing was sent twice.
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> get(client.time()) != null);
        assertThat(get(trading.openOrders("BTCUSDT"))).extracting(OrderResponse::price)
                .containsExactly(new BigDecimal("50002.00000000"));
    }
}
