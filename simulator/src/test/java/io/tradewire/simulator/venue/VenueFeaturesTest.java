package io.tradewire.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.filter.SymbolFilters;
import io.tradewire.core.time.ManualClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stops, STP DECREMENT, commissions, order lists, amendments, histories and the issue-3 filters. */
class VenueFeaturesTest {
    private static final long T0 = 1_700_000_000_000L;

    private final ManualClock clock = new ManualClock(T0);
    private Venue venue;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        venue = new Venue(SymbolSpec.defaults(), clock);
        venue.addAccount(AccountSpec.of("alice", Map.of("USDT", bd("1000000"), "BTC", bd("10"))));
        venue.addAccount(AccountSpec.of("bob", Map.of("USDT", bd("1000000"), "BTC", bd("10"))));
        venue.setListener(new VenueListener() {
            @Override
            public void onExecution(String apiKey, OrderResult order, Fill fill, ExecutionType type) {
                events.add(apiKey + " " + order.orderId() + " " + type.wireName() + " " + order.status().wireName());
            }

            @Override
            public void onListStatus(String apiKey, OrderListResult list) {
                events.add(apiKey + " list " + list.orderListId() + " " + list.listOrderStatus());
            }
        });
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static PlaceOrderCommand.Builder limit(Side side, String price, String qty) {
        return PlaceOrderCommand.builder().symbol("BTCUSDT").side(side).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(bd(price)).quantity(bd(qty));
    }

    private OrderResult place(String key, PlaceOrderCommand.Builder b) throws VenueException {
        return venue.placeOrder(key, b.build());
    }

    /** Makes the last price {@code price}: bob sells to alice. */
    private void trade(String price) throws VenueException {
        place("bob", limit(Side.SELL, price, "0.001"));
        place("alice", limit(Side.BUY, price, "0.001"));
    }

