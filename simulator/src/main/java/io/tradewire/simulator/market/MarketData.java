package io.tradewire.simulator.market;

import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.matching.LevelConsumer;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The venue's public market data, built from its own trades and book changes. Register it with
 * {@link #attach(Venue, EpochClock)}; it listens to the venue and serves queries. Every method must be called with the
 * venue's monitor held (the venue delivers events with it held).
 *
 * <p>Per trade it writes a few primitive arrays (trade and aggregate rings, one kline per interval); per book change
 * a primitive map update; nothing is allocated on that path once warm. Rings hold {@value #TRADE_CAPACITY} trades,
 * {@value #KLINE_CAPACITY} klines per interval (1s: an hour) and {@value #MINUTE_KLINE_CAPACITY} 1m klines (8 days,
 * which rolling windows up to 7d and time zone klines are built from).
 */
public final class MarketData implements VenueListener {
    /** Trades and aggregate trades kept per symbol. */
    public static final int TRADE_CAPACITY = 10_000;
    /** Klines kept per interval and symbol. */
    public static final int KLINE_CAPACITY = 1_000;
    /** 1m klines kept per symbol. */
    public static final int MINUTE_KLINE_CAPACITY = 8 * 1_440;

    private final Venue venue;
    private final EpochClock clock;
    private final Map<String, SymbolMarket> bySymbol = new HashMap<>();
    private final List<SymbolMarket> symbols = new ArrayList<>();
    private final TopReader topReader = new TopReader();
    private volatile MarketObserver observer;

    private MarketData(Venue venue, EpochClock clock) {
        this.venue = venue;
        this.clock = clock;
        int i = 0;
        for (SymbolSpec s : venue.symbols()) {
            SymbolMarket m = new SymbolMarket(s.symbol(), i++, TRADE_CAPACITY, KLINE_CAPACITY, MINUTE_KLINE_CAPACITY);
            bySymbol.put(s.symbol(), m);
            symbols.add(m);
        }
    }

    /**
     * Creates the market data of a venue and registers it as a listener.
     *
     * @param venue the venue (its book is the source of depth snapshots and top of book)
     * @param clock server time
     * @return the market data
     */
    public static MarketData attach(Venue venue, EpochClock clock) {
        MarketData md = new MarketData(Objects.requireNonNull(venue, "venue"), Objects.requireNonNull(clock, "clock"));
        synchronized (venue) {
            venue.addListener(md);
        }
        return md;
    }

    /**
     * Sets who receives real-time events (the streams server), or null for nobody.
     *
     * @param o the observer
     */
    public void observer(MarketObserver o) {
        this.observer = o;
    }

    /** @return the venue this data describes */
    public Venue venue() {
        return venue;
    }

    /** @return server time */
    public EpochClock clock() {
        return clock;
    }

    /**
     * @param symbol symbol name, e.g. "BTCUSDT"
     * @return its market data, or null if the venue does not list it
     */
    public SymbolMarket symbol(String symbol) {
        return symbol == null ? null : bySymbol.get(symbol);
    }

    /** @return every symbol in configuration order */
    public List<SymbolMarket> symbols() {
        return Collections.unmodifiableList(symbols);
    }

    /**
     * A depth snapshot as Binance's {@code depth} returns it.
     *
     * @param m     the symbol
     * @param limit most levels per side
     * @return levels with {@code lastUpdateId}
     */
    public DepthLevels depth(SymbolMarket m, int limit) {
        long[][] b = side(m.symbol(), true, limit);
        long[][] a = side(m.symbol(), false, limit);
        return new DepthLevels(m.updateId, m.updateId, b[0], b[1], a[0], a[1]);
    }

    private long[][] side(String symbol, boolean bids, int limit) {
        long[] prices = new long[Math.min(limit, 64)];
        long[] qtys = new long[prices.length];
        int[] n = {0};
        long[][] out = {prices, qtys};
        venue.depth(symbol, bids, limit, (p, q) -> {
            if (n[0] == out[0].length) {
                out[0] = java.util.Arrays.copyOf(out[0], n[0] * 2);
                out[1] = java.util.Arrays.copyOf(out[1], n[0] * 2);
            }
            out[0][n[0]] = p;
            out[1][n[0]] = q;
            n[0]++;
        });
        return new long[][] {java.util.Arrays.copyOf(out[0], n[0]), java.util.Arrays.copyOf(out[1], n[0])};
    }

    // ------------------------------------------------------------------------------------------------ listener

    @Override
    public boolean receivesOrderEvents() {
        return false;
    }

    @Override
    public void onTrade(String symbol, long tradeId, long priceScaled, long qtyScaled, long quoteQtyScaled, long time,
                        boolean buyerIsMaker, long takerOrderId) {
        SymbolMarket m = bySymbol.get(symbol);
        if (m == null) {
            return;
        }
        MarketObserver o = observer;
        m.trade(tradeId, priceScaled, qtyScaled, quoteQtyScaled, time, buyerIsMaker);
        if (m.extendsAgg(priceScaled, time, takerOrderId)) {
            m.extendAgg(tradeId, qtyScaled);
        } else {
            m.closeAgg(o);
            m.startAgg(tradeId, priceScaled, qtyScaled, time, buyerIsMaker, takerOrderId);
        }
        if (o != null) {
            o.onTrade(m, tradeId, priceScaled, qtyScaled, time, buyerIsMaker);
        }
    }

    @Override
    public void onBookLevel(String symbol, boolean bid, long priceScaled, long qtyDeltaScaled) {
        SymbolMarket m = bySymbol.get(symbol);
        if (m != null) {
            m.level(bid, priceScaled, qtyDeltaScaled);
        }
    }

    @Override
    public void onBookUpdated(String symbol, long time) {
        SymbolMarket m = bySymbol.get(symbol);
        if (m == null) {
            return;
        }
        MarketObserver o = observer;
        m.closeAgg(o);
        if (m.endUpdate()) {
            BookTop before = m.top;
            topReader.read(symbol, m.updateId);
            if (topReader.differs(before)) {
                m.top = topReader.top();
                if (o != null) {
                    o.onBookTicker(m, m.top);
                }
            }
        }
    }

    /** Reads the best levels without allocating unless they changed. */
    private final class TopReader implements LevelConsumer {
        private long price;
        private long qty;
        private long bp;
        private long bq;
        private long ap;
        private long aq;
        private long uid;

        void read(String symbol, long updateId) {
            uid = updateId;
            price = 0;
            qty = 0;
            venue.depth(symbol, true, 1, this);
            bp = price;
            bq = qty;
            price = 0;
            qty = 0;
            venue.depth(symbol, false, 1, this);
            ap = price;
            aq = qty;
        }

        boolean differs(BookTop t) {
            return t.bidPrice() != bp || t.bidQty() != bq || t.askPrice() != ap || t.askQty() != aq;
        }

        BookTop top() {
            return new BookTop(bp, bq, ap, aq, uid);
        }

        @Override
        public void accept(long p, long q) {
            price = p;
            qty = q;
        }
    }
}
