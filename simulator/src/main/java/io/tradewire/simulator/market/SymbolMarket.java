package io.tradewire.simulator.market;

import java.util.Arrays;

/**
 * Market data of one symbol: trade and aggregate trade rings, klines of every interval, a mirror of the book's levels
 * (for depth diffs) and the update id. Mutated only by {@link MarketData} under the venue's monitor; queries must hold
 * that monitor too. Queries return copies.
 */
public final class SymbolMarket {
    private static final KlineInterval[] INTERVALS = KlineInterval.values();
    private static final long MINUTE = 60_000L;

    private final String symbol;
    private final String streamSymbol;
    private final int index;

    // Trade ring: trade ids are consecutive per symbol, so slot = id % capacity.
    private final int tradeCap;
    private long[] tIds;
    private long[] tPrices;
    private long[] tQtys;
    private long[] tQuotes;
    private long[] tTimes;
    private boolean[] tBuyerMaker;
    private long tradeCount;
    private long firstTradeId = -1;
    private long lastTradeId = -1;

    // Aggregate trade ring, same layout.
    private long[] aIds;
    private long[] aPrices;
    private long[] aQtys;
    private long[] aFirst;
    private long[] aLast;
    private long[] aTimes;
    private boolean[] aBuyerMaker;
    private long aggCount;
    private long nextAggId = 1;

    // The aggregate trade being built during one venue call.
    private boolean aggOpen;
    private long aggTaker;
    private long aggPrice;
    private long aggQty;
    private long aggFirst;
    private long aggLast;
    private long aggTime;
    private boolean aggBuyerMaker;

    private final CandleRing[] candles = new CandleRing[INTERVALS.length];
    private final long[] curOpen = new long[INTERVALS.length];
    private final long[] nextOpen = new long[INTERVALS.length];

    long lastPrice;
    long lastQty;
    long lastTime;

    // Book mirror (price -> total qty) and the levels touched by the current venue call.
    private final LongLongMap bids = new LongLongMap(256);
    private final LongLongMap asks = new LongLongMap(256);
    private long[] touched = new long[32];
    private int touchedCount;
    long updateId;
    BookTop top = BookTop.EMPTY;

    // Pending depth diffs per speed (0 = 100 ms, 1 = 1000 ms), tracked only while someone listens.
    private final boolean[] diffActive = new boolean[2];
    private final long[] diffFirst = {-1, -1};
    private final long[] diffLast = {-1, -1};
    private final LongLongMap[] diffBids = {new LongLongMap(64), new LongLongMap(64)};
    private final LongLongMap[] diffAsks = {new LongLongMap(64), new LongLongMap(64)};

    SymbolMarket(String symbol, int index, int tradeCapacity, int klineCapacity, int minuteKlineCapacity) {
        this.symbol = symbol;
        this.streamSymbol = symbol.toLowerCase(java.util.Locale.ROOT);
        this.index = index;
        this.tradeCap = tradeCapacity;
        for (int i = 0; i < INTERVALS.length; i++) {
            candles[i] = new CandleRing(INTERVALS[i] == KlineInterval.M1 ? minuteKlineCapacity
                    : INTERVALS[i] == KlineInterval.S1 ? Math.max(klineCapacity, 3_600) : klineCapacity);
            curOpen[i] = Long.MIN_VALUE;
            nextOpen[i] = Long.MIN_VALUE;
        }
    }

    /** @return the symbol, e.g. "BTCUSDT" */
    public String symbol() {
        return symbol;
    }

    /** @return the symbol as stream names spell it, e.g. "btcusdt" */
    public String streamSymbol() {
        return streamSymbol;
    }

    /** @return position of the symbol in the venue's configuration order */
    public int index() {
        return index;
    }

    /** @return the book's last update id */
    public long updateId() {
        return updateId;
    }

    /** @return best bid and ask as of the last venue call */
    public BookTop top() {
        return top;
    }

