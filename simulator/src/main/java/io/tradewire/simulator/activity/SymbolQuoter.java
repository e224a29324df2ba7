package io.tradewire.simulator.activity;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.filter.SymbolFilters;
import io.tradewire.simulator.matching.LevelConsumer;
import io.tradewire.simulator.matching.ScaledMath;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * One symbol's simulated market: the mid price's random walk, the makers' ladder around it, and the taker orders sent
 * on it. Every amount is a scale-8 long, on the symbol's tick and step grids.
 *
 * <p>The ladder sits on a fixed grid of {@code spacing} (a multiple of the tick), so when the mid moves by less than
 * a level only the levels that left or entered the ladder are canceled or placed: requoting costs a few orders per
 * tick, not the whole book. Each level is one order in a fixed slot, so the makers never hold more than
 * {@code 2 * levels} orders on the symbol.
 *
 * <p>Every method runs with the venue's monitor held and on the activity's tick only.
 */
final class SymbolQuoter {
    private static final long PPM = 1_000_000L;

    private final Venue venue;
    private final SymbolSpec spec;
    private final String symbol;
    private final Counters counters;
    private final String[] makerKeys;
    private final boolean marketOrders;

    private final long tick;
    private final long minPrice;
    private final long maxPrice;
    private final long step;
    private final long minQty;
    private final long maxQty;
    private final long marketStep;
    private final long marketMinQty;
    private final long marketMaxQty;
    private final long minNotional;
    private final long maxNotional;
    /** PERCENT_PRICE_BY_SIDE multipliers in ppm, 0 when the symbol has no such filter. */
    private final long bidUpPpm;
    private final long bidDownPpm;
    private final long askUpPpm;
    private final long askDownPpm;

    private final long reference;
    private final long halfSpread;
    private final long spacing;
    private final int levels;
    private final int levelSize;
    private final long volatilityPpm;
    private final long reversionPpm;
    private final long lowestMid;
    private final long highestMid;
    private long mid;

    /** Slot i < levels: bid level i; slot levels + i: ask level i. Order id 0: free. */
    private final long[] slotOrder;
    private final long[] slotPrice;
    private final int[] slotMaker;
    private final String[] slotClientId;
    private final long[] desired;
    private final String takerClientId;
    private final BestReader best = new BestReader();
    /**
     * Prices traded at since the last requote. A trade happens at the resting order's price, so a quote outside this
     * range cannot have been filled and needs no order.status look-up.
     */
    private long tradedLow = Long.MAX_VALUE;
    private long tradedHigh = Long.MIN_VALUE;

