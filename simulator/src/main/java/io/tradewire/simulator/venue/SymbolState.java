package io.tradewire.simulator.venue;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.simulator.matching.OrderBook;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the venue keeps per symbol: the book, id sequences and the retained orders by id (per account lists and
 * client ids are in {@link AccountOrders}).
 */
final class SymbolState {
    final SymbolSpec spec;
    /** Position in the venue's symbols, to index per-account arrays. */
    final int index;
    final OrderBook book;
    final long stepScaled;
    /** Every order the venue retains (open ones and the latest closed ones), by order id. */
    final OrderIdMap orders = new OrderIdMap(1024);
    long nextOrderId = 1;
    long nextTradeId = 1;
    long nextAllocationId; // SOR allocations, numbered from 0 like Binance's examples
    /** Last trade price (scale 8), 0 before the first trade. */
    long lastPrice;
    /** Stop and take-profit orders waiting for their trigger, in placement order. */
    final List<VenueOrder> stops = new ArrayList<>();
    long nextPreventedMatchId = 1;
    long nextExecutionId = 1;
    /** Per-minute trade sums for the average price (PERCENT_PRICE_BY_SIDE): a ring indexed by minute. */
    private final long[] minuteOf = new long[MINUTES];
    private final long[] minuteQty = new long[MINUTES];
    private final BigInteger[] minuteQuote = new BigInteger[MINUTES];
    private static final int MINUTES = 61;

    SymbolState(SymbolSpec spec, int index) {
        this.spec = spec;
        this.index = index;
        BigDecimal step = spec.filters().hasLotSize() ? spec.filters().stepSize() : null;
        this.stepScaled = step != null && step.signum() > 0 ? Decimals.toScaled(step, 8) : 1L;
        this.book = new OrderBook(stepScaled, 1024, 256);
    }

    VenueOrder latestByClientId(Account account, String clientOrderId) {
        AccountOrders a = account.ordersOrNull(this);
        return a == null ? null : a.byClientId(clientOrderId);
    }

    /** Adds a trade to the average-price window. */
    void recordTrade(long now, long price, long qty) {
        long minute = Math.floorDiv(now, 60_000L);
        int i = (int) Math.floorMod(minute, (long) MINUTES);
        if (minuteOf[i] != minute || minuteQuote[i] == null) {
            minuteOf[i] = minute;
            minuteQty[i] = 0;
            minuteQuote[i] = BigInteger.ZERO;
        }
        minuteQty[i] += qty;
        minuteQuote[i] = minuteQuote[i].add(BigInteger.valueOf(price).multiply(BigInteger.valueOf(qty)));
    }

    /**
     * Volume-weighted average trade price over the last {@code mins} minutes (the current minute included), scale 8;
     * the last price when {@code mins} is 0 or nothing traded in the window; the reference price before any trade.
     */
    long averagePrice(long now, int mins) {
        long fallback = lastPrice > 0 ? lastPrice : Decimals.toScaled(spec.referencePrice(), 8);
        if (mins <= 0) {
            return fallback;
        }
        long current = Math.floorDiv(now, 60_000L);
        BigInteger quote = BigInteger.ZERO;
        long qty = 0;
        for (int k = 0; k < Math.min(mins, MINUTES); k++) {
            long minute = current - k;
            int i = (int) Math.floorMod(minute, (long) MINUTES);
            if (minuteOf[i] == minute && minuteQuote[i] != null) {
                quote = quote.add(minuteQuote[i]);
                qty += minuteQty[i];
            }
        }
        return qty == 0 ? fallback : quote.divide(BigInteger.valueOf(qty)).longValueExact();
    }

    /** Last trade price, else the configured reference price, scale 8. */
    long lastOrReference() {
        return lastPrice > 0 ? lastPrice : Decimals.toScaled(spec.referencePrice(), 8);
    }

    /** Reference price for MARKET notional checks: the last trade, else the configured one. */
    BigDecimal referencePrice() {
        return lastPrice > 0 ? Decimals.fromScaled(lastPrice, 8) : spec.referencePrice();
    }
}