    private static void assertVenueError(ThrowingCallable call, int code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VenueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.message()).isEqualTo(message);
        });
    }

    private String free(String key, String asset) {
        return venue.balances(key).get(asset).free().toPlainString();
    }

    private String locked(String key, String asset) {
        return venue.balances(key).get(asset).locked().toPlainString();
    }

    // ------------------------------------------------------------------------------------------- stops

    @Test
    void stopLossSellTriggersOnLastPriceAndSellsAtMarket() throws Exception {
        trade("60000");
        OrderResult stop = place("alice", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                .type(OrderType.STOP_LOSS).quantity(bd("0.01")).stopPrice(bd("59000")));
        assertThat(stop.status()).isEqualTo(OrderStatus.NEW);
        assertThat(stop.isWorking()).isFalse();
        assertThat(stop.workingTime()).isEqualTo(-1);
        assertThat(stop.hasStopPrice()).isTrue();
        assertThat(stop.stopPrice().toPlainString()).isEqualTo("59000.00000000");
        assertThat(locked("alice", "BTC")).isEqualTo("0.01000000");

        place("bob", limit(Side.BUY, "58500", "0.02")); // the bid the stop will hit
        trade("59500"); // not yet
        assertThat(venue.queryOrder("alice", "BTCUSDT", stop.orderId(), null).isWorking()).isFalse();
        clock.advanceMillis(10);
        trade("59000"); // reaches the stop
        OrderResult after = venue.queryOrder("alice", "BTCUSDT", stop.orderId(), null);
        assertThat(after.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(after.isWorking()).isTrue();
        assertThat(after.workingTime()).isEqualTo(T0 + 10);
        assertThat(after.cummulativeQuoteQty().toPlainString()).isEqualTo("585.00000000");
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");
    }

    @Test
    void takeProfitLimitBuyTriggersBelowAndRestsAsLimit() throws Exception {
        trade("60000");
        OrderResult tp = place("alice", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.TAKE_PROFIT_LIMIT).timeInForce(TimeInForce.GTC).quantity(bd("0.01"))
                .price(bd("55000")).stopPrice(bd("58000")));
        assertThat(locked("alice", "USDT")).isEqualTo("550.00000000");
        trade("58000");
        OrderResult after = venue.queryOrder("alice", "BTCUSDT", tp.orderId(), null);
        assertThat(after.status()).isEqualTo(OrderStatus.NEW);
        assertThat(after.isWorking()).isTrue();
        List<String> bids = new ArrayList<>();
        venue.depth("BTCUSDT", true, 5, (p, q) -> bids.add(p + "x" + q));
        assertThat(bids).containsExactly(5_500_000_000_000L + "x" + 1_000_000L);
    }

    @Test
    void stopErrors() throws Exception {
        trade("60000");
        PlaceOrderCommand.Builder b = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.STOP_LOSS).quantity(bd("0.01"));
        assertVenueError(() -> place("alice", b), -1102,
                "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!");
        assertVenueError(() -> place("alice", b.stopPrice(bd("59000"))), -2010, "Order would trigger immediately.");
        assertVenueError(() -> place("alice", b.stopPrice(bd("61000")).trailingDelta(100L)), -2010,
                "Trailing stop orders are not supported for this symbol.");
        assertVenueError(() -> place("alice", b.trailingDelta(null).price(bd("61000"))), -1106,
                "Parameter 'price' sent when not required.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "1", "1").stopPrice(bd("2"))), -1106,
                "Parameter 'stopPrice' sent when not required.");
        Venue restricted = new Venue(List.of(SymbolSpec.builder().symbol("XY").baseAsset("X").quoteAsset("Y")
                .orderTypes(List.of(OrderType.LIMIT)).build()), clock);
        restricted.addAccount(AccountSpec.of("a", Map.of("Y", bd("100"))));
        assertVenueError(() -> restricted.placeOrder("a", PlaceOrderCommand.builder().symbol("XY").side(Side.BUY)
                .type(OrderType.STOP_LOSS_LIMIT).timeInForce(TimeInForce.GTC).price(bd("1")).stopPrice(bd("2"))
                .quantity(bd("1")).build()), -2010, "Stop loss limit orders are not supported for this symbol.");
    }

    // ------------------------------------------------------------------------------------------- STP

    @Test
    void decrementScenarioGAndPreventedMatches() throws Exception {
        OrderResult maker = place("alice", limit(Side.BUY, "60000", "0.06")
                .selfTradePreventionMode(SelfTradePreventionMode.NONE));
        OrderResult taker = place("alice", limit(Side.SELL, "60000", "0.02")
                .selfTradePreventionMode(SelfTradePreventionMode.DECREMENT));
        assertThat(taker.status()).isEqualTo(OrderStatus.EXPIRED_IN_MATCH);
        assertThat(taker.preventedQuantity().toPlainString()).isEqualTo("0.02000000");
        assertThat(taker.preventedMatchId()).isEqualTo(1);
        OrderResult m = venue.queryOrder("alice", "BTCUSDT", maker.orderId(), null);
        assertThat(m.status()).isEqualTo(OrderStatus.NEW);
        assertThat(m.preventedQuantity().toPlainString()).isEqualTo("0.02000000");
        List<String> bids = new ArrayList<>();
        venue.depth("BTCUSDT", true, 5, (p, q) -> bids.add(p + "x" + q));
        assertThat(bids).containsExactly(6_000_000_000_000L + "x" + 4_000_000L);

        List<PreventedMatch> pm = venue.preventedMatches("alice", "BTCUSDT", -1, taker.orderId(), -1, 500);
        assertThat(pm).singleElement().satisfies(p -> {
            assertThat(p.preventedMatchId()).isEqualTo(1);
            assertThat(p.makerOrderId()).isEqualTo(maker.orderId());
            assertThat(p.mode()).isEqualTo(SelfTradePreventionMode.DECREMENT);
            assertThat(p.takerPreventedQtyScaled()).isEqualTo(2_000_000L);
            assertThat(p.makerPreventedQtyScaled()).isEqualTo(2_000_000L);
        });
        assertThat(venue.preventedMatches("alice", "BTCUSDT", 1, -1, -1, 500)).hasSize(1);
        assertThat(venue.preventedMatches("bob", "BTCUSDT", 1, -1, -1, 500)).isEmpty();
        // the maker still holds its whole reservation until it ends; cancel returns everything
        venue.cancelOrder("alice", "BTCUSDT", maker.orderId(), null, null);
        assertThat(locked("alice", "USDT")).isEqualTo("0.00000000");
        assertThat(free("alice", "USDT")).isEqualTo("1000000.00000000");
    }

    @Test
    void transferBehavesAsDecrementWithinOneAccount() throws Exception {
        place("alice", limit(Side.BUY, "60000", "0.01"));
        OrderResult t = place("alice", limit(Side.SELL, "60000", "0.03")
                .selfTradePreventionMode(SelfTradePreventionMode.TRANSFER));
        assertThat(t.status()).isEqualTo(OrderStatus.NEW); // 0.01 prevented, 0.02 rests
        assertThat(t.preventedQuantity().toPlainString()).isEqualTo("0.01000000");
        assertThat(venue.queryOrder("alice", "BTCUSDT", 1, null).status()).isEqualTo(OrderStatus.EXPIRED_IN_MATCH);
        assertThat(t.selfTradePreventionMode()).isEqualTo(SelfTradePreventionMode.TRANSFER);
    }

    // ------------------------------------------------------------------------------------------- commissions

    @Test
    void commissionsAreChargedInTheReceivedAssetAndReported() throws Exception {
        venue.setCommissionRates("alice", CommissionRates.of(bd("0.001"), bd("0.002")));
        venue.setCommissionRates("bob", new CommissionRates(bd("0.0005"), bd("0.001"), bd("0"), bd("0.0001")));
        place("alice", limit(Side.BUY, "50000", "0.1")); // maker, receives BTC
        OrderResult taker = place("bob", limit(Side.SELL, "50000", "0.1")); // taker, receives USDT
        Fill f = taker.fills().get(0);
        assertThat(f.commission().toPlainString()).isEqualTo("5.50000000"); // 5000 * (0.001 + 0.0001)
        assertThat(f.commissionAsset()).isEqualTo("USDT");
        assertThat(free("bob", "USDT")).isEqualTo("1004994.50000000");
        assertThat(free("alice", "BTC")).isEqualTo("10.09990000"); // 0.1 - 0.1 * 0.001
        assertThat(venue.collectedCommissions()).containsEntry("USDT", bd("5.50000000"))
                .containsEntry("BTC", bd("0.00010000"));
        List<AccountTrade> trades = venue.myTrades("alice", "BTCUSDT", -1, -1, -1, -1, 500);
        assertThat(trades).singleElement().satisfies(t -> {
            assertThat(t.isMaker()).isTrue();
            assertThat(t.isBuyer()).isTrue();
            assertThat(t.commissionScaled()).isEqualTo(10_000L);
            assertThat(t.commissionAsset()).isEqualTo("BTC");
            assertThat(t.quoteQtyScaled()).isEqualTo(500_000_000_000L);
        });
        assertThat(venue.myTrades("bob", "BTCUSDT", taker.orderId(), -1, -1, -1, 500)).hasSize(1);
        assertThat(venue.myTrades("bob", "BTCUSDT", 999, -1, -1, -1, 500)).isEmpty();
        assertThat(venue.commissionRates("bob").seller()).isEqualByComparingTo("0.0001");
        assertThatThrownBy(() -> CommissionRates.of(bd("-0.1"), bd("0"))).isInstanceOf(IllegalArgumentException.class);
        venue.addAccount(AccountSpec.of("carol", Map.of("USDT", bd("1")))
                .withCommissionRates(CommissionRates.of(bd("0.00075"), bd("0.001"))));
        assertThat(venue.commissionRates("carol").maker()).isEqualByComparingTo("0.00075");
    }

    // ------------------------------------------------------------------------------------------- order lists

    private OrderListResult sellOco() throws VenueException {
        PlaceOrderCommand.Builder leg = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                .quantity(bd("0.1"));
        return venue.placeOco("alice", "myList",
                leg.build().toBuilder().type(OrderType.LIMIT_MAKER).price(bd("62000")).build(),
                leg.build().toBuilder().type(OrderType.STOP_LOSS_LIMIT).price(bd("57000")).stopPrice(bd("58000"))
                        .timeInForce(TimeInForce.GTC).build());
    }

    @Test
    void ocoLimitMakerFillExpiresTheStop() throws Exception {
        trade("60000");
        OrderListResult oco = sellOco();
        assertThat(oco.contingencyType()).isEqualTo("OCO");
        assertThat(oco.listStatusType()).isEqualTo("EXEC_STARTED");
        assertThat(oco.listOrderStatus()).isEqualTo("EXECUTING");
        assertThat(oco.listClientOrderId()).isEqualTo("myList");
        assertThat(oco.orders()).hasSize(2);
        assertThat(oco.orders().get(0).orderListId()).isEqualTo(oco.orderListId());
        assertThat(locked("alice", "BTC")).isEqualTo("0.10000000"); // one reservation for the pair
        place("bob", limit(Side.BUY, "62000", "0.05"));
        OrderListResult after = venue.orderListStatus("alice", oco.orderListId(), null);
        assertThat(after.listOrderStatus()).isEqualTo("EXECUTING");
        OrderResult stop = venue.queryOrder("alice", "BTCUSDT", oco.orders().get(1).orderId(), null);
        assertThat(stop.status()).isEqualTo(OrderStatus.EXPIRED);
        place("bob", limit(Side.BUY, "62000", "0.05"));
        after = venue.orderListStatus("alice", -1, "myList");
        assertThat(after.listStatusType()).isEqualTo("ALL_DONE");
        assertThat(after.listOrderStatus()).isEqualTo("ALL_DONE");
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");
        assertThat(venue.openOrderLists("alice")).isEmpty();
        assertThat(events).contains("alice list " + oco.orderListId() + " ALL_DONE");
    }

    @Test
    void ocoStopTriggerExpiresTheLimitMaker() throws Exception {
        trade("60000");
        OrderListResult oco = sellOco();
        place("bob", limit(Side.BUY, "57500", "0.2"));
        trade("58000");
        OrderResult lm = venue.queryOrder("alice", "BTCUSDT", oco.orders().get(0).orderId(), null);
        OrderResult stop = venue.queryOrder("alice", "BTCUSDT", oco.orders().get(1).orderId(), null);
        assertThat(lm.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(stop.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(venue.orderListStatus("alice", oco.orderListId(), null).listOrderStatus()).isEqualTo("ALL_DONE");
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");
    }

    @Test
    void cancelingOneLegCancelsTheList() throws Exception {
        trade("60000");
        OrderListResult oco = sellOco();
        OrderResult c = venue.cancelOrder("alice", "BTCUSDT", oco.orders().get(1).orderId(), null, "cx");
        assertThat(c.orderList()).isNotNull();
        assertThat(c.orderList().orders()).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(r.clientOrderId()).isEqualTo("cx");
        });
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");
        assertVenueError(() -> venue.cancelOrderList("alice", "BTCUSDT", oco.orderListId(), null, null), -2011,
                "Unknown order sent.");
        assertThat(venue.orderLists("alice", -1, -1, -1, 500)).hasSize(1);
    }

    @Test
    void ocoValidation() throws Exception {
        trade("60000");
        PlaceOrderCommand.Builder leg = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                .quantity(bd("0.1"));
        PlaceOrderCommand lm = leg.build().toBuilder().type(OrderType.LIMIT_MAKER).price(bd("62000")).build();
        PlaceOrderCommand sl = leg.build().toBuilder().type(OrderType.STOP_LOSS).stopPrice(bd("58000")).build();
        assertVenueError(() -> venue.placeOco("alice", null, sl, lm), -1166, "A limit order in a sell OCO must be above.");
        assertVenueError(() -> venue.placeOco("alice", null, lm, lm.toBuilder().price(bd("61000")).build()), -1168,
                "At least one OCO order must be contingent.");
        assertVenueError(() -> venue.placeOco("alice", null, lm.toBuilder().type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).build(), sl), -1158, "Order type not supported in OCO.");
        assertVenueError(() -> venue.placeOco("alice", null, lm.toBuilder().price(bd("59000")).build(), sl), -2010,
                "The relationship of the prices for the orders is not correct.");
        assertVenueError(() -> venue.placeOco("alice", null, lm.toBuilder().quantity(bd("100")).build(),
                sl.toBuilder().quantity(bd("100")).build()), -2010,
                "Account has insufficient balance for requested action.");
        venue.placeOco("alice", "dup", lm, sl);
        assertVenueError(() -> venue.placeOco("alice", "dup", lm, sl), -2010, "Duplicate order sent.");
    }

    @Test
    void otoStartsThePendingOrderWhenTheWorkingOrderFills() throws Exception {
        PlaceOrderCommand working = limit(Side.BUY, "60000", "0.1").build();
        PlaceOrderCommand pending = limit(Side.SELL, "65000", "0.1").build();
        OrderListResult oto = venue.placeOto("alice", null, working, pending, null);
        assertThat(oto.contingencyType()).isEqualTo("OTO");
        assertThat(oto.orders().get(1).status()).isEqualTo(OrderStatus.PENDING_NEW);
        assertThat(oto.orders().get(1).workingTime()).isEqualTo(-1);
        assertThat(venue.openOrders("alice", "BTCUSDT")).hasSize(2);
        place("bob", limit(Side.SELL, "60000", "0.1"));
        OrderResult p = venue.queryOrder("alice", "BTCUSDT", oto.orders().get(1).orderId(), null);
        assertThat(p.status()).isEqualTo(OrderStatus.NEW);
        assertThat(p.isWorking()).isTrue();
        assertThat(locked("alice", "BTC")).isEqualTo("0.10000000");
        place("bob", limit(Side.BUY, "65000", "0.1"));
        assertThat(venue.orderListStatus("alice", oto.orderListId(), null).listOrderStatus()).isEqualTo("ALL_DONE");
        assertVenueError(() -> venue.placeOto("alice", null, working.toBuilder().type(OrderType.MARKET).price(null)
                .timeInForce(null).build(), pending, null), -1130, "Data sent for parameter 'workingType' is not valid.");
    }

    @Test
    void otocoFillOfTheWorkingOrderStartsTheOcoPair() throws Exception {
        trade("60000");
        PlaceOrderCommand working = limit(Side.BUY, "60000", "0.1").build();
        PlaceOrderCommand.Builder leg = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                .quantity(bd("0.1"));
        OrderListResult l = venue.placeOto("alice", null, working,
                leg.build().toBuilder().type(OrderType.LIMIT_MAKER).price(bd("62000")).build(),
                leg.build().toBuilder().type(OrderType.STOP_LOSS).stopPrice(bd("58000")).build());
        assertThat(l.orders()).hasSize(3);
        place("bob", limit(Side.SELL, "60000", "0.1"));
        assertThat(venue.queryOrder("alice", "BTCUSDT", l.orders().get(1).orderId(), null).status())
                .isEqualTo(OrderStatus.NEW);
        place("bob", limit(Side.BUY, "62000", "0.1"));
        assertThat(venue.queryOrder("alice", "BTCUSDT", l.orders().get(2).orderId(), null).status())
                .isEqualTo(OrderStatus.EXPIRED);
        assertThat(venue.orderListStatus("alice", l.orderListId(), null).listOrderStatus()).isEqualTo("ALL_DONE");
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");
    }

    // ------------------------------------------------------------------------------------------- amend

    @Test
    void amendKeepsPriorityAndIsRecorded() throws Exception {
        OrderResult first = place("alice", limit(Side.SELL, "60000", "0.5").newClientOrderId("a1"));
        place("bob", limit(Side.SELL, "60000", "0.4"));
        AmendResult a = venue.amendOrder("alice", "BTCUSDT", first.orderId(), null, "a2", bd("0.2"));
        assertThat(a.amendedOrder().origQty().toPlainString()).isEqualTo("0.20000000");
        assertThat(a.amendedOrder().clientOrderId()).isEqualTo("a2");
        assertThat(a.amendedOrder().origClientOrderId()).isEqualTo("a1");
        assertThat(a.listStatus()).isNull();
        assertThat(locked("alice", "BTC")).isEqualTo("0.20000000");
        assertThat(events).contains("alice " + first.orderId() + " REPLACED NEW");
        OrderResult buy = place("bob", limit(Side.BUY, "60000", "0.1"));
        assertThat(venue.queryOrder("alice", "BTCUSDT", first.orderId(), null).executedQty().toPlainString())
                .isEqualTo("0.10000000"); // still first in line
        assertThat(buy.fills()).hasSize(1);
        assertThat(venue.amendments("alice", "BTCUSDT", first.orderId(), -1, 500)).singleElement()
                .satisfies(x -> {
                    assertThat(x.origClientOrderId()).isEqualTo("a1");
                    assertThat(x.newQty()).isEqualByComparingTo("0.2");
                });

        assertVenueError(() -> venue.amendOrder("alice", "BTCUSDT", first.orderId(), null, null, bd("0.3")), -2038,
                "Order amend (quantity increase) is not supported.");
        assertVenueError(() -> venue.amendOrder("alice", "BTCUSDT", first.orderId(), null, null, bd("0.2")), -2038,
                "The requested action would change no state; rejecting");
        assertVenueError(() -> venue.amendOrder("alice", "BTCUSDT", 999, null, null, bd("0.1")), -2038,
                "Unknown order sent.");
        assertVenueError(() -> venue.amendOrder("alice", "BTCUSDT", first.orderId(), null, null, bd("0.000001")),
                -1013, "Filter failure: LOT_SIZE");
        // at or below the executed quantity the order ends
        AmendResult end = venue.amendOrder("alice", "BTCUSDT", first.orderId(), null, null, bd("0.1"));
        assertThat(end.amendedOrder().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");
    }

    // ------------------------------------------------------------------------------------------- lists of orders

    @Test
    void cancelAllAndHistory() throws Exception {
        assertVenueError(() -> venue.cancelAllOpenOrders("alice", "BTCUSDT"), -2011, "Unknown order sent.");
        place("alice", limit(Side.BUY, "50000", "0.1"));
        clock.advanceMillis(1000);
        place("alice", limit(Side.BUY, "50001", "0.1"));
        trade("60000");
        sellOco();
        List<OrderResult> canceled = venue.cancelAllOpenOrders("alice", "BTCUSDT");
        assertThat(canceled).hasSize(3); // two orders and one list
        assertThat(canceled.get(2).orderList()).isNotNull();
        assertThat(venue.openOrders("alice", null)).isEmpty();
        assertThat(locked("alice", "USDT")).isEqualTo("0.00000000");
        List<OrderResult> all = venue.allOrders("alice", "BTCUSDT", -1, -1, -1, 500);
        assertThat(all).hasSize(5);
        assertThat(venue.allOrders("alice", "BTCUSDT", -1, -1, -1, 2)).hasSize(2);
        assertThat(venue.allOrders("alice", "BTCUSDT", 2, -1, -1, 500).get(0).orderId()).isEqualTo(2);
        assertThat(venue.allOrders("alice", "BTCUSDT", -1, T0, T0 + 500, 500)).hasSize(0); // canceled later
    }

    // ------------------------------------------------------------------------------------------- filters

    @Test
    void maxNumOrdersAndPercentPriceBySide() throws Exception {
        SymbolSpec spec = SymbolSpec.builder().symbol("BTCUSDT").baseAsset("BTC").quoteAsset("USDT")
                .referencePrice(bd("100"))
                .filters(SymbolFilters.builder().priceFilter(bd("0.01"), bd("1000000"), bd("0.01")).build())
                .maxNumOrders(2)
                .percentPriceBySide(new SymbolSpec.PercentPriceBySide(bd("1.2"), bd("0.8"), bd("1.5"), bd("0.9"), 5))
                .build();
        Venue v = new Venue(List.of(spec), clock);
        v.addAccount(AccountSpec.of("a", Map.of("USDT", bd("10000"), "BTC", bd("10"))));
        v.placeOrder("a", limit(Side.BUY, "80", "1").build());
        assertVenueError(() -> v.placeOrder("a", limit(Side.BUY, "79.99", "1").build()), -1013,
                "Filter failure: PERCENT_PRICE_BY_SIDE");
        assertVenueError(() -> v.placeOrder("a", limit(Side.BUY, "120.01", "1").build()), -1013,
                "Filter failure: PERCENT_PRICE_BY_SIDE");
        assertVenueError(() -> v.placeOrder("a", limit(Side.SELL, "150.01", "1").build()), -1013,
                "Filter failure: PERCENT_PRICE_BY_SIDE");
        v.placeOrder("a", limit(Side.SELL, "150", "1").build());
        assertVenueError(() -> v.placeOrder("a", limit(Side.SELL, "140", "1").build()), -1013,
                "Filter failure: MAX_NUM_ORDERS");
        v.cancelOrder("a", "BTCUSDT", 1, null, null);
        v.placeOrder("a", limit(Side.SELL, "140", "1").build());
    }
}
