package io.tradewire.simulator.server;

import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.market.AggTrades;
import io.tradewire.simulator.market.AvgPrice;
import io.tradewire.simulator.market.DepthLevels;
import io.tradewire.simulator.market.KlineInterval;
import io.tradewire.simulator.market.Klines;
import io.tradewire.simulator.market.MarketData;
import io.tradewire.simulator.market.SymbolMarket;
import io.tradewire.simulator.market.TickerStats;
import io.tradewire.simulator.market.Trades;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WS API market data methods: depth, trades.recent, trades.historical, trades.aggregate, klines, uiKlines,
 * avgPrice, ticker.24hr, ticker.tradingDay, ticker, ticker.price and ticker.book, with Binance's parameters, weights
 * (which depend on the parameters, so each method charges its own) and result shapes. Also owns the market data and
 * the streams hub that share it.
 */
final class MarketDataMethods {
    /** The methods served, in the order of the reference. */
    static final List<String> NAMES = List.of("depth", "trades.recent", "trades.historical", "trades.aggregate",
            "klines", "uiKlines", "avgPrice", "ticker.24hr", "ticker.tradingDay", "ticker", "ticker.price",
            "ticker.book");

    private static final Pattern TIME_ZONE = Pattern.compile("^([+-]?)(\\d{1,2})(?::(\\d{2}))?$");
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,2})([mhd])$");
    private static final long MINUTE = 60_000L;
    private static final long DAY = 86_400_000L;

    private final Venue venue;
    private final MarketData data;
    private final RateLimiter limiter;
    private final EpochClock clock;
    private final StreamHub streams;

    MarketDataMethods(Venue venue, RateLimiter limiter, EpochClock clock) {
        this.venue = venue;
        this.limiter = limiter;
        this.clock = clock;
        this.data = MarketData.attach(venue, clock);
        this.streams = new StreamHub(data);
    }

    /** @return the market data behind these methods */
    MarketData data() {
        return data;
    }

    /** @return the market streams server state */
    StreamHub streams() {
        return streams;
    }

    ResponseWriter.Body handle(String method, Session s, WsRequest r, Usage u) throws ApiError {
        switch (method) {
            case "depth":
                return depth(s, r, u);
            case "trades.recent":
                return trades(s, r, u, false);
            case "trades.historical":
                return trades(s, r, u, true);
            case "trades.aggregate":
                return aggTrades(s, r, u);
            case "klines":
            case "uiKlines":
                return klines(s, r, u);
            case "avgPrice":
                return avgPrice(s, r, u);
            case "ticker.24hr":
                return ticker24hr(s, r, u);
            case "ticker.tradingDay":
                return tradingDay(s, r, u);
            case "ticker":
                return rolling(s, r, u);
            case "ticker.price":
                return priceOrBook(s, r, u, false);
            case "ticker.book":
                return priceOrBook(s, r, u, true);
            default:
                throw Errors.unsupportedMethod();
        }
    }

    private void charge(Session s, Usage u, int weight) throws ApiError {
        limiter.addWeight(s.remoteIp(), weight, u);
    }

    // ------------------------------------------------------------------------------------------------ methods

    private ResponseWriter.Body depth(Session s, WsRequest r, Usage u) throws ApiError {
        long limit = 100;
        ApiError bad = null;
        try {
            limit = Params.optLong(r, "limit", 100);
        } catch (ApiError e) {
            bad = e;
        }
        charge(s, u, limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250);
        if (bad != null) {
            throw bad;
        }
        SymbolMarket m = symbol(r);
        checkStatus(r, m);
        if (limit < 1) {
            throw Errors.invalidData("limit");
        }
        int n = (int) Math.min(limit, 5000);
        DepthLevels d;
        synchronized (venue) {
            d = data.depth(m, n);
        }
        return g -> StreamJson.depthSnapshot(g, d);
    }

    private ResponseWriter.Body trades(Session s, WsRequest r, Usage u, boolean historical) throws ApiError {
        charge(s, u, 25);
        SymbolMarket m = symbol(r);
        int limit = limit(r, 500, 1000);
        long fromId = historical ? Params.optLong(r, "fromId", -1) : -1;
        Trades t;
        synchronized (venue) {
            t = m.trades(fromId, limit);
        }
        return g -> {
            g.writeStartArray();
            for (int i = 0; i < t.size(); i++) {
                g.writeStartObject();
                g.writeNumberField("id", t.id(i));
                StreamJson.dec(g, "price", t.price(i));
                StreamJson.dec(g, "qty", t.qty(i));
                StreamJson.dec(g, "quoteQty", t.quoteQty(i));
                g.writeNumberField("time", t.time(i));
                g.writeBooleanField("isBuyerMaker", t.buyerIsMaker(i));
                g.writeBooleanField("isBestMatch", true);
                g.writeEndObject();
            }
            g.writeEndArray();
        };
    }

    private ResponseWriter.Body aggTrades(Session s, WsRequest r, Usage u) throws ApiError {
        charge(s, u, 4);
        SymbolMarket m = symbol(r);
        int limit = limit(r, 500, 1000);
        long fromId = Params.optLong(r, "fromId", -1);
        long start = Params.optLong(r, "startTime", -1);
        long end = Params.optLong(r, "endTime", -1);
        if (fromId >= 0 && (start >= 0 || end >= 0)) {
            throw Errors.badCombination();
        }
        AggTrades a;
        synchronized (venue) {
            a = start >= 0 && end >= 0 && start > end ? m.aggTrades(Long.MAX_VALUE, -1, -1, limit)
                    : m.aggTrades(fromId, start, end, limit);
        }
        return g -> StreamJson.aggTrades(g, a);
    }

    private ResponseWriter.Body klines(Session s, WsRequest r, Usage u) throws ApiError {
        charge(s, u, 2);
        SymbolMarket m = symbol(r);
        String ivText = Params.requireText(r, "interval");
        KlineInterval iv = KlineInterval.of(ivText);
        if (iv == null) {
            throw new ApiError(400, -1120, "Invalid interval.");
        }
        long start = Params.optLong(r, "startTime", -1);
        long end = Params.optLong(r, "endTime", -1);
        long offset = timeZone(r);
        int limit = limit(r, 500, 1000);
        Klines k;
        synchronized (venue) {
            k = start >= 0 && end >= 0 && start > end ? m.klines(iv, 0, 0, 0, 0, 0)
                    : m.klines(iv, start, end, limit, offset, clock.epochMillis());
        }
        return g -> StreamJson.klines(g, k);
    }

    private ResponseWriter.Body avgPrice(Session s, WsRequest r, Usage u) throws ApiError {
        charge(s, u, 2);
        SymbolMarket m = symbol(r);
        AvgPrice a;
        synchronized (venue) {
            a = m.avgPrice(clock.epochMillis());
        }
        return g -> {
            g.writeStartObject();
            g.writeNumberField("mins", AvgPrice.MINUTES);
            StreamJson.dec(g, "price", a.price());
            g.writeNumberField("closeTime", a.closeTime());
            g.writeEndObject();
        };
    }

    private ResponseWriter.Body ticker24hr(Session s, WsRequest r, Usage u) throws ApiError {
        Selection sel = select(r, false);
        int n = sel.all ? Integer.MAX_VALUE : sel.symbols.size();
        charge(s, u, n <= 20 ? 2 : n <= 100 ? 40 : 80);
        sel.check();
        boolean mini = type(r);
        List<TickerStats> out = new ArrayList<>();
        synchronized (venue) {
            long now = clock.epochMillis();
            for (SymbolMarket m : sel.symbols) {
                out.add(m.stats(now - DAY, now, m.top()));
            }
        }
        return g -> writeStats(g, out, sel.single, x -> StreamJson.ticker24hr(g, x, mini));
    }

    private ResponseWriter.Body tradingDay(Session s, WsRequest r, Usage u) throws ApiError {
        Selection sel = select(r, true);
        charge(s, u, Math.min(200, 4 * Math.max(1, sel.symbols.size())));
        sel.check();
        long offset = timeZone(r);
        boolean mini = type(r);
        List<TickerStats> out = new ArrayList<>();
        synchronized (venue) {
            long now = clock.epochMillis();
            LocalDate day = java.time.Instant.ofEpochMilli(now + offset).atZone(ZoneOffset.UTC).toLocalDate();
            long open = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - offset;
            for (SymbolMarket m : sel.symbols) {
                TickerStats t = m.stats(open, open + DAY - 1, m.top());
                out.add(t);
            }
        }
        return g -> writeStats(g, out, sel.single, x -> StreamJson.windowStats(g, x, mini));
    }

    private ResponseWriter.Body rolling(Session s, WsRequest r, Usage u) throws ApiError {
        Selection sel = select(r, true);
        int n = sel.symbols.size();
        charge(s, u, n <= 50 ? 4 * Math.max(1, n) : 200);
        sel.check();
        if (n > 200) {
            throw Errors.tooLarge("symbols", 200);
        }
        long window = windowSize(r);
        boolean mini = type(r);
        List<TickerStats> out = new ArrayList<>();
        synchronized (venue) {
            long now = clock.epochMillis();
            long open = Math.floorDiv(now - window, MINUTE) * MINUTE;
            for (SymbolMarket m : sel.symbols) {
                out.add(m.stats(open, now, m.top()));
            }
        }
        return g -> writeStats(g, out, sel.single, x -> StreamJson.windowStats(g, x, mini));
    }

    private ResponseWriter.Body priceOrBook(Session s, WsRequest r, Usage u, boolean book) throws ApiError {
        Selection sel = select(r, false);
        charge(s, u, sel.single ? 2 : 4);
        sel.check();
        int n = sel.symbols.size();
        String[] names = new String[n];
        long[][] v = new long[n][];
        synchronized (venue) {
            for (int i = 0; i < n; i++) {
                SymbolMarket m = sel.symbols.get(i);
                names[i] = m.symbol();
                v[i] = book ? new long[] {m.top().bidPrice(), m.top().bidQty(), m.top().askPrice(), m.top().askQty()}
                        : new long[] {m.lastPrice()};
            }
        }
        return g -> {
            if (!sel.single) {
                g.writeStartArray();
            }
            for (int i = 0; i < n; i++) {
                g.writeStartObject();
                g.writeStringField("symbol", names[i]);
                if (book) {
                    StreamJson.dec(g, "bidPrice", v[i][0]);
                    StreamJson.dec(g, "bidQty", v[i][1]);
                    StreamJson.dec(g, "askPrice", v[i][2]);
                    StreamJson.dec(g, "askQty", v[i][3]);
                } else {
                    StreamJson.dec(g, "price", v[i][0]);
                }
                g.writeEndObject();
            }
            if (!sel.single) {
                g.writeEndArray();
            }
        };
    }

    // ------------------------------------------------------------------------------------------------ parameters

    @FunctionalInterface
    private interface StatsWriter {
        void write(TickerStats s) throws java.io.IOException;
    }

    private static void writeStats(com.fasterxml.jackson.core.JsonGenerator g, List<TickerStats> out, boolean single,
                                   StatsWriter w) throws java.io.IOException {
        if (single) {
            w.write(out.get(0));
            return;
        }
        g.writeStartArray();
        for (TickerStats t : out) {
            w.write(t);
        }
        g.writeEndArray();
    }

    private SymbolMarket symbol(WsRequest r) throws ApiError {
        String name = Params.requireText(r, "symbol");
        SymbolMarket m = data.symbol(name);
        if (m == null) {
            throw Errors.invalidSymbol();
        }
        return m;
    }

    private static int limit(WsRequest r, int dflt, int max) throws ApiError {
        long limit = Params.optLong(r, "limit", dflt);
        if (limit < 1) {
            throw Errors.invalidData("limit");
        }
        return (int) Math.min(limit, max);
    }

    /** symbolStatus: checked for a single symbol, a filter for several. */
    private String symbolStatus(WsRequest r) throws ApiError {
        String st = r.text("symbolStatus");
        if (st != null && !st.equals("TRADING") && !st.equals("HALT") && !st.equals("BREAK")) {
            throw new ApiError(400, -1122, "Invalid symbolStatus.");
        }
        return st;
    }

    private void checkStatus(WsRequest r, SymbolMarket m) throws ApiError {
        String st = symbolStatus(r);
        if (st != null && !st.equals(status(m))) {
            throw symbolStatusMismatch();
        }
    }

    private String status(SymbolMarket m) {
        SymbolSpec spec = venue.symbol(m.symbol()).orElseThrow();
        return spec.status().wireName();
    }

    private static ApiError symbolStatusMismatch() {
        return new ApiError(400, -1220, "The symbol's status does not match the requested symbolStatus.");
    }

    private static boolean type(WsRequest r) throws ApiError {
        String t = r.text("type");
        if (t == null || t.equals("FULL")) {
            return false;
        }
        if (t.equals("MINI")) {
            return true;
        }
        throw Errors.invalidData("type");
    }

    /** Offset east of UTC in millis; accepts "8", "-1:00", "05:45", within [-12:00, +14:00]. */
    private static long timeZone(WsRequest r) throws ApiError {
        String tz = r.text("timeZone");
        if (tz == null) {
            return 0;
        }
        Matcher mt = TIME_ZONE.matcher(tz);
        if (!mt.matches()) {
            throw Errors.invalidData("timeZone");
        }
        int h = Integer.parseInt(mt.group(2));
        int min = mt.group(3) == null ? 0 : Integer.parseInt(mt.group(3));
        int total = h * 60 + min;
        boolean neg = "-".equals(mt.group(1));
        if (min > 59 || (neg ? total > 12 * 60 : total > 14 * 60)) {
            throw Errors.invalidData("timeZone");
        }
        return (neg ? -total : total) * MINUTE;
    }

    private static long windowSize(WsRequest r) throws ApiError {
        String w = r.text("windowSize");
        if (w == null) {
            return DAY;
        }
        Matcher mt = WINDOW.matcher(w);
        if (!mt.matches()) {
            throw Errors.invalidData("windowSize");
        }
        int n = Integer.parseInt(mt.group(1));
        switch (mt.group(2)) {
            case "m":
                if (n >= 1 && n <= 59) {
                    return n * MINUTE;
                }
                break;
            case "h":
                if (n >= 1 && n <= 23) {
                    return n * 60 * MINUTE;
                }
                break;
            default:
                if (n >= 1 && n <= 7) {
                    return n * DAY;
                }
                break;
        }
        throw Errors.invalidData("windowSize");
    }

    /** Which symbols a ticker request names; validation errors are deferred until the weight is charged. */
    private final class Selection {
        final List<SymbolMarket> symbols = new ArrayList<>();
        boolean single;
        boolean all;
        ApiError error;

        void check() throws ApiError {
            if (error != null) {
                throw error;
            }
        }
    }

    private Selection select(WsRequest r, boolean required) {
        Selection sel = new Selection();
        try {
            String one = r.text("symbol");
            Param many = r.param("symbols");
            if (one != null && many != null) {
                throw Errors.badCombination();
            }
            String status = symbolStatus(r);
            if (one != null) {
                sel.single = true;
                SymbolMarket m = data.symbol(one);
                if (m == null) {
                    throw Errors.invalidSymbol();
                }
                if (status != null && !status.equals(status(m))) {
                    throw symbolStatusMismatch();
                }
                sel.symbols.add(m);
            } else if (many != null) {
                List<String> names = symbolList(many);
                if (names.isEmpty()) {
                    throw Errors.mandatory("symbols");
                }
                Set<SymbolMarket> seen = new LinkedHashSet<>();
                for (String n : names) {
                    SymbolMarket m = data.symbol(n);
                    if (m == null) {
                        throw Errors.invalidSymbol();
                    }
                    if (status == null || status.equals(status(m))) {
                        seen.add(m);
                    }
                }
                sel.symbols.addAll(seen);
            } else if (required) {
                throw Errors.eitherMandatory("symbol", "symbols");
            } else {
                sel.all = true;
                for (SymbolMarket m : data.symbols()) {
                    String st = status(m);
                    if (status == null ? st.equals(SymbolStatus.TRADING.wireName()) : status.equals(st)) {
                        sel.symbols.add(m);
                    }
                }
            }
        } catch (ApiError e) {
            sel.error = e;
        }
        return sel;
    }

    /** A JSON array of strings, or (as REST clients send it) a string holding one. */
    private static List<String> symbolList(Param p) throws ApiError {
        if (p.kind() == Param.Kind.ARRAY) {
            return p.elements();
        }
        String t = p.text().trim();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw Errors.invalidData("symbols");
        }
        List<String> out = new ArrayList<>();
        for (String part : t.substring(1, t.length() - 1).split(",")) {
            String s = part.trim();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1);
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