    /** @return last trade price, 0 before the first trade */
    public long lastPrice() {
        return lastPrice;
    }

    /** @return last trade id, -1 before the first trade */
    public long lastTradeId() {
        return lastTradeId;
    }

    /** @return last trade time, 0 before the first trade */
    public long lastTradeTime() {
        return lastTime;
    }

    // ------------------------------------------------------------------------------------------------ feeding

    /** Records a trade in the ring and the klines of every interval. */
    void trade(long id, long price, long qty, long quote, long time, boolean buyerIsMaker) {
        if (tIds == null) {
            allocateRings();
        }
        int slot = (int) (id % tradeCap);
        tIds[slot] = id;
        tPrices[slot] = price;
        tQtys[slot] = qty;
        tQuotes[slot] = quote;
        tTimes[slot] = time;
        tBuyerMaker[slot] = buyerIsMaker;
        tradeCount++;
        if (firstTradeId < 0) {
            firstTradeId = id;
        }
        lastTradeId = id;
        lastPrice = price;
        lastQty = qty;
        lastTime = time;
        boolean takerBuy = !buyerIsMaker;
        for (int i = 0; i < INTERVALS.length; i++) {
            if (time >= nextOpen[i] || time < curOpen[i]) {
                curOpen[i] = INTERVALS[i].openTime(time, 0);
                nextOpen[i] = INTERVALS[i].nextOpen(curOpen[i], 0);
            }
            candles[i].add(curOpen[i], nextOpen[i] - 1, price, qty, quote, id, takerBuy);
        }
    }

    /** The trade rings are allocated at the first trade: symbols that never trade cost nothing. */
    private void allocateRings() {
        tIds = new long[tradeCap];
        tPrices = new long[tradeCap];
        tQtys = new long[tradeCap];
        tQuotes = new long[tradeCap];
        tTimes = new long[tradeCap];
        tBuyerMaker = new boolean[tradeCap];
        aIds = new long[tradeCap];
        aPrices = new long[tradeCap];
        aQtys = new long[tradeCap];
        aFirst = new long[tradeCap];
        aLast = new long[tradeCap];
        aTimes = new long[tradeCap];
        aBuyerMaker = new boolean[tradeCap];
    }

    /** Whether the trade extends the pending aggregate trade (same taker, price and time). */
    boolean extendsAgg(long price, long time, long takerOrderId) {
        return aggOpen && aggTaker == takerOrderId && aggPrice == price && aggTime == time;
    }

    boolean aggPending() {
        return aggOpen;
    }

    void extendAgg(long id, long qty) {
        aggQty += qty;
        aggLast = id;
    }

    void startAgg(long id, long price, long qty, long time, boolean buyerIsMaker, long takerOrderId) {
        aggOpen = true;
        aggTaker = takerOrderId;
        aggPrice = price;
        aggQty = qty;
        aggFirst = id;
        aggLast = id;
        aggTime = time;
        aggBuyerMaker = buyerIsMaker;
    }

    /** Commits the pending aggregate trade to the ring and reports it. */
    void closeAgg(MarketObserver observer) {
        if (!aggOpen) {
            return;
        }
        aggOpen = false;
        long id = nextAggId++;
        int slot = (int) (id % tradeCap);
        aIds[slot] = id;
        aPrices[slot] = aggPrice;
        aQtys[slot] = aggQty;
        aFirst[slot] = aggFirst;
        aLast[slot] = aggLast;
        aTimes[slot] = aggTime;
        aBuyerMaker[slot] = aggBuyerMaker;
        aggCount++;
        if (observer != null) {
            observer.onAggTrade(this, id, aggPrice, aggQty, aggFirst, aggLast, aggTime, aggBuyerMaker);
        }
    }

