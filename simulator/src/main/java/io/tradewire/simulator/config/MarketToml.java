package io.tradewire.simulator.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.filter.SymbolFilters;
import io.tradewire.simulator.venue.SymbolSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the simulator's market: one {@code [[symbol]]} table per symbol.
 *
 * <pre>
 * [[symbol]]
 * symbol = "BTCUSDT"
 * base_asset = "BTC"
 * quote_asset = "USDT"
 * tick_size = "0.01"          # PRICE_FILTER; min_price defaults to tick_size, max_price to 0 (no maximum)
 * step_size = "0.00001"       # LOT_SIZE; min_qty defaults to step_size, max_qty to 0 (no maximum)
 * min_notional = "5"          # NOTIONAL; optional, max_notional optional
 * reference_price = "60000"   # the price MARKET orders are valued at before the first trade
 * status = "TRADING"          # optional
 * </pre>
 */
public final class MarketToml {
    private static final Set<String> KEYS = Set.of("symbol", "base_asset", "quote_asset", "tick_size", "min_price",
            "max_price", "step_size", "min_qty", "max_qty", "min_notional", "max_notional", "reference_price",
            "status", "base_asset_precision", "quote_asset_precision");
    private static final TomlMapper MAPPER = TomlMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private MarketToml() {
    }

    /**
     * @param toml   the document
     * @param source file name for messages
     * @return the symbols in file order
     * @throws IllegalArgumentException naming the table and field when something is wrong
     */
    public static List<SymbolSpec> parse(String toml, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(toml);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            throw new IllegalArgumentException(source + ": not valid TOML"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()));
        }
        JsonNode symbols = root == null ? null : root.get("symbol");
        if (symbols == null || !symbols.isArray() || symbols.isEmpty()) {
            throw new IllegalArgumentException(source + ": no [[symbol]] tables found");
        }
        List<SymbolSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int number = 0;
        for (JsonNode s : symbols) {
            String where = source + ": [[symbol]] #" + (++number);
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(where + ": unknown field '" + key + "'");
                }
            }
            String name = required(s, "symbol", where);
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": symbol " + name + " is listed twice");
            }
            BigDecimal tick = positive(s, "tick_size", where);
            BigDecimal step = positive(s, "step_size", where);
            SymbolFilters.Builder filters = SymbolFilters.builder()
                    .priceFilter(decimal(s, "min_price", tick, where), decimal(s, "max_price", BigDecimal.ZERO, where),
                            tick)
                    .lotSize(decimal(s, "min_qty", step, where), decimal(s, "max_qty", BigDecimal.ZERO, where), step);
            if (s.has("min_notional") || s.has("max_notional")) {
                filters.notional(decimal(s, "min_notional", BigDecimal.ZERO, where), true,
                        decimal(s, "max_notional", BigDecimal.ZERO, where), false, 5);
            }
            SymbolSpec.Builder b = SymbolSpec.builder().symbol(name)
                    .baseAsset(required(s, "base_asset", where))
                    .quoteAsset(required(s, "quote_asset", where))
                    .filters(filters.build())
                    .referencePrice(positive(s, "reference_price", where));
            if (s.has("status")) {
                SymbolStatus status = SymbolStatus.of(s.get("status").asText());
                if (!status.isKnown()) {
                    throw new IllegalArgumentException(where + ": status '" + status + "' is not one of "
                            + SymbolStatus.knownValues());
                }
                b.status(status);
            }
            if (s.has("base_asset_precision")) {
                b.baseAssetPrecision(s.get("base_asset_precision").asInt());
            }
            if (s.has("quote_asset_precision")) {
                b.quoteAssetPrecision(s.get("quote_asset_precision").asInt());
            }
            try {
                out.add(b.build());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String required(JsonNode s, String field, String where) {
        JsonNode v = s.get(field);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is required");
        }
        return v.asText();
    }

    private static BigDecimal positive(JsonNode s, String field, String where) {
        BigDecimal v = decimal(s, field, null, where);
        if (v == null) {
            throw new IllegalArgumentException(where + ": " + field + " is required");
        }
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(where + ": " + field + " must be greater than zero");
        }
        return v;
    }

    private static BigDecimal decimal(JsonNode s, String field, BigDecimal dflt, String where) {
        JsonNode v = s.get(field);
        if (v == null) {
            return dflt;
        }
        try {
            BigDecimal d = Decimals.parse(v.asText());
            if (d.signum() < 0) {
                throw new IllegalArgumentException("negative");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + field + " '" + v.asText()
                    + "' must be a non-negative decimal (write it as a string, e.g. \"0.01\")");
        }
    }
}
