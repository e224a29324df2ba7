package io.tradewire.client.spot;

import io.tradewire.core.ratelimit.RateLimit;

import java.util.List;
import java.util.Optional;

/** Trading rules from {@code exchangeInfo}: the venue's rate limits and each symbol's rules and filters. */
public final class ExchangeInfo {
    private final String timezone;
    private final long serverTime;
    private final List<RateLimit> rateLimits;
    private final List<SymbolInfo> symbols;

    ExchangeInfo(String timezone, long serverTime, List<RateLimit> rateLimits, List<SymbolInfo> symbols) {
        this.timezone = timezone;
        this.serverTime = serverTime;
        this.rateLimits = List.copyOf(rateLimits);
        this.symbols = List.copyOf(symbols);
    }

    /** @return the venue's time zone, "UTC" */
    public String timezone() {
        return timezone;
    }

    /** @return venue time of the answer */
    public long serverTime() {
        return serverTime;
    }

    /** @return the venue's rate limits (count is -1: these are limits, not usage) */
    public List<RateLimit> rateLimits() {
        return rateLimits;
    }

    /** @return the symbols described */
    public List<SymbolInfo> symbols() {
        return symbols;
    }

    /**
     * @param symbol a symbol name
     * @return its rules, if described
     */
    public Optional<SymbolInfo> symbol(String symbol) {
        for (SymbolInfo s : symbols) {
            if (s.symbol().equals(symbol)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ExchangeInfo{timezone=" + timezone + ", serverTime=" + serverTime + ", rateLimits=" + rateLimits
                + ", symbols=" + symbols.size() + '}';
    }
}
