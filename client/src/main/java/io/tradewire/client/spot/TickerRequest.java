package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.SymbolStatus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which symbols a ticker method ({@code ticker.24hr}, {@code ticker.tradingDay}, {@code ticker}) asks about, and
 * how: one symbol, several, or (for {@code ticker.24hr} only) all; {@code FULL} or {@code MINI} statistics; an
 * optional status filter; the time zone of the trading day ({@code ticker.tradingDay} only) and the window size
 * ({@code ticker} only).
 */
public final class TickerRequest {
    private static final Pattern TIME_ZONE = Pattern.compile("^[+-]?\\d{1,2}(:\\d{2})?$");
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,2})([mhd])$");
    private final List<String> symbols; // empty: all
    private final boolean single;
    private final boolean mini;
    private final SymbolStatus symbolStatus;
    private final String timeZone;
    private final String windowSize;

    private TickerRequest(Builder b) {
        symbols = List.copyOf(b.symbols);
        single = b.single;
        mini = b.mini;
        symbolStatus = b.symbolStatus;
        timeZone = b.timeZone;
        windowSize = b.windowSize;
    }

    /**
     * @param symbol the symbol
     * @return a builder for one symbol
     */
    public static Builder forSymbol(String symbol) {
        return new Builder(List.of(symbol), true);
    }

    /**
     * @param symbols the symbols (at least one)
     * @return a builder for several symbols
     */
    public static Builder forSymbols(String... symbols) {
        return new Builder(List.of(symbols), false);
    }

    /** @return a builder for all trading symbols ({@code ticker.24hr} only) */
    public static Builder forAll() {
        return new Builder(List.of(), false);
    }

    /** @return the symbols asked for; empty for all */
    public List<String> symbols() {
        return symbols;
    }

    /** @return whether {@code MINI} statistics are asked for */
    public boolean mini() {
        return mini;
    }

    /** @return the status filter, or null */
    public SymbolStatus symbolStatus() {
        return symbolStatus;
    }

    /** @return the trading day's time zone, or null */
    public String timeZone() {
        return timeZone;
    }

    /** @return the rolling window size, or null */
    public String windowSize() {
        return windowSize;
    }

    int symbolCount() {
        return symbols.size();
    }

    void addTo(RequestParams p) {
        if (single) {
            p.add("symbol", symbols.get(0));
        } else if (!symbols.isEmpty()) {
            p.addRawJson("symbols", Params.symbolArray(symbols));
        }
        if (mini) {
            p.add("type", "MINI");
        }
        p.add("symbolStatus", symbolStatus == null ? null : symbolStatus.wireName());
        p.add("timeZone", timeZone);
        p.add("windowSize", windowSize);
    }

    void checkFor(String method, boolean allAllowed, boolean timeZoneAllowed, boolean windowAllowed) {
        if (symbols.isEmpty() && !allAllowed) {
            throw new IllegalArgumentException(method + ": symbol or symbols is required");
        }
        if (timeZone != null && !timeZoneAllowed) {
            throw new IllegalArgumentException(method + " takes no timeZone");
        }
        if (windowSize != null && !windowAllowed) {
            throw new IllegalArgumentException(method + " takes no windowSize");
        }
    }

    static void checkTimeZone(String tz) {
        if (tz != null && !TIME_ZONE.matcher(tz).matches()) {
            throw new IllegalArgumentException("timeZone '" + tz + "' must be hours ('8', '-1') or hours:minutes"
                    + " ('05:45'), within [-12:00, +14:00]");
        }
    }

    @Override
    public String toString() {
        return "TickerRequest{" + (symbols.isEmpty() ? "all" : symbols) + (mini ? " MINI" : "")
                + (symbolStatus == null ? "" : " " + symbolStatus.wireName())
                + (timeZone == null ? "" : " timeZone=" + timeZone)
                + (windowSize == null ? "" : " windowSize=" + windowSize) + '}';
    }

    /** Builds a {@link TickerRequest}; not thread-safe. */
    public static final class Builder {
        private final List<String> symbols;
        private final boolean single;
        private boolean mini;
        private SymbolStatus symbolStatus;
        private String timeZone;
        private String windowSize;

        private Builder(List<String> symbols, boolean single) {
            this.symbols = symbols;
            this.single = single;
        }

        /** @param v whether to ask for {@code MINI} statistics (default {@code FULL}) @return this */
        public Builder mini(boolean v) {
            mini = v;
            return this;
        }

        /** @param v only symbols with this status (TRADING, HALT, BREAK) @return this */
        public Builder symbolStatus(SymbolStatus v) {
            symbolStatus = v;
            return this;
        }

        /** @param v the trading day's time zone ({@code ticker.tradingDay}), e.g. {@code 8} or {@code -1:00} @return this */
        public Builder timeZone(String v) {
            timeZone = v;
            return this;
        }

        /** @param v window size ({@code ticker}): {@code 1m}..{@code 59m}, {@code 1h}..{@code 23h}, {@code 1d}..{@code 7d} @return this */
        public Builder windowSize(String v) {
            windowSize = v;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public TickerRequest build() {
            if (single) {
                RequestChecks.symbol(symbols.get(0));
            } else {
                symbols.forEach(RequestChecks::symbol);
            }
            if (!single && symbols.size() > 200) {
                throw new IllegalArgumentException("at most 200 symbols, got " + symbols.size());
            }
            checkTimeZone(timeZone);
            if (windowSize != null) {
                java.util.regex.Matcher m = WINDOW.matcher(windowSize);
                int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                int max = n < 0 ? 0 : "m".equals(m.group(2)) ? 59 : "h".equals(m.group(2)) ? 23 : 7;
                if (n < 1 || n > max) {
                    throw new IllegalArgumentException("windowSize '" + windowSize
                            + "' must be 1m..59m, 1h..23h or 1d..7d");
                }
            }
            return new TickerRequest(this);
        }
    }
}