    SymbolQuoter(Venue venue, SymbolSpec spec, int index, ActivityConfig config, String[] makerKeys,
                 Counters counters) {
        this.venue = venue;
        this.spec = spec;
        this.symbol = spec.symbol();
        this.counters = counters;
        this.makerKeys = makerKeys;
        this.marketOrders = spec.orderTypes().contains(OrderType.MARKET);
        SymbolFilters f = spec.filters();
        this.tick = f.hasPriceFilter() && f.tickSize().signum() > 0 ? scaled(f.tickSize()) : 1L;
        this.minPrice = f.hasPriceFilter() ? Math.max(scaled(f.minPrice()), tick) : tick;
        this.maxPrice = f.hasPriceFilter() && f.maxPrice().signum() > 0 ? scaled(f.maxPrice()) : Long.MAX_VALUE / 4;
        this.step = f.hasLotSize() && f.stepSize().signum() > 0 ? scaled(f.stepSize()) : 1L;
        this.minQty = f.hasLotSize() ? scaled(f.minQty()) : 0L;
        this.maxQty = f.hasLotSize() && f.maxQty().signum() > 0 ? scaled(f.maxQty()) : Long.MAX_VALUE / 4;
        boolean mls = f.hasMarketLotSize();
        this.marketStep = lcm(step, mls && f.marketStepSize().signum() > 0 ? scaled(f.marketStepSize()) : 1L);
        this.marketMinQty = Math.max(minQty, mls ? scaled(f.marketMinQty()) : 0L);
        this.marketMaxQty = Math.min(maxQty, mls && f.marketMaxQty().signum() > 0 ? scaled(f.marketMaxQty())
                : Long.MAX_VALUE / 4);
        long minN = 0;
        long maxN = Long.MAX_VALUE / 4;
        if (f.hasNotional()) {
            if (f.minNotional().signum() > 0) {
                minN = scaled(f.minNotional());
            }
            if (f.maxNotional() != null && f.maxNotional().signum() > 0) {
                maxN = scaled(f.maxNotional());
            }
        }
        if (f.hasMinNotional() && f.legacyMinNotional().signum() > 0) {
            minN = Math.max(minN, scaled(f.legacyMinNotional()));
        }
        this.minNotional = minN;
        this.maxNotional = maxN;
        SymbolSpec.PercentPriceBySide pp = spec.percentPriceBySide();
        this.bidUpPpm = pp == null ? 0 : ActivityConfig.ppmOf(pp.bidMultiplierUp());
        this.bidDownPpm = pp == null ? 0 : ActivityConfig.ppmOf(pp.bidMultiplierDown());
        this.askUpPpm = pp == null ? 0 : ActivityConfig.ppmOf(pp.askMultiplierUp());
        this.askDownPpm = pp == null ? 0 : ActivityConfig.ppmOf(pp.askMultiplierDown());

        this.reference = clamp(roundTo(scaled(spec.referencePrice()), tick), minPrice, maxPrice);
        this.spacing = Math.max(tick, roundTo(mulPpm(reference, config.levelSpacingPpm()), tick));
        this.halfSpread = mulPpm(reference, config.spreadPpm()) / 2;
        // MAX_NUM_ORDERS counts per account: with the levels shared out among the makers, each holds about
        // 2 * levels / makers orders on the symbol.
        int perSide = config.levels();
        if (spec.maxNumOrders() > 0) {
            perSide = Math.max(1, Math.min(perSide, spec.maxNumOrders() / 2 * makerKeys.length));
        }
        this.levels = perSide;
        this.levelSize = config.levelSize();
        this.volatilityPpm = config.volatilityPpm();
        this.reversionPpm = config.reversionPpm();
        long room = halfSpread + (levels + 1) * spacing;
        this.lowestMid = minPrice + room;
        this.highestMid = Math.max(lowestMid, maxPrice - room);
        this.mid = clamp(reference, lowestMid, highestMid);

        this.slotOrder = new long[2 * levels];
        this.slotPrice = new long[2 * levels];
        this.slotMaker = new int[2 * levels];
        this.slotClientId = new String[2 * levels];
        for (int s = 0; s < slotClientId.length; s++) {
            slotClientId[s] = "twa-m" + index + (s < levels ? "b" : "a") + (s % levels);
        }
        this.desired = new long[levels];
        this.takerClientId = "twa-t" + index;
    }

    String symbol() {
        return symbol;
    }

    /** @return the current mid, scale 8 */
    long mid() {
        return mid;
    }