    void level(boolean bid, long price, long delta) {
        (bid ? bids : asks).add(price, delta);
        if (touched.length < (touchedCount + 1) * 2) {
            touched = Arrays.copyOf(touched, touched.length * 2);
        }
        touched[touchedCount * 2] = bid ? 1 : 0;
        touched[touchedCount * 2 + 1] = price;
        touchedCount++;
    }

    /** Ends a venue call: one update id for its level changes, recorded into the active diffs. */
    boolean endUpdate() {
        if (touchedCount == 0) {
            return false;
        }
        updateId++;
        for (int s = 0; s < 2; s++) {
            if (!diffActive[s]) {
                continue;
            }
            if (diffFirst[s] < 0) {
                diffFirst[s] = updateId;
            }
            diffLast[s] = updateId;
            for (int t = 0; t < touchedCount; t++) {
                boolean bid = touched[t * 2] == 1;
                long price = touched[t * 2 + 1];
                long q = (bid ? bids : asks).get(price);
                (bid ? diffBids : diffAsks)[s].put(price, q == LongLongMap.MISSING ? 0 : q);
            }
        }
        touchedCount = 0;
        return true;
    }

    /** Resting quantity at a price according to the mirror (0 if none). */
    long mirrorQty(boolean bid, long price) {
        long q = (bid ? bids : asks).get(price);
        return q == LongLongMap.MISSING ? 0 : q;
    }

    // ------------------------------------------------------------------------------------------------ depth diffs

    /**
     * Starts or stops collecting depth diffs for one speed. Stopping drops what was collected.
     *
     * @param fast true for the 100 ms diff, false for the 1000 ms one
     * @param on   whether someone listens
     */
    public void trackDiffs(boolean fast, boolean on) {
        int s = fast ? 0 : 1;
        if (diffActive[s] != on) {
            diffActive[s] = on;
            diffFirst[s] = -1;
            diffLast[s] = -1;
            diffBids[s].clear();
            diffAsks[s].clear();
        }
    }

    /**
     * Takes the levels changed since the last call, with the update ids they cover.
     *
     * @param fast true for the 100 ms diff, false for the 1000 ms one
     * @return the diff, or null when nothing changed
     */
    public DepthLevels takeDiff(boolean fast) {
        int s = fast ? 0 : 1;
        if (!diffActive[s] || diffFirst[s] < 0) {
            return null;
        }
        long[][] b = sorted(diffBids[s], true);
        long[][] a = sorted(diffAsks[s], false);
        DepthLevels d = new DepthLevels(diffFirst[s], diffLast[s], b[0], b[1], a[0], a[1]);
        diffFirst[s] = -1;
        diffLast[s] = -1;
        diffBids[s].clear();
        diffAsks[s].clear();
        return d;
    }

    private static long[][] sorted(LongLongMap m, boolean descending) {
        long[] prices = new long[m.size()];
        int[] n = {0};
        m.forEach((k, v) -> prices[n[0]++] = k);
        Arrays.sort(prices);
        if (descending) {
            for (int i = 0, j = prices.length - 1; i < j; i++, j--) {
                long t = prices[i];
                prices[i] = prices[j];
                prices[j] = t;
            }
        }
        long[] qtys = new long[prices.length];
        for (int i = 0; i < prices.length; i++) {
            qtys[i] = m.get(prices[i]);
        }
        return new long[][] {prices, qtys};
    }

    // ------------------------------------------------------------------------------------------------ trades

    private long oldestTradeId() {
        if (lastTradeId < 0) {
            return -1;
        }
        return Math.max(firstTradeId, lastTradeId - Math.min(tradeCount, tradeCap) + 1);
    }

    private boolean hasTrade(long id) {
        return id >= 0 && lastTradeId >= 0 && id >= oldestTradeId() && id <= lastTradeId
                && tIds[(int) (id % tradeCap)] == id;
    }

