package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.filter.SymbolFilters;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** exchangeInfo: parameter rules and the symbol entries with the reference's full field set. */
final class ExchangeInfoJson {
    /** What to list, decided from the request before writing. */
    static final class Selection {
        final List<SymbolSpec> symbols;
        final boolean showPermissionSets;

        Selection(List<SymbolSpec> symbols, boolean showPermissionSets) {
            this.symbols = symbols;
            this.showPermissionSets = showPermissionSets;
        }
    }

    private ExchangeInfoJson() {
    }

    static Selection select(Venue venue, WsRequest req) throws ApiError {
        Param symbol = req.param("symbol");
        Param symbols = req.param("symbols");
        Param permissions = req.param("permissions");
        String symbolStatus = req.text("symbolStatus");
        int given = (symbol != null ? 1 : 0) + (symbols != null ? 1 : 0) + (permissions != null ? 1 : 0);
        if (given > 1 || (symbolStatus != null && (symbol != null || symbols != null))) {
            throw Errors.badCombination();
        }
        boolean showPermissionSets = Params.optBoolean(req, "showPermissionSets", true);
        List<SymbolSpec> out = new ArrayList<>();
        synchronized (venue) {
            if (symbol != null) {
                out.add(lookup(venue, symbol.text()));
            } else if (symbols != null) {
                List<String> names = symbols.kind() == Param.Kind.ARRAY ? symbols.elements() : parseArrayText(symbols);
                Set<String> seen = new HashSet<>();
                for (String n : names) {
                    if (!seen.add(n)) {
                        throw new ApiError(400, -1151, "Symbol is present multiple times in the list.");
                    }
                    out.add(lookup(venue, n));
                }
            } else {
                boolean spot = true;
                if (permissions != null) {
                    List<String> perms = permissions.kind() == Param.Kind.ARRAY ? permissions.elements()
                            : List.of(permissions.text());
                    spot = perms.contains("SPOT");
                }
                if (spot) {
                    for (SymbolSpec s : venue.symbols()) {
                        if (symbolStatus == null || symbolStatus.equals(s.status().wireName())) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        return new Selection(out, showPermissionSets);
    }

    private static SymbolSpec lookup(Venue venue, String name) throws ApiError {
        Optional<SymbolSpec> s = venue.symbol(name);
        if (s.isEmpty()) {
            throw Errors.invalidSymbol();
        }
        return s.get();
    }

    /** {@code symbols} sent as a string such as {@code "[\"BTCUSDT\",\"ETHUSDT\"]"} (REST style). */
    private static List<String> parseArrayText(Param p) throws ApiError {
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

    static void write(JsonGenerator g, long serverTime, Selection sel, RateLimitConfig limits) throws IOException {
        g.writeStartObject();
        g.writeStringField("timezone", "UTC");
        g.writeNumberField("serverTime", serverTime);
        g.writeArrayFieldStart("rateLimits");
        ResponseWriter.writeLimit(g, "REQUEST_WEIGHT", "MINUTE", 1, limits.weightPerMinute, -1);
        ResponseWriter.writeLimit(g, "ORDERS", "SECOND", 10, limits.ordersPer10Seconds, -1);
        ResponseWriter.writeLimit(g, "ORDERS", "DAY", 1, limits.ordersPerDay, -1);
        ResponseWriter.writeLimit(g, "RAW_REQUESTS", "MINUTE", 5, limits.rawRequestsPer5Minutes, -1);
        g.writeEndArray();
        g.writeArrayFieldStart("exchangeFilters");
        g.writeEndArray();
        g.writeArrayFieldStart("symbols");
        for (SymbolSpec s : sel.symbols) {
            writeSymbol(g, s, sel.showPermissionSets);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSymbol(JsonGenerator g, SymbolSpec s, boolean showPermissionSets) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", s.symbol());
        g.writeStringField("status", s.status().wireName());
        g.writeStringField("baseAsset", s.baseAsset());
        g.writeNumberField("baseAssetPrecision", s.baseAssetPrecision());
        g.writeStringField("quoteAsset", s.quoteAsset());
        g.writeNumberField("quotePrecision", s.quoteAssetPrecision());
        g.writeNumberField("quoteAssetPrecision", s.quoteAssetPrecision());
        g.writeNumberField("baseCommissionPrecision", s.baseAssetPrecision());
        g.writeNumberField("quoteCommissionPrecision", s.quoteAssetPrecision());
        g.writeArrayFieldStart("orderTypes");
        for (OrderType t : s.orderTypes()) {
            g.writeString(t.wireName());
        }
        g.writeEndArray();
        g.writeBooleanField("icebergAllowed", false);
        g.writeBooleanField("ocoAllowed", true);
        g.writeBooleanField("otoAllowed", true);
        g.writeBooleanField("opoAllowed", false);
        g.writeBooleanField("quoteOrderQtyMarketAllowed", s.orderTypes().contains(OrderType.MARKET));
        g.writeBooleanField("allowTrailingStop", false);
        g.writeBooleanField("cancelReplaceAllowed", true);
        g.writeBooleanField("amendAllowed", true);
        g.writeBooleanField("pegInstructionsAllowed", false);
        g.writeBooleanField("isSpotTradingAllowed", SymbolStatus.TRADING.equals(s.status()));
        g.writeBooleanField("isMarginTradingAllowed", false);
        writeFilters(g, s);
        g.writeArrayFieldStart("permissions");
        g.writeEndArray();
        g.writeArrayFieldStart("permissionSets");
        if (showPermissionSets) {
            g.writeStartArray();
            g.writeString("SPOT");
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringField("defaultSelfTradePreventionMode", s.defaultSelfTradePreventionMode().wireName());
        g.writeArrayFieldStart("allowedSelfTradePreventionModes");
        for (SelfTradePreventionMode m : s.allowedSelfTradePreventionModes()) {
            g.writeString(m.wireName());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFilters(JsonGenerator g, SymbolSpec s) throws IOException {
        SymbolFilters f = s.filters();
        g.writeArrayFieldStart("filters");
        if (f.hasPriceFilter()) {
            g.writeStartObject();
            g.writeStringField("filterType", SymbolFilters.PRICE_FILTER);
            g.writeStringField("minPrice", OrderJson.dec(f.minPrice()));
            g.writeStringField("maxPrice", OrderJson.dec(f.maxPrice()));
            g.writeStringField("tickSize", OrderJson.dec(f.tickSize()));
            g.writeEndObject();
        }
        if (f.hasLotSize()) {
            g.writeStartObject();
            g.writeStringField("filterType", SymbolFilters.LOT_SIZE);
            g.writeStringField("minQty", OrderJson.dec(f.minQty()));
            g.writeStringField("maxQty", OrderJson.dec(f.maxQty()));
            g.writeStringField("stepSize", OrderJson.dec(f.stepSize()));
            g.writeEndObject();
        }
        if (f.hasMarketLotSize()) {
            g.writeStartObject();
            g.writeStringField("filterType", SymbolFilters.MARKET_LOT_SIZE);
            g.writeStringField("minQty", OrderJson.dec(f.marketMinQty()));
            g.writeStringField("maxQty", OrderJson.dec(f.marketMaxQty()));
            g.writeStringField("stepSize", OrderJson.dec(f.marketStepSize()));
            g.writeEndObject();
        }
        if (f.hasNotional()) {
            g.writeStartObject();
            g.writeStringField("filterType", SymbolFilters.NOTIONAL);
            g.writeStringField("minNotional", OrderJson.dec(f.minNotional()));
            g.writeBooleanField("applyMinToMarket", f.applyMinToMarket());
            g.writeStringField("maxNotional", OrderJson.dec(f.maxNotional()));
            g.writeBooleanField("applyMaxToMarket", f.applyMaxToMarket());
            g.writeNumberField("avgPriceMins", f.avgPriceMins());
            g.writeEndObject();
        }
        SymbolSpec.PercentPriceBySide pps = s.percentPriceBySide();
        if (pps != null) {
            g.writeStartObject();
            g.writeStringField("filterType", "PERCENT_PRICE_BY_SIDE");
            g.writeStringField("bidMultiplierUp", pps.bidMultiplierUp().toPlainString());
            g.writeStringField("bidMultiplierDown", pps.bidMultiplierDown().toPlainString());
            g.writeStringField("askMultiplierUp", pps.askMultiplierUp().toPlainString());
            g.writeStringField("askMultiplierDown", pps.askMultiplierDown().toPlainString());
            g.writeNumberField("avgPriceMins", pps.avgPriceMins());
            g.writeEndObject();
        }
        if (s.maxNumOrders() > 0) {
            g.writeStartObject();
            g.writeStringField("filterType", "MAX_NUM_ORDERS");
            g.writeNumberField("maxNumOrders", s.maxNumOrders());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
