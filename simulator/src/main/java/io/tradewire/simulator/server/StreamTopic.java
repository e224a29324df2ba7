package io.tradewire.simulator.server;

import io.tradewire.simulator.market.KlineInterval;
import io.tradewire.simulator.market.MarketData;
import io.tradewire.simulator.market.SymbolMarket;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One market stream (e.g. {@code btcusdt@depth@100ms}) and the connections subscribed to it. Subscribers are a
 * copy-on-write list: publishing (on venue and timer threads) iterates without locking; subscribing is rare.
 */
final class StreamTopic {
    /** What a stream carries. */
    enum Kind { TRADE, AGG_TRADE, BOOK_TICKER, DEPTH_DIFF, DEPTH_PARTIAL, KLINE, MINI_TICKER, TICKER, WINDOW_TICKER,
        AVG_PRICE, ALL_MINI_TICKERS, ALL_TICKERS, ALL_WINDOW_TICKERS }

    private static final String[] WINDOWS = {"1h", "4h", "1d"};

    final String name;
    final Kind kind;
    /** The symbol, null for the all-market streams. */
    final SymbolMarket symbol;
    /** 100 ms variant of a depth stream. */
    final boolean fast;
    /** Levels of a partial depth stream. */
    final int levels;
    final KlineInterval interval;
    /** Window of a rolling window ticker, e.g. "1h". */
    final String window;
    final CopyOnWriteArrayList<StreamConnection> subscribers = new CopyOnWriteArrayList<>();

    // Timer state, touched only by the timer thread.
    long lastKlineOpen = Long.MIN_VALUE;
    long lastAvgPrice = Long.MIN_VALUE;
    long[] lastSeenTrade;

    private StreamTopic(String name, Kind kind, SymbolMarket symbol, boolean fast, int levels, KlineInterval interval,
                        String window) {
        this.name = name;
        this.kind = kind;
        this.symbol = symbol;
        this.fast = fast;
        this.levels = levels;
        this.interval = interval;
        this.window = window;
    }

    /** The window in millis of a window ticker stream. */
    long windowMillis() {
        switch (window) {
            case "1h":
                return 3_600_000L;
            case "4h":
                return 14_400_000L;
            default:
                return 86_400_000L;
        }
    }

    /**
     * Parses a stream name as Binance spells it (symbols lower case).
     *
     * @return the topic, or null when there is no such stream on this venue
     */
    static StreamTopic parse(String name, MarketData data) {
        switch (name) {
            case "!miniTicker@arr":
                return new StreamTopic(name, Kind.ALL_MINI_TICKERS, null, false, 0, null, null);
            case "!ticker@arr":
                return new StreamTopic(name, Kind.ALL_TICKERS, null, false, 0, null, null);
            default:
                break;
        }
        if (name.startsWith("!ticker_") && name.endsWith("@arr")) {
            String w = name.substring("!ticker_".length(), name.length() - "@arr".length());
            return isWindow(w) ? new StreamTopic(name, Kind.ALL_WINDOW_TICKERS, null, false, 0, null, w) : null;
        }
        int at = name.indexOf('@');
        if (at <= 0) {
            return null;
        }
        String sym = name.substring(0, at);
        String rest = name.substring(at + 1);
        SymbolMarket m = null;
        for (SymbolMarket s : data.symbols()) {
            if (s.streamSymbol().equals(sym)) {
                m = s;
                break;
            }
        }
        if (m == null) {
            return null;
        }
        switch (rest) {
            case "trade":
                return new StreamTopic(name, Kind.TRADE, m, false, 0, null, null);
            case "aggTrade":
                return new StreamTopic(name, Kind.AGG_TRADE, m, false, 0, null, null);
            case "bookTicker":
                return new StreamTopic(name, Kind.BOOK_TICKER, m, false, 0, null, null);
            case "depth":
            case "depth@1000ms": // the default speed spelled out, as the official connector sends it
                return new StreamTopic(name, Kind.DEPTH_DIFF, m, false, 0, null, null);
            case "depth@100ms":
                return new StreamTopic(name, Kind.DEPTH_DIFF, m, true, 0, null, null);
            case "miniTicker":
                return new StreamTopic(name, Kind.MINI_TICKER, m, false, 0, null, null);
            case "ticker":
                return new StreamTopic(name, Kind.TICKER, m, false, 0, null, null);
            case "avgPrice":
                return new StreamTopic(name, Kind.AVG_PRICE, m, false, 0, null, null);
            default:
                break;
        }
        if (rest.startsWith("kline_")) {
            KlineInterval iv = KlineInterval.of(rest.substring("kline_".length()));
            return iv == null ? null : new StreamTopic(name, Kind.KLINE, m, false, 0, iv, null);
        }
        if (rest.startsWith("ticker_")) {
            String w = rest.substring("ticker_".length());
            return isWindow(w) ? new StreamTopic(name, Kind.WINDOW_TICKER, m, false, 0, null, w) : null;
        }
        for (int levels : new int[] {5, 10, 20}) {
            String base = "depth" + levels;
            if (rest.equals(base) || rest.equals(base + "@1000ms")) {
                return new StreamTopic(name, Kind.DEPTH_PARTIAL, m, false, levels, null, null);
            }
            if (rest.equals(base + "@100ms")) {
                return new StreamTopic(name, Kind.DEPTH_PARTIAL, m, true, levels, null, null);
            }
        }
        return null;
    }

    private static boolean isWindow(String w) {
        for (String s : WINDOWS) {
            if (s.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-cases the symbol part of a stream name ("BTCUSDT@aggTrade" names the same stream as "btcusdt@aggTrade").
     */
    static String canonical(String name) {
        int at = name.indexOf('@');
        if (at <= 0 || name.startsWith("!")) {
            return name;
        }
        return name.substring(0, at).toLowerCase(java.util.Locale.ROOT) + name.substring(at);
    }
}
