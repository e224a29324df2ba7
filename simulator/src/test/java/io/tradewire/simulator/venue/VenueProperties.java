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

    /** kind: 0 GTC, 1 IOC, 2 FOK, 3 LIMIT_MAKER, 4 MARKET by qty, 5 MARKET by quote, 6 cancel. */
    record Op(int account, boolean ethBtc, boolean buy, int kind, int tick, int steps, int stp) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(-10, 10),
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 3)).as(Op::new).list().ofMinSize(20).ofMaxSize(150);
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
        }
        Map<String, BigDecimal> initial = totals(venue);
        long placed = 0;
        long traded = 0;
        for (Op op : ops) {
            try {
                if (op.kind() == 6) {
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
                assertThat(e.code()).isIn(-2010, -1013);
                Statistics.label("rejections").collect(e.message());
            }
            assertThat(totals(venue)).isEqualTo(initial);
            assertNothingNegative(venue);
        }
        for (String key : KEYS) {
            for (OrderResult o : venue.openOrders(key, null)) {
                try {
                    venue.cancelOrder(key, o.symbol(), o.orderId(), null, null);
                } catch (VenueException e) {
                    throw new AssertionError(e.message());
                }
            }
            venue.balances(key).values().forEach(b -> assertThat(b.locked().signum()).isZero());
        }
        assertThat(totals(venue)).isEqualTo(initial);
        Statistics.label("orders accepted").collect(placed == 0 ? "none" : placed < 20 ? "1-19" : "20+");
        Statistics.label("taker fills").collect(traded == 0 ? "none" : traded < 10 ? "1-9" : "10+");
    }

    private static PlaceOrderCommand command(Op op) {
        PlaceOrderCommand.Builder b = PlaceOrderCommand.builder()
                .symbol(op.ethBtc() ? "ETHBTC" : "BTCUSDT")
                .side(op.buy() ? Side.BUY : Side.SELL)
                .selfTradePreventionMode(List.of(SelfTradePreventionMode.NONE, SelfTradePreventionMode.EXPIRE_TAKER,
                        SelfTradePreventionMode.EXPIRE_MAKER, SelfTradePreventionMode.EXPIRE_BOTH).get(op.stp()));
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
            assertThat(r.executedQty()).isEqualByComparingTo(r.origQty());
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
