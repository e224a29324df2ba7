package io.tradewire.client.rest;

import io.tradewire.client.spot.AmendOrderRequest;
import io.tradewire.client.spot.AmendResult;
import io.tradewire.client.spot.CancelOrderListRequest;
import io.tradewire.client.spot.CancelReplaceException;
import io.tradewire.client.spot.CancelReplaceMode;
import io.tradewire.client.spot.CancelReplaceRequest;
import io.tradewire.client.spot.CancelReplaceResult;
import io.tradewire.client.spot.CanceledOrders;
import io.tradewire.client.spot.OrderCommissionRates;
import io.tradewire.client.spot.OrderListLeg;
import io.tradewire.client.spot.OrderListRequest;
import io.tradewire.client.spot.OrderListResponse;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.OrderStatusRequest;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.SpotWsApiClient;
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
import java.util.List;

import static io.tradewire.client.rest.RestVenue.cause;
import static io.tradewire.client.rest.RestVenue.failure;
import static io.tradewire.client.rest.RestVenue.get;
import static io.tradewire.client.rest.RestVenue.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every REST trading endpoint beyond place/cancel/status against the simulator: the happy path, the venue's errors,
 * cancel-replace's two-sided failures, faults on writes (never resent) and reads (asked again), and the same answers
 * as the WebSocket API's where the operation is a query.
 */
class RestTradingMethodsTest {
    private RestVenue venue;
    private SpotRestClient client;
    private RestTradingApi trading;
    private SpotWsApiClient ws;

    @BeforeEach
    void start() throws Exception {
        venue = new RestVenue();
        client = venue.rest(RestVenue.creds());
        trading = client.trading();
        ws = venue.ws(RestVenue.creds());
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

    private static OrderListRequest.Builder oco(Side side) {
        return OrderListRequest.oco("BTCUSDT", side, new BigDecimal("0.01"),
                OrderListLeg.builder(OrderType.LIMIT_MAKER).price(new BigDecimal("61000.00"))
                        .clientOrderId(newId()).build(),
                OrderListLeg.builder(OrderType.STOP_LOSS_LIMIT).price(new BigDecimal("58900.00"))
                        .stopPrice(new BigDecimal("59000.00")).timeInForce(TimeInForce.GTC).build())
                .listClientOrderId(newId());
    }

    private int faultsApplied() {
        return venue.sim.faults().applied().size();
    }

    @Test
    void testOrdersAreCheckedLikeTheWebSocketApisAndNothingIsPlaced() throws Exception {
        PlaceOrderRequest order = restingBuy("50000.00").build();
        assertThat(get(trading.testOrder(order, false)).computed()).isFalse();
        OrderCommissionRates rates = get(trading.testOrder(order, true));
        assertThat(rates.computed()).isTrue();
        assertThat(rates).isEqualTo(get(ws.trading().testOrder(order, true)));
        assertThat(get(trading.sorTestOrder(order, true))).isEqualTo(get(ws.trading().sorTestOrder(order, true)));
        assertThat(get(trading.sorTestOrder(order, false)).computed()).isFalse();
        assertThat(get(trading.openOrders("BTCUSDT"))).isEmpty();
        BinanceApiException offTick = failure(trading.testOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.001"), new BigDecimal("0.01")).build(), false));
        assertThat(offTick.code()).isEqualTo(-1013);
        assertThat(offTick.httpStatus()).isEqualTo(400);
    }

    @Test
    void sorPlacesAnOrderAnswerLikeTheWebSocketApi() throws Exception {
        List<OrderResponse> placed = get(trading.sorPlaceOrder(restingBuy("50000.00").build()));
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).status()).isEqualTo(OrderStatus.NEW);
        assertThat(get(client.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", placed.get(0).orderId())))
                .price()).isEqualByComparingTo("50000");
        BinanceApiException stop = failure(trading.sorPlaceOrder(PlaceOrderRequest.builder().symbol("BTCUSDT")
                .side(Side.BUY).type(OrderType.STOP_LOSS).quantity(new BigDecimal("0.01"))
                .stopPrice(new BigDecimal("70000")).build()));
        assertThat(stop.code()).isNotZero();
        assertThat(stop.outcomeUnknown()).isFalse();
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
    }

    @Test
    void cancelReplaceA409SaysWhatEachHalfDidEitherWay() throws Exception {
        // Cancel succeeds, the new order fails: a LIMIT_MAKER that would cross the resting sell.
        get(venue.rest(RestVenue.otherCreds()).placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL,
                new BigDecimal("60000.00"), new BigDecimal("0.01")).build()));
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
        assertThat(e.error().outcomeUnknown()).isFalse();
        assertThat(e.result().canceled()).isTrue();
        assertThat(e.result().cancelResponse().orderId()).isEqualTo(old.orderId());
        assertThat(e.result().placed()).isFalse();
        assertThat(e.result().newOrderError().code()).isEqualTo(-2010);
        assertThat(e.getMessage()).contains("cancel SUCCESS", "new order FAILURE", "-2010");

