package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.BinanceApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.tradewire.client.spot.CoverageVenue.cause;
import static io.tradewire.client.spot.CoverageVenue.failure;
import static io.tradewire.client.spot.CoverageVenue.get;
import static io.tradewire.client.spot.CoverageVenue.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trailing stops ({@code trailingDelta}) and pegged orders ({@code pegPriceType}, {@code pegOffsetType},
 * {@code pegOffsetValue}): the builders' rules from rest-api.md / web-socket-api.md ("Pegged Orders Info", the
 * mandatory parameters per type, the Trailing Stop FAQ), the parameters on the wire, and the venue receiving them.
 */
class ConditionalOrderParamsTest {
    private static final BigDecimal P = new BigDecimal("60000.00");
    private static final BigDecimal Q = new BigDecimal("0.01000");

    private static CoverageVenue venue;
    private static SpotWsApiClient client;

    @BeforeAll
    static void start() throws Exception {
        venue = new CoverageVenue();
        client = venue.connect(CoverageVenue.hmacCreds());
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    private static PlaceOrderRequest.Builder order(OrderType type) {
        return PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.SELL).type(type).quantity(Q);
    }

    private static RequestParams params(PlaceOrderRequest r) {
        RequestParams p = new RequestParams();
        r.addTo(p);
        return p;
    }

    // ---- trailingDelta ----

    @Test
    void trailingDeltaReplacesOrJoinsStopPriceOnStopOrders() {
        PlaceOrderRequest trailingOnly = order(OrderType.STOP_LOSS).trailingDelta(100).build();
        assertThat(trailingOnly.trailingDelta()).isEqualTo(100L);
        assertThat(params(trailingOnly).canonicalPayload())
                .isEqualTo("quantity=0.01000&side=SELL&symbol=BTCUSDT&trailingDelta=100&type=STOP_LOSS");

        PlaceOrderRequest both = order(OrderType.STOP_LOSS_LIMIT).timeInForce(TimeInForce.GTC).price(P)
                .stopPrice(new BigDecimal("61000.00")).trailingDelta(500).build();
        assertThat(params(both).canonicalPayload()).isEqualTo("price=60000.00&quantity=0.01000&side=SELL"
                + "&stopPrice=61000.00&symbol=BTCUSDT&timeInForce=GTC&trailingDelta=500&type=STOP_LOSS_LIMIT");
        assertThat(both.toString()).contains("trailingDelta=500");

        for (OrderType t : List.of(OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_LIMIT)) {
            PlaceOrderRequest.Builder b = order(t).trailingDelta(1);
            if (t.equals(OrderType.TAKE_PROFIT_LIMIT)) {
                b.timeInForce(TimeInForce.GTC).price(P);
            }
            assertThat(params(b.build()).get("trailingDelta")).isEqualTo("1");
        }
    }