    /**
     * @param fromId first trade id wanted, or -1 for the most recent trades
     * @param limit  most trades returned
     * @return trades oldest first (from the oldest still kept when {@code fromId} is older)
     */
    public Trades trades(long fromId, int limit) {
        if (lastTradeId < 0) {
            return new Trades(0);
        }
        long oldest = oldestTradeId();
        long from = fromId < 0 ? Math.max(oldest, lastTradeId - limit + 1) : Math.max(oldest, fromId);
        long to = Math.min(lastTradeId, from + limit - 1);
        int n = (int) Math.max(0, to - from + 1);
        Trades t = new Trades(n);
        for (int i = 0; i < n; i++) {
            int s = (int) ((from + i) % tradeCap);
            t.set(i, tIds[s], tPrices[s], tQtys[s], tQuotes[s], tTimes[s], tBuyerMaker[s]);
        }
        return t;
    }

    /**
     * Aggregate trades, oldest first.
     *
     * @param fromId    first aggregate id wanted, or -1
     * @param startTime earliest trade time, or -1
     * @param endTime   latest trade time, or -1
     * @param limit     most returned
     * @return from {@code fromId}; else from {@code startTime}; else the most recent up to {@code endTime} or now
     */
    public AggTrades aggTrades(long fromId, long startTime, long endTime, int limit) {
        long last = nextAggId - 1;
        if (aggCount == 0) {
            return new AggTrades(0);
        }
        long oldest = Math.max(1, last - Math.min(aggCount, tradeCap) + 1);
        long from;
        long to;
        if (fromId >= 0) {
            from = Math.max(oldest, fromId);
            to = Math.min(last, from + limit - 1);
        } else if (startTime >= 0) {
            from = oldest;
            while (from <= last && aTimes[(int) (from % tradeCap)] < startTime) {
                from++;
            }
            to = Math.min(last, from + limit - 1);
            if (endTime >= 0) {
                while (to >= from && aTimes[(int) (to % tradeCap)] > endTime) {
                    to--;
                }
            }
        } else {
            to = last;
            if (endTime >= 0) {
                while (to >= oldest && aTimes[(int) (to % tradeCap)] > endTime) {
                    to--;
                }
            }
            from = Math.max(oldest, to - limit + 1);
        }
        int n = (int) Math.max(0, to - from + 1);
        AggTrades a = new AggTrades(n);
        for (int i = 0; i < n; i++) {
            int s = (int) ((from + i) % tradeCap);
            a.set(i, aIds[s], aPrices[s], aQtys[s], aFirst[s], aLast[s], aTimes[s], aBuyerMaker[s]);
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------------ klines

    /**
     * Klines as Binance's {@code klines} returns them.
     *
     * @param interval  the interval
     * @param startTime klines opening at or after this, or -1
     * @param endTime   klines opening at or before this, or -1
     * @param limit     most returned
     * @param offsetMs  time zone offset east of UTC in millis
     * @param now       current time
     * @return oldest first; with neither time, the most recent ones up to the one open now
     */
    public Klines klines(KlineInterval interval, long startTime, long endTime, int limit, long offsetMs, long now) {
        CandleRing ring = interval.sameAsUtc(offsetMs) ? candles[interval.ordinal()] : regroup(interval, offsetMs);
        if (ring.size() == 0 || limit <= 0) {
            return new Klines(0);
        }
        long first = ring.get(0, CandleRing.OPEN);
        long cur = interval.openTime(now, offsetMs);
        long lo = first;
        if (startTime >= 0) {
            long o = interval.openTime(startTime, offsetMs);
            lo = Math.max(lo, o == startTime ? o : interval.nextOpen(o, offsetMs));
        }
        long hi = cur;
        if (endTime >= 0) {
            hi = Math.min(hi, interval.openTime(endTime, offsetMs));
        }
        if (hi < lo) {
            return new Klines(0);
        }
        if (startTime < 0) {
            long o = hi;
            for (int i = 1; i < limit && o > lo; i++) {
                o = interval.previousOpen(o, offsetMs);
            }
            lo = Math.max(lo, o);
        }
        long[] buf = new long[Math.min(limit, 1024) * CandleRing.STRIDE];
        int n = 0;
        int p = ring.firstAtOrAfter(lo);
        long prevClose = p > 0 ? ring.get(p - 1, CandleRing.C) : 0;
        for (long o = lo; o <= hi && n < limit; o = interval.nextOpen(o, offsetMs)) {
            if (buf.length < (n + 1) * CandleRing.STRIDE) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int b = n * CandleRing.STRIDE;
            if (p < ring.size() && ring.get(p, CandleRing.OPEN) == o) {
                for (int f = 0; f < CandleRing.STRIDE; f++) {
                    buf[b + f] = ring.get(p, f);
                }
                prevClose = ring.get(p, CandleRing.C);
                p++;
            } else {
                flat(buf, b, o, interval.nextOpen(o, offsetMs) - 1, prevClose);
            }
            n++;
        }
        Klines k = new Klines(n);
        System.arraycopy(buf, 0, k.raw(), 0, n * CandleRing.STRIDE);
        return k;
    }

    /**
     * The kline of {@code interval} (UTC) opening at {@code openTime}, with or without trades.
     *
     * @param interval the interval
     * @param openTime its open time
     * @return one kline
     */
    public Klines klineAt(KlineInterval interval, long openTime) {
        CandleRing ring = candles[interval.ordinal()];
        Klines k = new Klines(1);
        int p = ring.firstAtOrAfter(openTime);
        if (p < ring.size() && ring.get(p, CandleRing.OPEN) == openTime) {
            for (int f = 0; f < CandleRing.STRIDE; f++) {
                k.raw()[f] = ring.get(p, f);
            }
        } else {
            long prevClose = p > 0 ? ring.get(p - 1, CandleRing.C) : 0;
            flat(k.raw(), 0, openTime, interval.nextOpen(openTime, 0) - 1, prevClose);
        }
        return k;
    }

    private static void flat(long[] buf, int b, long open, long close, long price) {
        Arrays.fill(buf, b, b + CandleRing.STRIDE, 0L);
        buf[b + CandleRing.OPEN] = open;
        buf[b + CandleRing.CLOSE_TIME] = close;
        buf[b + CandleRing.O] = price;
        buf[b + CandleRing.H] = price;
        buf[b + CandleRing.L] = price;
        buf[b + CandleRing.C] = price;
        buf[b + CandleRing.FIRST_ID] = -1;
        buf[b + CandleRing.LAST_ID] = -1;
    }

    /** Klines of an interval in a time zone whose boundaries differ from UTC's, built from the 1m klines. */
    private CandleRing regroup(KlineInterval interval, long offsetMs) {
        CandleRing m1 = candles[KlineInterval.M1.ordinal()];
        CandleRing out = new CandleRing(Math.max(1, m1.size()));
        long open = Long.MIN_VALUE;
        long next = Long.MIN_VALUE;
        for (int i = 0; i < m1.size(); i++) {
            long t = m1.get(i, CandleRing.OPEN);
            if (t >= next || t < open) {
                open = interval.openTime(t, offsetMs);
                next = interval.nextOpen(open, offsetMs);
            }
            out.merge(open, next - 1, m1, i);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ statistics

    /**
     * Statistics of the trades with time in {@code [openTime, closeTime]}, from the 1m klines, using the trade ring for
     * a window start inside a minute when the ring still holds that minute.
     *
     * @param openTime  window start
     * @param closeTime window end
     * @param top       best bid and ask to report
     * @return the statistics
     */
    public TickerStats stats(long openTime, long closeTime, BookTop top) {
        CandleRing m1 = candles[KlineInterval.M1.ordinal()];
        long open = 0;
        long high = 0;
        long low = 0;
        long close = 0;
        long vol = 0;
        long quote = 0;
        long count = 0;
        long firstId = -1;
        long lastId = -1;
        int i = m1.firstAtOrAfter(Math.floorDiv(openTime, MINUTE) * MINUTE);
        int before = i - 1;
        if (i < m1.size() && m1.get(i, CandleRing.OPEN) < openTime && hasTrade(m1.get(i, CandleRing.FIRST_ID))) {
            // The window starts inside this minute and the ring still has its trades: count them one by one.
            for (long id = m1.get(i, CandleRing.FIRST_ID); id <= m1.get(i, CandleRing.LAST_ID); id++) {
                int s = (int) (id % tradeCap);
                if (tTimes[s] < openTime || tTimes[s] > closeTime) {
                    continue;
                }
                long p = tPrices[s];
                if (count == 0) {
                    open = p;
                    high = p;
                    low = p;
                    firstId = id;
                }
                high = Math.max(high, p);
                low = Math.min(low, p);
                close = p;
                vol += tQtys[s];
                quote += tQuotes[s];
                count++;
                lastId = id;
            }
            i++;
        }
        for (; i < m1.size() && m1.get(i, CandleRing.OPEN) <= closeTime; i++) {
            if (count == 0) {
                open = m1.get(i, CandleRing.O);
                high = m1.get(i, CandleRing.H);
                low = m1.get(i, CandleRing.L);
                firstId = m1.get(i, CandleRing.FIRST_ID);
            }
            high = Math.max(high, m1.get(i, CandleRing.H));
            low = Math.min(low, m1.get(i, CandleRing.L));
            close = m1.get(i, CandleRing.C);
            vol += m1.get(i, CandleRing.VOLUME);
            quote += m1.get(i, CandleRing.QUOTE_VOLUME);
            count += m1.get(i, CandleRing.COUNT);
            lastId = m1.get(i, CandleRing.LAST_ID);
        }
        long prevClose;
        if (count > 0 && hasTrade(firstId - 1)) {
            prevClose = tPrices[(int) ((firstId - 1) % tradeCap)];
        } else if (count > 0) {
            prevClose = before >= 0 ? m1.get(before, CandleRing.C) : 0;
        } else {
            prevClose = lastTime < openTime ? lastPrice : 0;
        }
        long last = count > 0 ? close : lastPrice;
        return new TickerStats(symbol, openTime, closeTime, open, high, low, last, lastQty, prevClose, vol, quote,
                firstId, lastId, count, top);
    }

    /**
     * The {@value AvgPrice#MINUTES}-minute average price at {@code now}.
     *
     * @param now current time
     * @return the average price
     */
    public AvgPrice avgPrice(long now) {
        if (lastTradeId < 0) {
            return new AvgPrice(0, 0);
        }
        long from = now - AvgPrice.MINUTES * MINUTE;
        long qty = 0;
        long quote = 0;
        long oldest = oldestTradeId();
        long id = lastTradeId;
        while (id >= oldest && tTimes[(int) (id % tradeCap)] >= from) {
            int s = (int) (id % tradeCap);
            if (tTimes[s] <= now) {
                qty += tQtys[s];
                quote += tQuotes[s];
            }
            id--;
        }
        if (id >= oldest || oldest == firstTradeId) {
            // The ring reached behind the window start: the sums are exact.
            if (qty == 0) {
                return new AvgPrice(lastPrice, lastTime);
            }
        } else {
            // Too many trades in the window for the ring: sum the 1m klines instead.
            TickerStats s = stats(from, now, BookTop.EMPTY);
            qty = s.volume();
            quote = s.quoteVolume();
            if (qty == 0) {
                return new AvgPrice(lastPrice, lastTime);
            }
        }
        long avg = java.math.BigDecimal.valueOf(quote).movePointRight(8)
                .divide(java.math.BigDecimal.valueOf(qty), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        return new AvgPrice(avg, lastTime);
    }
}
