package io.tradewire.simulator.venue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** Commission rates, as given and at scale 8. */
    CommissionRates rates = CommissionRates.ZERO;
    long makerRate;
    long takerRate;
    long buyerRate;
    long sellerRate;
    /** Open orders per symbol, for MAX_NUM_ORDERS. */
    final Map<String, int[]> openCount = new HashMap<>();
    /** Recent trades per symbol, oldest first, at most {@link #HISTORY_CAP}. */
    final Map<String, ArrayDeque<AccountTrade>> trades = new HashMap<>();
    /** Recent prevented matches per symbol, oldest first, at most {@link #HISTORY_CAP}. */
    final Map<String, ArrayDeque<PreventedMatch>> prevented = new HashMap<>();
    /** Order lists, oldest first. */
    final List<VenueOrderList> lists = new ArrayList<>();

    /** How many trades and prevented matches per symbol an account keeps (Binance pages hold at most 1000). */
    static final int HISTORY_CAP = 10_000;

    Account(String apiKey, long ownerId) {
        this.apiKey = apiKey;
        this.ownerId = ownerId;
    }

    Holding holding(String asset) {
        return holdings.computeIfAbsent(asset, a -> new Holding());
    }

    int openOrders(String symbol) {
        int[] c = openCount.get(symbol);
        return c == null ? 0 : c[0];
    }

    void addOpen(String symbol, int delta) {
        openCount.computeIfAbsent(symbol, k -> new int[1])[0] += delta;
    }

    static <T> void keep(Map<String, ArrayDeque<T>> history, String symbol, T item) {
        ArrayDeque<T> d = history.computeIfAbsent(symbol, k -> new ArrayDeque<>());
        if (d.size() == HISTORY_CAP) {
            d.pollFirst();
        }
        d.addLast(item);
    }

    long free(String asset) {
        Holding h = holdings.get(asset);
        return h == null ? 0L : h.free;
    }
}