    @Test
    void stopOrdersNeedStopPriceOrTrailingDelta() {
        assertThatThrownBy(() -> order(OrderType.STOP_LOSS).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.place: stopPrice or trailingDelta (or both) is required for STOP_LOSS orders");
        assertThatThrownBy(() -> order(OrderType.TAKE_PROFIT_LIMIT).timeInForce(TimeInForce.GTC).price(P).build())
                .hasMessage("order.place: stopPrice or trailingDelta (or both) is required for TAKE_PROFIT_LIMIT "
                        + "orders");
    }

    @Test
    void trailingDeltaMustBePositiveBipsOnStopTypesOnly() {
        assertThatThrownBy(() -> order(OrderType.STOP_LOSS).trailingDelta(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.place: trailingDelta must be a positive number of basis points (BIPS), was 0");
        assertThatThrownBy(() -> order(OrderType.STOP_LOSS).trailingDelta(-5).build())
                .hasMessage("order.place: trailingDelta must be a positive number of basis points (BIPS), was -5");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(P).trailingDelta(100)
                .build())
                .hasMessage("order.place: trailingDelta is only allowed for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT"
                        + " and TAKE_PROFIT_LIMIT orders, not LIMIT");
        assertThatThrownBy(() -> order(OrderType.MARKET).trailingDelta(100).build())
                .hasMessageEndingWith("not MARKET");
        assertThatThrownBy(() -> order(OrderType.LIMIT_MAKER).price(P).trailingDelta(100).build())
                .hasMessageEndingWith("not LIMIT_MAKER");
        // A type this release does not know: passed through for the venue to judge.
        assertThat(order(OrderType.of("TRAILING_FANCY")).trailingDelta(100).build().trailingDelta()).isEqualTo(100L);
    }

    // ---- pegged orders ----

    @Test
    void peggedOrdersMayOmitThePriceAndSendAllThreeParameters() {
        PlaceOrderRequest r = order(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                .pegPriceType(PlaceOrderRequest.PRIMARY_PEG).pegOffsetType(PlaceOrderRequest.PRICE_LEVEL)
                .pegOffsetValue(5).build();
        assertThat(r.price()).isNull();
        assertThat(r.pegPriceType()).isEqualTo("PRIMARY_PEG");
        assertThat(r.pegOffsetType()).isEqualTo("PRICE_LEVEL");
        assertThat(r.pegOffsetValue()).isEqualTo(5);
        assertThat(params(r).canonicalPayload()).isEqualTo("pegOffsetType=PRICE_LEVEL&pegOffsetValue=5"
                + "&pegPriceType=PRIMARY_PEG&quantity=0.01000&side=SELL&symbol=BTCUSDT&timeInForce=GTC&type=LIMIT");
        assertThat(r.toString()).contains("pegPriceType=PRIMARY_PEG", "pegOffsetType=PRICE_LEVEL",
                "pegOffsetValue=5");

        // Peg alone, with a price too, and on the other allowed types.
        assertThat(params(order(OrderType.LIMIT_MAKER).pegPriceType("PRIMARY_PEG").build()).get("pegPriceType"))
                .isEqualTo("PRIMARY_PEG");
        assertThat(params(order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(P).pegPriceType("MARKET_PEG")
                .build()).get("price")).isEqualTo("60000.00");
        assertThat(order(OrderType.STOP_LOSS_LIMIT).timeInForce(TimeInForce.GTC).stopPrice(P)
                .pegPriceType("MARKET_PEG").pegOffsetType("PRICE_LEVEL").pegOffsetValue(100).build()
                .pegOffsetValue()).isEqualTo(100);
        assertThat(order(OrderType.TAKE_PROFIT_LIMIT).timeInForce(TimeInForce.GTC).trailingDelta(50)
                .pegPriceType("PRIMARY_PEG").pegOffsetType("PRICE_LEVEL").pegOffsetValue(0).build()
                .pegOffsetValue()).isZero();
    }

    @Test
    void unpeggedLimitOrdersStillNeedAPrice() {
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).build())
                .hasMessage("order.place: price is required for LIMIT orders");
    }

    @Test
    void pegRulesAreNamedWithTheField() {
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("BEST_PEG")
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.place: pegPriceType 'BEST_PEG' must be PRIMARY_PEG or MARKET_PEG");
        assertThatThrownBy(() -> order(OrderType.MARKET).pegPriceType("PRIMARY_PEG").build())
                .hasMessage("order.place: pegPriceType is only allowed for LIMIT, LIMIT_MAKER, STOP_LOSS_LIMIT and"
                        + " TAKE_PROFIT_LIMIT orders, not MARKET");
        assertThatThrownBy(() -> order(OrderType.STOP_LOSS).stopPrice(P).pegPriceType("PRIMARY_PEG").build())
                .hasMessageEndingWith("not STOP_LOSS");
        assertThatThrownBy(() -> order(OrderType.LIMIT_MAKER).pegPriceType("MARKET_PEG").build())
                .hasMessage("order.place: pegPriceType MARKET_PEG cannot be used for LIMIT_MAKER orders (it would "
                        + "take)");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("PRIMARY_PEG")
                .pegOffsetType("PRICE_LEVEL").build())
                .hasMessage("order.place: pegOffsetType and pegOffsetValue must be given together");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("PRIMARY_PEG")
                .pegOffsetValue(3).build())
                .hasMessage("order.place: pegOffsetType and pegOffsetValue must be given together");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(P)
                .pegOffsetType("PRICE_LEVEL").pegOffsetValue(3).build())
                .hasMessage("order.place: pegOffsetType and pegOffsetValue require pegPriceType");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("PRIMARY_PEG")
                .pegOffsetType("TICKS").pegOffsetValue(3).build())
                .hasMessage("order.place: pegOffsetType 'TICKS' must be PRICE_LEVEL");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("PRIMARY_PEG")
                .pegOffsetType("PRICE_LEVEL").pegOffsetValue(101).build())
                .hasMessage("order.place: pegOffsetValue must be 0 to 100 price levels, was 101");
        assertThatThrownBy(() -> order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("PRIMARY_PEG")
                .pegOffsetType("PRICE_LEVEL").pegOffsetValue(-1).build())
                .hasMessage("order.place: pegOffsetValue must be 0 to 100 price levels, was -1");
    }

    /** The lead's encoder relies on it: addTo adds in name order, so the sort before encoding does no work. */
    @Test
    void everyParameterIsAddedInNameOrder() {
        PlaceOrderRequest all = order(OrderType.STOP_LOSS_LIMIT).timeInForce(TimeInForce.GTC).price(P)
                .stopPrice(new BigDecimal("61000.00")).trailingDelta(500).icebergQty(new BigDecimal("0.001"))
                .newClientOrderId("all-1").newOrderRespType(OrderResponseType.FULL)
                .selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_MAKER).strategyId(7).strategyType(1000000)
                .pegPriceType("PRIMARY_PEG").pegOffsetType("PRICE_LEVEL").pegOffsetValue(2).build();
        List<String> names = params(all).names();
        assertThat(names).hasSize(17).isSorted();
        PlaceOrderRequest scaled = PlaceOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(6_000_000L, 2).quantity(1_000L, 5)
                .pegPriceType("PRIMARY_PEG").pegOffsetType("PRICE_LEVEL").pegOffsetValue(1).build();
        assertThat(params(scaled).names()).isSorted();
    }

    // ---- cancel-replace and order list legs ----

    @Test
    void cancelReplaceSendsTheNewOrdersTrailingAndPegParameters() {
        CancelReplaceRequest r = CancelReplaceRequest.builder(CancelReplaceMode.STOP_ON_FAILURE,
                order(OrderType.LIMIT).timeInForce(TimeInForce.GTC).pegPriceType("MARKET_PEG")
                        .pegOffsetType("PRICE_LEVEL").pegOffsetValue(4).build()).cancelOrderId(9).build();
        RequestParams p = new RequestParams();
        r.addTo(p);
        assertThat(p.get("pegPriceType")).isEqualTo("MARKET_PEG");
        assertThat(p.get("pegOffsetType")).isEqualTo("PRICE_LEVEL");
        assertThat(p.get("pegOffsetValue")).isEqualTo("4");
        assertThat(p.get("cancelOrderId")).isEqualTo("9");

        CancelReplaceRequest trailing = CancelReplaceRequest.builder(CancelReplaceMode.ALLOW_FAILURE,
                order(OrderType.TAKE_PROFIT).trailingDelta(250).build()).cancelOrigClientOrderId("old-1").build();
        RequestParams q = new RequestParams();
        trailing.addTo(q);
        assertThat(q.get("trailingDelta")).isEqualTo("250");
        assertThat(q.get("stopPrice")).isNull();
    }

    @Test
    void orderListLegsFollowTheSameRules() {
        OrderListLeg trailingStop = OrderListLeg.builder(OrderType.STOP_LOSS).trailingDelta(300).build();
        assertThat(trailingStop.trailingDelta()).isEqualTo(300L);
        RequestParams p = new RequestParams();
        trailingStop.addTo(p, "below");
        assertThat(p.get("belowTrailingDelta")).isEqualTo("300");

        OrderListLeg pegged = OrderListLeg.builder(OrderType.LIMIT_MAKER).peg("PRIMARY_PEG", "PRICE_LEVEL", 3).build();
        RequestParams q = new RequestParams();
        pegged.addTo(q, "above");
        assertThat(q.get("abovePegPriceType")).isEqualTo("PRIMARY_PEG");
        assertThat(q.get("abovePegOffsetType")).isEqualTo("PRICE_LEVEL");
        assertThat(q.get("abovePegOffsetValue")).isEqualTo("3");
        assertThat(q.get("abovePrice")).isNull();

        assertThatThrownBy(() -> OrderListLeg.builder(OrderType.LIMIT_MAKER).price(P).trailingDelta(10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order list leg: trailingDelta is only allowed for STOP_LOSS, STOP_LOSS_LIMIT,"
                        + " TAKE_PROFIT and TAKE_PROFIT_LIMIT orders, not LIMIT_MAKER");
        assertThatThrownBy(() -> OrderListLeg.builder(OrderType.STOP_LOSS).trailingDelta(0).build())
                .hasMessage("order list leg: trailingDelta must be a positive number of basis points (BIPS), was 0");
        assertThatThrownBy(() -> OrderListLeg.builder(OrderType.STOP_LOSS).stopPrice(P)
                .peg("PRIMARY_PEG", null, null).build())
                .hasMessageEndingWith("not STOP_LOSS");
        assertThatThrownBy(() -> OrderListLeg.builder(OrderType.LIMIT_MAKER).peg("MARKET_PEG", null, null).build())
                .hasMessageContaining("MARKET_PEG cannot be used for LIMIT_MAKER");
        assertThatThrownBy(() -> OrderListLeg.builder(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                .peg("PRIMARY_PEG", "PRICE_LEVEL", null).build())
                .hasMessage("order list leg: pegOffsetType and pegOffsetValue must be given together");
        assertThatThrownBy(() -> OrderListLeg.builder(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                .peg("PRIMARY", null, null).build())
                .hasMessage("order list leg: pegPriceType 'PRIMARY' must be PRIMARY_PEG or MARKET_PEG");
    }

    // ---- the venue receives them ----

    /**
     * Without {@code trailingDelta} on the wire the venue would answer -1102 (stopPrice or trailingDelta missing);
     * with it, Binance's refusal of trailing stops on this symbol.
     */
    @Test
    void venueReceivesTrailingDelta() throws Exception {
        BinanceApiException e = failure(client.placeOrder(order(OrderType.STOP_LOSS).trailingDelta(100)
                .newClientOrderId(newId()).build()));
        assertThat(e.code()).isEqualTo(-2010);
        assertThat(e.getMessage()).contains("Trailing stop orders are not supported for this symbol.");

        // Cancel-replace: the cancel succeeds, the new (trailing) order meets the same refusal.
        OrderResponse resting = get(client.placeOrder(order(OrderType.LIMIT).side(Side.BUY)
                .timeInForce(TimeInForce.GTC).price(new BigDecimal("50000.00")).newClientOrderId(newId()).build()));
        Throwable t = cause(client.trading().cancelReplace(CancelReplaceRequest.builder(
                CancelReplaceMode.STOP_ON_FAILURE, order(OrderType.TAKE_PROFIT).trailingDelta(100).build())
                .cancelOrderId(resting.orderId()).build()));
        assertThat(t).isInstanceOf(CancelReplaceException.class);
        CancelReplaceResult r = ((CancelReplaceException) t).result();
        assertThat(r.canceled()).isTrue();
        assertThat(r.newOrderError().code()).isEqualTo(-2010);
        assertThat(r.newOrderError().getMessage()).contains("Trailing stop orders are not supported for this symbol.");
    }

    /** Without the peg on the wire the venue would answer -1102 (price missing); with it, the pegged refusal. */
    @Test
    void venueReceivesThePeg() throws Exception {
        BinanceApiException e = failure(client.placeOrder(order(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                .pegPriceType("PRIMARY_PEG").pegOffsetType("PRICE_LEVEL").pegOffsetValue(1)
                .newClientOrderId(newId()).build()));
        assertThat(e.code()).isEqualTo(-2010);
        assertThat(e.getMessage()).contains("Pegged orders are not supported for this symbol.");

        BinanceApiException leg = failure(client.trading().placeOrderList(OrderListRequest.oco("BTCUSDT", Side.SELL,
                Q, OrderListLeg.builder(OrderType.LIMIT_MAKER).peg("PRIMARY_PEG", null, null).build(),
                OrderListLeg.builder(OrderType.STOP_LOSS).stopPrice(new BigDecimal("59000.00")).build()).build()));
        assertThat(leg.getMessage()).contains("Pegged orders are not supported for this symbol.");
        BinanceApiException trailingLeg = failure(client.trading().placeOrderList(OrderListRequest.oco("BTCUSDT",
                Side.SELL, Q, OrderListLeg.builder(OrderType.LIMIT_MAKER).price(new BigDecimal("61000.00")).build(),
                OrderListLeg.builder(OrderType.STOP_LOSS).trailingDelta(100).build()).build()));
        assertThat(trailingLeg.getMessage()).contains("Trailing stop orders are not supported for this symbol.");
    }

    @Test
    void anOrdinaryOrderStillGoesThrough() throws Exception {
        OrderResponse r = get(client.placeOrder(order(OrderType.LIMIT).side(Side.BUY).timeInForce(TimeInForce.GTC)
                .price(new BigDecimal("50000.00")).newClientOrderId(newId()).build()));
        assertThat(r.orderId()).isPositive();
        assertThat(r.trailingDelta()).isEqualTo(-1);
        assertThat(r.pegPriceType()).isNull();
    }
}
