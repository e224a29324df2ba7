package io.tradewire.client.spot;

import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.filter.SymbolFilters;

import java.util.List;
import java.util.Map;

/**
 * One symbol of {@code exchangeInfo}. The filters are kept as the venue sent them ({@link #rawFilters()}, every
 * filter type including ones this release does not know) and as the rules pre-trade checks apply
 * ({@link #filters()}).
 */
public final class SymbolInfo {
    private final String symbol;
    private final SymbolStatus status;
    private final String baseAsset;
    private final int baseAssetPrecision;
    private final String quoteAsset;
    private final int quoteAssetPrecision;
    private final List<OrderType> orderTypes;
    private final boolean quoteOrderQtyMarketAllowed;
    private final boolean spotTradingAllowed;
    private final SelfTradePreventionMode defaultSelfTradePreventionMode;
    private final List<SelfTradePreventionMode> allowedSelfTradePreventionModes;
    private final List<Map<String, String>> rawFilters;
    private final SymbolFilters filters;

    SymbolInfo(String symbol, SymbolStatus status, String baseAsset, int baseAssetPrecision, String quoteAsset,
               int quoteAssetPrecision, List<OrderType> orderTypes, boolean quoteOrderQtyMarketAllowed,
               boolean spotTradingAllowed, SelfTradePreventionMode defaultSelfTradePreventionMode,
               List<SelfTradePreventionMode> allowedSelfTradePreventionModes, List<Map<String, String>> rawFilters) {
        this.symbol = symbol;
        this.status = status;
        this.baseAsset = baseAsset;
        this.baseAssetPrecision = baseAssetPrecision;
        this.quoteAsset = quoteAsset;
        this.quoteAssetPrecision = quoteAssetPrecision;
        this.orderTypes = List.copyOf(orderTypes);
        this.quoteOrderQtyMarketAllowed = quoteOrderQtyMarketAllowed;
        this.spotTradingAllowed = spotTradingAllowed;
        this.defaultSelfTradePreventionMode = defaultSelfTradePreventionMode;
        this.allowedSelfTradePreventionModes = List.copyOf(allowedSelfTradePreventionModes);
        this.rawFilters = rawFilters.stream().map(Map::copyOf).collect(java.util.stream.Collectors.toUnmodifiableList());
        this.filters = FilterParsing.toSymbolFilters(this.rawFilters);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return trading status */
    public SymbolStatus status() {
        return status;
    }

    /** @return base asset */
    public String baseAsset() {
        return baseAsset;
    }

    /** @return base asset precision */
    public int baseAssetPrecision() {
        return baseAssetPrecision;
    }

    /** @return quote asset */
    public String quoteAsset() {
        return quoteAsset;
    }

    /** @return quote asset precision */
    public int quoteAssetPrecision() {
        return quoteAssetPrecision;
    }

    /** @return allowed order types */
    public List<OrderType> orderTypes() {
        return orderTypes;
    }

    /** @return whether MARKET orders by quote quantity are allowed */
    public boolean quoteOrderQtyMarketAllowed() {
        return quoteOrderQtyMarketAllowed;
    }

    /** @return whether spot trading is allowed */
    public boolean isSpotTradingAllowed() {
        return spotTradingAllowed;
    }

    /** @return default self-trade prevention mode, or null */
    public SelfTradePreventionMode defaultSelfTradePreventionMode() {
        return defaultSelfTradePreventionMode;
    }

    /** @return allowed self-trade prevention modes */
    public List<SelfTradePreventionMode> allowedSelfTradePreventionModes() {
        return allowedSelfTradePreventionModes;
    }

    /** @return every filter as sent: field name to value text, including {@code filterType} */
    public List<Map<String, String>> rawFilters() {
        return rawFilters;
    }

    /** @return the filter rules pre-trade checks apply */
    public SymbolFilters filters() {
        return filters;
    }

    @Override
    public String toString() {
        return "SymbolInfo{" + symbol + ' ' + status + ' ' + baseAsset + '/' + quoteAsset + ", filters=" + rawFilters
                + '}';
    }
}
