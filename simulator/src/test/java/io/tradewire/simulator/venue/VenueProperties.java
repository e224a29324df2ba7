package io.tradewire.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.time.ManualClock;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random accounts and order streams: assets are conserved, balances never go negative, nothing stays locked. */
class VenueProperties {
    private static final List<String> KEYS = List.of("k0", "k1", "k2");
    private static final List<String> ASSETS = List.of("BTC", "USDT", "ETH");

    /**
     * kind: 0 GTC, 1 IOC, 2 FOK, 3 LIMIT_MAKER, 4 MARKET by qty, 5 MARKET by quote, 6 cancel, 7 stop or take-profit
     * (limit or market), 8 OCO, 9 amend (reduce an open order), 10 OTO, 11 OTOCO.
     */
    record Op(int account, boolean ethBtc, boolean buy, int kind, int tick, int steps, int stp) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(-10, 10),
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 5)).as(Op::new).list().ofMinSize(20).ofMaxSize(150);
    }

    @Provide
    Arbitrary<List<Integer>> wealth() {
        return Arbitraries.integers().between(5, 200).list().ofSize(9);
    }

    @Property(tries = 150)
    void assetsAreConservedAndNothingGoesNegative(@ForAll("ops") List<Op> ops, @ForAll("wealth") List<Integer> w) {
        Venue venue = new Venue(SymbolSpec.defaults(), new ManualClock(1L));
        for (int a = 0; a < KEYS.size(); a++) {
            venue.addAccount(AccountSpec.of(KEYS.get(a), Map.of(
                    "BTC", new BigDecimal(w.get(a * 3)).movePointLeft(2),         // up to 2 BTC
                    "USDT", new BigDecimal(w.get(a * 3 + 1)).movePointRight(2),   // up to 20000 USDT
                    "ETH", new BigDecimal(w.get(a * 3 + 2)).movePointLeft(1))));  // up to 20 ETH
            // commissions differ per account so that maker/taker/buyer/seller rates all show up in the totals
            venue.setCommissionRates(KEYS.get(a), new CommissionRates(new BigDecimal("0.00" + a), new BigDecimal("0.002"),
                    new BigDecimal(a == 1 ? "0.0001" : "0"), new BigDecimal(a == 2 ? "0.0003" : "0")));
        }
        Map<String, BigDecimal> initial = totals(venue);
        long placed = 0;
        long traded = 0;
        for (Op op : ops) {
            try {
                if (op.kind() >= 7) {
                    placed += special(venue, op);
                } else if (op.kind() == 6) {
                    List<OrderResult> open = venue.openOrders(KEYS.get(op.account()), null);
                    if (!open.isEmpty()) {
                        OrderResult o = open.get(Math.floorMod(op.tick(), open.size()));
                        OrderResult c = venue.cancelOrder(KEYS.get(op.account()), o.symbol(), o.orderId(), null, null);
                        assertThat(c.status()).isEqualTo(OrderStatus.CANCELED);
                    }
                } else {
                    OrderResult r = venue.placeOrder(KEYS.get(op.account()), command(op));
                    placed++;
                    traded += r.fills().size();
                    checkOrder(r);
                }
            } catch (VenueException e) {
                assertThat(e.code()).as(e.message()).isIn(-2010, -1013, -2038, -1165, -1166, -1196, -1197, -1198,
                        -1199);
                Statistics.label("rejections").collect(e.message());
            }
            assertThat(totals(venue)).isEqualTo(initial);
            assertNothingNegative(venue);
        }
        for (String key : KEYS) {
            for (OrderResult o : venue.openOrders(key, null)) {
                try {
                    if (venue.queryOrder(key, o.symbol(), o.orderId(), null).status().equals(OrderStatus.CANCELED)) {
                        continue; // canceled with its order list
                    }
                    venue.cancelOrder(key, o.symbol(), o.orderId(), null, null);
                } catch (VenueException e) {
                    throw new AssertionError(e.message());
                }
            }
            assertThat(venue.openOrders(key, null)).isEmpty();
            assertThat(venue.openOrderLists(key)).isEmpty();
            venue.balances(key).values().forEach(b -> assertThat(b.locked().signum()).isZero());
        }
        assertThat(totals(venue)).isEqualTo(initial);
        Statistics.label("orders accepted").collect(placed == 0 ? "none" : placed < 20 ? "1-19" : "20+");
        Statistics.label("taker fills").collect(traded == 0 ? "none" : traded < 10 ? "1-9" : "10+");
    }

    private static final List<SelfTradePreventionMode> STP = List.of(SelfTradePreventionMode.NONE,
            SelfTradePreventionMode.EXPIRE_TAKER, SelfTradePreventionMode.EXPIRE_MAKER,
            SelfTradePreventionMode.EXPIRE_BOTH, SelfTradePreventionMode.DECREMENT, SelfTradePreventionMode.TRANSFER);

    /** Stops, order lists and amendments; returns how many orders were accepted. */
    private static int special(Venue venue, Op op) throws VenueException {
        String key = KEYS.get(op.account());
        String symbol = op.ethBtc() ? "ETHBTC" : "BTCUSDT";
        BigDecimal unit = op.ethBtc() ? new BigDecimal("0.00001") : BigDecimal.ONE;
        BigDecimal center = op.ethBtc() ? new BigDecimal("0.05") : new BigDecimal("50000");
        BigDecimal qty = op.ethBtc() ? new BigDecimal("0.0123").multiply(new BigDecimal(op.steps()))
                : new BigDecimal("0.0001").multiply(new BigDecimal(op.steps()));
        BigDecimal near = center.add(unit.multiply(new BigDecimal(op.tick())));
        BigDecimal above = center.add(unit.multiply(new BigDecimal(Math.abs(op.tick()) + 1)));
        BigDecimal below = center.subtract(unit.multiply(new BigDecimal(Math.abs(op.tick()) + 1)));
        Side side = op.buy() ? Side.BUY : Side.SELL;
        PlaceOrderCommand.Builder base = PlaceOrderCommand.builder().symbol(symbol).side(side).quantity(qty)
                .selfTradePreventionMode(STP.get(op.stp()));
        switch (op.kind()) {
            case 7 -> {
                OrderType t = List.of(OrderType.STOP_LOSS, OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT,
                        OrderType.TAKE_PROFIT_LIMIT).get(Math.floorMod(op.tick(), 4));
                base.type(t).stopPrice(near);
                if (t == OrderType.STOP_LOSS_LIMIT || t == OrderType.TAKE_PROFIT_LIMIT) {
                    base.price(near).timeInForce(TimeInForce.GTC);
                }
                checkOrder(venue.placeOrder(key, base.build()));
                return 1;
            }
            case 8 -> {
                // BUY: stop loss above, limit maker below; SELL: limit maker above, stop loss below
                PlaceOrderCommand.Builder up = base.build().toBuilder();
                PlaceOrderCommand.Builder down = base.build().toBuilder();
                if (op.buy()) {
                    up.type(OrderType.STOP_LOSS_LIMIT).stopPrice(above).price(above).timeInForce(TimeInForce.GTC);
                    down.type(OrderType.LIMIT_MAKER).price(below);
                } else {
                    up.type(OrderType.LIMIT_MAKER).price(above);
                    down.type(OrderType.STOP_LOSS).stopPrice(below);
                }
                venue.placeOco(key, null, up.build(), down.build());
                return 2;
            }
            case 9 -> {
                List<OrderResult> open = venue.openOrders(key, null);
                if (!open.isEmpty()) {
                    OrderResult o = open.get(Math.floorMod(op.tick(), open.size()));
                    BigDecimal newQty = o.origQty().multiply(new BigDecimal(op.steps() % 10 + 1))
                            .divide(BigDecimal.TEN).setScale(o.symbol().equals("ETHBTC") ? 4 : 5,
                                    java.math.RoundingMode.DOWN);
                    if (newQty.signum() > 0 && newQty.compareTo(o.origQty()) < 0) {
                        venue.amendOrder(key, o.symbol(), o.orderId(), null, null, newQty);
                    }
                }
                return 0;
            }
            default -> {
                PlaceOrderCommand working = base.build().toBuilder().type(OrderType.LIMIT).price(near)
                        .timeInForce(TimeInForce.GTC).build();
                Side other = op.buy() ? Side.SELL : Side.BUY;
                PlaceOrderCommand.Builder pending = base.build().toBuilder().side(other);
                if (op.kind() == 10) {
                    venue.placeOto(key, null, working, pending.type(OrderType.LIMIT)
                            .price(op.buy() ? above : below).timeInForce(TimeInForce.GTC).build(), null);
                    return 2;
                }
                // pending pair on the other side, around the working price
                PlaceOrderCommand.Builder up = pending.build().toBuilder();
                PlaceOrderCommand.Builder down = pending.build().toBuilder();
                if (other == Side.SELL) {
                    up.type(OrderType.LIMIT_MAKER).price(above);
                    down.type(OrderType.STOP_LOSS).stopPrice(below);
                } else {
                    up.type(OrderType.STOP_LOSS).stopPrice(above);
                    down.type(OrderType.LIMIT_MAKER).price(below);
                }
                venue.placeOto(key, null, working, up.build(), down.build());
                return 3;
            }
        }
    }

    private static PlaceOrderCommand command(Op op) {
        PlaceOrderCommand.Builder b = PlaceOrderCommand.builder()
                .symbol(op.ethBtc() ? "ETHBTC" : "BTCUSDT")
                .side(op.buy() ? Side.BUY : Side.SELL)
                .selfTradePreventionMode(STP.get(op.stp()));
        // ETHBTC: odd quantities at 5-decimal prices, so that quote amounts get truncated
        BigDecimal price = op.ethBtc() ? new BigDecimal("0.05").add(new BigDecimal(op.tick()).movePointLeft(5))
                : new BigDecimal("50000").add(new BigDecimal(op.tick()));
        BigDecimal qty = op.ethBtc() ? new BigDecimal("0.0123").multiply(new BigDecimal(op.steps()))
                : new BigDecimal("0.0001").multiply(new BigDecimal(op.steps()));
        switch (op.kind()) {
            case 0, 1, 2 -> b.type(OrderType.LIMIT).price(price).quantity(qty)
                    .timeInForce(List.of(TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK).get(op.kind()));
            case 3 -> b.type(OrderType.LIMIT_MAKER).price(price).quantity(qty);
            case 4 -> b.type(OrderType.MARKET).quantity(qty);
            default -> b.type(OrderType.MARKET).quoteOrderQty(price.multiply(qty).setScale(8,
                    java.math.RoundingMode.DOWN));
        }
        return b.build();
    }

    private static void checkOrder(OrderResult r) {
        if (r.origQty().signum() > 0) {
            assertThat(r.executedQty()).isLessThanOrEqualTo(r.origQty());
        } else {
            assertThat(r.cummulativeQuoteQty()).isLessThanOrEqualTo(r.origQuoteOrderQty());
        }
        BigDecimal filled = r.fills().stream().map(Fill::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(filled).isEqualByComparingTo(r.executedQty());
        if (r.status() == OrderStatus.FILLED && r.origQty().signum() > 0) {
            // STP DECREMENT may have taken part of the quantity: executed + prevented is everything
            assertThat(r.executedQty().add(r.preventedQuantity())).isEqualByComparingTo(r.origQty());
        }
    }

    private static Map<String, BigDecimal> totals(Venue venue) {
        Map<String, BigDecimal> t = new HashMap<>();
        for (String asset : ASSETS) {
            t.put(asset, BigDecimal.ZERO.setScale(8));
        }
        for (String key : KEYS) {
            venue.balances(key).forEach((asset, b) -> t.merge(asset, b.free().add(b.locked()), BigDecimal::add));
        }
        venue.collectedCommissions().forEach((asset, v) -> t.merge(asset, v, BigDecimal::add));
        return t;
    }

    private static void assertNothingNegative(Venue venue) {
        for (String key : KEYS) {
            venue.balances(key).forEach((asset, b) -> {
                assertThat(b.free().signum()).as("%s free %s", key, asset).isGreaterThanOrEqualTo(0);
                assertThat(b.locked().signum()).as("%s locked %s", key, asset).isGreaterThanOrEqualTo(0);
            });
        }
    }
}
