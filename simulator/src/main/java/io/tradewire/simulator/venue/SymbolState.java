package io.tradewire.simulator.venue;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.simulator.matching.OrderBook;
import java.math.BigDecimal;
import java.util.HashMap;
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

    /** Reference price for MARKET notional checks: the last trade, else the configured one. */
    BigDecimal referencePrice() {
        return lastPrice > 0 ? Decimals.fromScaled(lastPrice, 8) : spec.referencePrice();
    }
}
