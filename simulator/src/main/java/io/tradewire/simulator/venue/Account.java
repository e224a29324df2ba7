package io.tradewire.simulator.venue;

import java.util.Map;
import java.util.TreeMap;

/** An account's balances as scale-8 longs; assets appear on first use. */
final class Account {
    /** One asset: free and locked amounts. */
    static final class Holding {
        long free;
        long locked;
    }

    final String apiKey;
    /** Numeric owner id for the matching engine's self-trade prevention. */
    final long ownerId;
    final Map<String, Holding> holdings = new TreeMap<>();

    Account(String apiKey, long ownerId) {
        this.apiKey = apiKey;
        this.ownerId = ownerId;
    }

    Holding holding(String asset) {
        return holdings.computeIfAbsent(asset, a -> new Holding());
    }

    long free(String asset) {
        Holding h = holdings.get(asset);
        return h == null ? 0L : h.free;
    }
}
