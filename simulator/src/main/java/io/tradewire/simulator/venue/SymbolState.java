package io.tradewire.simulator.venue;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.simulator.matching.OrderBook;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the venue keeps per symbol: the book, id sequences, order history and client-id index. */
final class SymbolState {
    final SymbolSpec spec;
    final OrderBook book;
    final long stepScaled;
    final Map<Long, VenueOrder> orders = new HashMap<>();
    /** Latest order per (account, clientOrderId): duplicates are refused only while that order is open. */
    final Map<String, Map<String, VenueOrder>> byClientId = new HashMap<>();
    long nextOrderId = 1;
    long nextTradeId = 1;
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

    SymbolState(SymbolSpec spec) {
        this.spec = spec;
        BigDecimal step = spec.filters().hasLotSize() ? spec.filters().stepSize() : null;
        this.stepScaled = step != null && step.signum() > 0 ? Decimals.toScaled(step, 8) : 1L;
        this.book = new OrderBook(stepScaled, 1024, 256);
    }

    VenueOrder latestByClientId(Account account, String clientOrderId) {
        Map<String, VenueOrder> m = byClientId.get(account.apiKey);
        return m == null ? null : m.get(clientOrderId);
    }

    void indexClientId(VenueOrder o) {
        byClientId.computeIfAbsent(o.account.apiKey, k -> new HashMap<>()).put(o.clientOrderId, o);
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
