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
    /** Closed order lists in the order they closed: the oldest are forgotten first. */
    final ArrayDeque<VenueOrderList> closedLists = new ArrayDeque<>();
    /** Listed in the venue call's accounts whose list history is to be trimmed. */
    boolean listTrimQueued;

    /** How many trades and prevented matches per symbol an account keeps (Binance pages hold at most 1000). */
    static final int HISTORY_CAP = 10_000;

    /** Orders per symbol, by {@link SymbolState#index}; null until the first order there. */
    private final AccountOrders[] orders;

    Account(String apiKey, long ownerId, int symbolCount) {
        this.apiKey = apiKey;
        this.ownerId = ownerId;
        this.orders = new AccountOrders[symbolCount];
    }

    /** This account's orders on a symbol, created on first use. */
    AccountOrders orders(SymbolState sym) {
        AccountOrders a = orders[sym.index];
        if (a == null) {
            a = new AccountOrders(this);
            orders[sym.index] = a;
        }
        return a;
    }

    /** This account's orders on a symbol, or null if it never had one there. */
    AccountOrders ordersOrNull(SymbolState sym) {
        return orders[sym.index];
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