        // The other way round: the cancel fails (unknown order), the new order is placed anyway.
        CancelReplaceException e2 = (CancelReplaceException) cause(trading.cancelReplace(
                CancelReplaceRequest.builder(CancelReplaceMode.ALLOW_FAILURE, restingBuy("49000.00").build())
                        .cancelOrderId(987654321L).build()));
        assertThat(e2.error().code()).isEqualTo(-2021);
        assertThat(e2.error().httpStatus()).isEqualTo(409);
        assertThat(e2.result().canceled()).isFalse();
        assertThat(e2.result().cancelError().code()).isEqualTo(-2011);
        assertThat(e2.result().newOrderResponse().status()).isEqualTo(OrderStatus.NEW);
        assertThat(get(trading.openOrders("BTCUSDT"))).extracting(OrderResponse::orderId)
                .contains(e2.result().newOrderResponse().orderId());
    }

    @Test
    void cancelReplaceCompleteFailureAndPlainErrors() throws Exception {
        CancelReplaceException e = (CancelReplaceException) cause(trading.cancelReplace(CancelReplaceRequest.builder(
                CancelReplaceMode.STOP_ON_FAILURE, restingBuy("50000.00").build()).cancelOrderId(123456789L).build()));
        assertThat(e.error().code()).isEqualTo(-2022);
        assertThat(e.error().httpStatus()).isEqualTo(400);
        assertThat(e.result().cancelResult()).isEqualTo("FAILURE");
        assertThat(e.result().newOrderResult()).isEqualTo("NOT_ATTEMPTED");
        assertThat(e.result().newOrderResponse()).isNull();
        // A plain error (unknown symbol) is a plain BinanceApiException.
        assertThat(failure(trading.cancelReplace(CancelReplaceRequest.builder(CancelReplaceMode.ALLOW_FAILURE,
                PlaceOrderRequest.limit("NOPEUSDT", Side.BUY, BigDecimal.ONE, BigDecimal.ONE).build())
                .cancelOrderId(1).build())).code()).isEqualTo(-1121);
    }

    @Test
    void amendKeepPriority() throws Exception {
        OrderResponse o = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.00"), new BigDecimal("0.05000")).newClientOrderId(newId()).build()));
        String newCid = newId();
        AmendResult r = get(trading.amendKeepPriority(AmendOrderRequest.builder("BTCUSDT", new BigDecimal("0.02"))
                .orderId(o.orderId()).newClientOrderId(newCid).build()));
        assertThat(r.amendedOrder().orderId()).isEqualTo(o.orderId());
        assertThat(r.amendedOrder().qty()).isEqualByComparingTo("0.02");
        assertThat(r.amendedOrder().clientOrderId()).isEqualTo(newCid);
        assertThat(r.executionId()).isPositive();
        assertThat(r.listStatus()).isNull();
        BinanceApiException increase = failure(trading.amendKeepPriority(AmendOrderRequest.builder("BTCUSDT",
                new BigDecimal("1")).orderId(o.orderId()).build()));
        assertThat(increase.code()).isEqualTo(-2038);
        assertThat(increase.outcomeUnknown()).isFalse();
    }

    @Test
    void openOrdersAndCancelAll() throws Exception {
        OrderResponse a = rest("50000.00");
        rest("50001.00");
        get(client.placeOrder(PlaceOrderRequest.limit("ETHUSDT", Side.BUY, new BigDecimal("2000.00"),
                new BigDecimal("0.1000")).build()));
        OrderListResponse oco = get(trading.placeOrderList(oco(Side.SELL).build()));
        List<OrderResponse> open = get(trading.openOrders("BTCUSDT"));
        assertThat(open).hasSize(4).usingRecursiveComparison().isEqualTo(get(ws.trading().openOrders("BTCUSDT")));
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

    @Test
    void orderListsArePlacedQueriedAndCanceled() throws Exception {
        OrderListResponse oco = get(trading.placeOrderList(oco(Side.SELL).build()));
        assertThat(oco.contingencyType()).isEqualTo("OCO");
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

        OrderListResponse byId = get(trading.orderListStatus(oco.orderListId()));
        assertThat(byId).usingRecursiveComparison().isEqualTo(get(ws.trading().orderListStatus(oco.orderListId())));
        assertThat(byId.listClientOrderId()).isEqualTo(oco.listClientOrderId());
        assertThat(get(trading.orderListStatus(oco.listClientOrderId()))).isEqualTo(byId);
        List<OrderListResponse> openLists = get(trading.openOrderLists());
        assertThat(openLists).usingRecursiveComparison().isEqualTo(get(ws.trading().openOrderLists()));
        assertThat(openLists).extracting(OrderListResponse::orderListId)
                .containsExactlyInAnyOrder(oco.orderListId(), oto.orderListId(), otoco.orderListId());

        OrderListResponse canceled = get(trading.cancelOrderList(CancelOrderListRequest.byOrderListId("BTCUSDT",
                oto.orderListId())));
        assertThat(canceled.listOrderStatus()).isEqualTo("ALL_DONE");
        assertThat(canceled.orderReports()).extracting(OrderResponse::status).containsOnly(OrderStatus.CANCELED);
        get(trading.cancelOrderList(CancelOrderListRequest.byListClientOrderId("BTCUSDT",
                otoco.listClientOrderId())));
        assertThat(get(trading.openOrderLists())).hasSize(1);

        assertThat(failure(trading.placeOrderList(oco(Side.BUY).build())).code()).isNotZero();
        assertThat(failure(trading.orderListStatus(424242)).code()).isEqualTo(-2013);
        assertThat(failure(trading.cancelOrderList(CancelOrderListRequest.byOrderListId("BTCUSDT", 424242)))
                .code()).isEqualTo(-2011);
        BinanceApiException stranger = failure(venue.rest(RestVenue.unknownCreds()).trading().openOrderLists());
        assertThat(stranger.code()).isIn(-2014, -2015, -1022);
        assertThat(stranger.category()).isEqualTo(ErrorCategory.AUTH);
        assertThatThrownBy(() -> trading.orderListStatus(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelReplaceWhoseAnswerIsLostIsUnknownAndNotResent() throws Exception {
        OrderResponse old = rest("50000.00");
        int applied = faultsApplied();
        venue.sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.cancelReplace"));
        BinanceApiException e = failure(trading.cancelReplace(CancelReplaceRequest.builder(
                CancelReplaceMode.STOP_ON_FAILURE, restingBuy("50002.00").build()).cancelOrderId(old.orderId())
                .build()));
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(faultsApplied()).isEqualTo(applied + 1);
        // Resolved by a query: the replacement was placed once (dropped after the engine), nothing was resent.
        assertThat(get(trading.openOrders("BTCUSDT"))).extracting(OrderResponse::price)
                .containsExactly(new BigDecimal("50002.00000000"));
    }

    @Test
    void writesAnswered5xxAreUnknownAndReadsWhoseConnectionDroppedAreAskedAgain() throws Exception {
        venue.sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_AFTER_ENGINE).method("orderList.place.oco"));
        OrderListRequest list = oco(Side.SELL).build();
        BinanceApiException e = failure(trading.placeOrderList(list));
        assertThat(e.httpStatus()).isGreaterThanOrEqualTo(500);
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(get(trading.orderListStatus(list.listClientOrderId())).listOrderStatus()).isEqualTo("EXECUTING");

        venue.sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("openOrders.cancelAll"));
        assertThat(failure(trading.cancelAllOpenOrders("BTCUSDT")).category())
                .isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(get(trading.openOrderLists())).isEmpty(); // it did cancel

        int applied = faultsApplied();
        venue.sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("openOrderLists.status"));
        assertThat(get(trading.openOrderLists())).isEmpty();
        assertThat(faultsApplied()).isEqualTo(applied + 1);
    }
}