    /** @return the makers' resting orders on this symbol (those the quoter still believes open) */
    int quotedOrders() {
        int n = 0;
        for (long id : slotOrder) {
            if (id != 0) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------------ makers

    /** Notes a trade on the symbol (from the venue's listener, with its monitor held). */
    void traded(long price) {
        tradedLow = Math.min(tradedLow, price);
        tradedHigh = Math.max(tradedHigh, price);
    }

    /** Moves the mid one step of the random walk. */
    void walk(SplittableRandom rnd) {
        long v = mulPpm(mid, volatilityPpm);
        long move = 0;
        if (v > 0) {
            move = rnd.nextLong(-v, v + 1) + rnd.nextLong(-v, v + 1);
        }
        move -= mulPpm(mid - reference, reversionPpm);
        mid = clamp(mid + move, lowestMid, highestMid);
    }

    /**
     * Brings the ladder to the current mid: cancels the levels that left it first (on both sides, so a new level never
     * meets an old one of the other side), forgets the ones the takers filled, then places the missing ones.
     */
    void requote(SplittableRandom rnd) {
        long bestBid = Math.floorDiv(mid - halfSpread, spacing) * spacing;
        long bestAsk = -Math.floorDiv(-(mid + halfSpread), spacing) * spacing;
        if (bestAsk <= bestBid) {
            bestAsk = bestBid + spacing;
        }
        desiredSide(true, bestBid);
        dropStale(0);
        desiredSide(false, bestAsk);
        dropStale(levels);
        tradedLow = Long.MAX_VALUE;
        tradedHigh = Long.MIN_VALUE;
        desiredSide(true, bestBid);
        placeMissing(true, 0, rnd);
        desiredSide(false, bestAsk);
        placeMissing(false, levels, rnd);
    }

    private void desiredSide(boolean bid, long best) {
        for (int i = 0; i < levels; i++) {
            long p = bid ? best - i * spacing : best + i * spacing;
            desired[i] = p >= minPrice && p <= maxPrice && withinBand(bid, p) ? p : 0L;
        }
    }

    private void dropStale(int from) {
        for (int s = from; s < from + levels; s++) {
            long id = slotOrder[s];
            if (id == 0) {
                continue;
            }
            if (!isDesired(slotPrice[s])) {
                cancel(s);
            } else if (slotPrice[s] >= tradedLow && slotPrice[s] <= tradedHigh && !isOpen(s)) {
                slotOrder[s] = 0;
            }
        }
    }

    private boolean isDesired(long price) {
        for (long d : desired) {
            if (d == price) {
                return true;
            }
        }
        return false;
    }

    private void placeMissing(boolean bid, int from, SplittableRandom rnd) {
        for (long p : desired) {
            if (p == 0 || quoted(from, p)) {
                continue;
            }
            int s = freeSlot(from);
            long qty = levelQty(p, rnd);
            if (s < 0 || qty == 0) {
                continue;
            }
            int maker = (int) Math.floorMod(p / spacing, (long) makerKeys.length);
            PlaceOrderCommand cmd = PlaceOrderCommand.builder().symbol(symbol).side(bid ? Side.BUY : Side.SELL)
                    .type(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(decimal(p)).quantity(decimal(qty))
                    .newClientOrderId(slotClientId[s]).newOrderRespType(OrderResponseType.ACK).build();
            try {
                OrderResult r = venue.placeOrder(makerKeys[maker], cmd);
                counters.makerOrders++;
                if (isOpen(r.status())) {
                    slotOrder[s] = r.orderId();
                    slotPrice[s] = p;
                    slotMaker[s] = maker;
                }
            } catch (VenueException e) {
                counters.rejected(symbol, e);
            }
        }
    }

    private boolean quoted(int from, long price) {
        for (int s = from; s < from + levels; s++) {
            if (slotOrder[s] != 0 && slotPrice[s] == price) {
                return true;
            }
        }
        return false;
    }

    private int freeSlot(int from) {
        for (int s = from; s < from + levels; s++) {
            if (slotOrder[s] == 0) {
                return s;
            }
        }
        return -1;
    }

    private void cancel(int s) {
        try {
            venue.cancelOrder(makerKeys[slotMaker[s]], symbol, slotOrder[s], null, "twa-cancel");
            counters.makerCancels++;
        } catch (VenueException e) {
            // -2011: the takers filled it since the last tick; either way it is no longer ours to track
        }
        slotOrder[s] = 0;
    }

    private boolean isOpen(int s) {
        try {
            return isOpen(venue.queryOrder(makerKeys[slotMaker[s]], symbol, slotOrder[s], null).status());
        } catch (VenueException e) {
            return false;
        }
    }

    private static boolean isOpen(OrderStatus status) {
        return OrderStatus.NEW.equals(status) || OrderStatus.PARTIALLY_FILLED.equals(status);
    }

    private long levelQty(long price, SplittableRandom rnd) {
        long units = 1 + rnd.nextInt(2 * levelSize);
        return limitQty(price, Math.multiplyExact(unit(price, step, minQty), units), step, minQty, maxQty);
    }

    // ------------------------------------------------------------------------------------------------ takers

    /**
     * Sends one crossing order: LIMIT IOC a little through the best opposite level, MARKET by quantity or MARKET by
     * quote amount. Every random draw happens whatever the book holds, so one order's draws never depend on another's.
     */
    void take(String takerKey, SplittableRandom rnd) {
        boolean buy = rnd.nextBoolean();
        int kind = rnd.nextInt(10);
        int through = rnd.nextInt(3);
        long units = 1 + rnd.nextInt(levelSize);
        if (!marketOrders) {
            kind = 0;
        }
        PlaceOrderCommand.Builder cmd = PlaceOrderCommand.builder().symbol(symbol).side(buy ? Side.BUY : Side.SELL)
                .newClientOrderId(takerClientId).newOrderRespType(OrderResponseType.ACK);
        long opposite = best.read(!buy);
        if (opposite == 0) {
            return; // nothing to cross: the makers could not quote this side
        }
        if (kind < 4) {
            long price = buy ? opposite + through * spacing : opposite - through * spacing;
            price = clamp(price, minPrice, maxPrice);
            long qty = limitQty(price, Math.multiplyExact(unit(price, step, minQty), units), step, minQty, maxQty);
            if (qty == 0) {
                return;
            }
            cmd.type(OrderType.LIMIT).timeInForce(TimeInForce.IOC).price(decimal(price)).quantity(decimal(qty));
        } else if (kind < 8) {
            long qty = limitQty(opposite, Math.multiplyExact(unit(opposite, marketStep, marketMinQty), units),
                    marketStep, marketMinQty, marketMaxQty);
            if (qty == 0) {
                return;
            }
            cmd.type(OrderType.MARKET).quantity(decimal(qty));
        } else {
            long qty = Math.multiplyExact(unit(opposite, step, minQty), units);
            BigDecimal quote = decimal(Math.min(ScaledMath.quote(opposite, qty), maxNotional))
                    .setScale(spec.quoteAssetPrecision(), RoundingMode.DOWN);
            if (quote.signum() == 0) {
                return;
            }
            cmd.type(OrderType.MARKET).quoteOrderQty(quote);
        }
        try {
            venue.placeOrder(takerKey, cmd.build());
            counters.takerOrders++;
        } catch (VenueException e) {
            counters.rejected(symbol, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ amounts

    /**
     * The smallest order worth sending at this price: min notional plus half (levels below the mid, and the last price
     * MARKET orders are valued at, may be lower), at least minQty, on the step.
     */
    private long unit(long price, long stepSize, long min) {
        long q = minNotional > 0
                ? ScaledMath.maxQtyForQuote(minNotional + minNotional / 2, price) + 1
                : ScaledMath.maxQtyForQuote(ScaledMath.SCALE, price) + 1; // no notional rule: worth one quote unit
        return ceilTo(Math.max(Math.max(q, min), stepSize), stepSize);
    }

    /** {@code qty} cut to maxQty and maxNotional, on the step; 0 when that falls below minQty or minNotional. */
    private long limitQty(long price, long qty, long stepSize, long min, long max) {
        long q = Math.min(qty, max);
        if (maxNotional < Long.MAX_VALUE / 4) {
            q = Math.min(q, ScaledMath.maxQtyForQuote(maxNotional, price));
        }
        q = q / stepSize * stepSize;
        if (q <= 0 || q < min || ScaledMath.quote(price, q) < minNotional) {
            return 0;
        }
        return q;
    }

    /** PERCENT_PRICE_BY_SIDE, judged against the mid (the venue judges against its average price: rarely far). */
    private boolean withinBand(boolean bid, long price) {
        long up = bid ? bidUpPpm : askUpPpm;
        long down = bid ? bidDownPpm : askDownPpm;
        if (up == 0 && down == 0) {
            return true;
        }
        return price >= mulPpm(mid, down) && price <= mulPpm(mid, up);
    }

    /** Reads the best price of one side without allocating. */
    private final class BestReader implements LevelConsumer {
        private long price;

        long read(boolean bids) {
            price = 0;
            venue.depth(symbol, bids, 1, this);
            return price;
        }

        @Override
        public void accept(long p, long qty) {
            price = p;
        }
    }

    // ------------------------------------------------------------------------------------------------ arithmetic

    /** {@code x * ppm / 1e6}, truncated toward zero, without overflow for any price and ppm up to 1e9. */
    static long mulPpm(long x, long ppm) {
        if (x < 0) {
            return -mulPpm(-x, ppm);
        }
        return x / PPM * ppm + x % PPM * ppm / PPM;
    }

    private static long roundTo(long v, long grid) {
        return Math.max(grid, (v + grid / 2) / grid * grid);
    }

    private static long ceilTo(long v, long grid) {
        return -Math.floorDiv(-v, grid) * grid;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(v, hi));
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    private static long scaled(BigDecimal v) {
        return Decimals.toScaled(v.setScale(8, RoundingMode.UP), 8);
    }

    private static BigDecimal decimal(long scaled) {
        return Decimals.fromScaled(scaled, 8);
    }
}
