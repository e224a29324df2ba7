package io.tradewire.client.spot;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.filter.SymbolFilters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code exchangeInfo} filters into {@link SymbolFilters}. Filter types this release does not apply are kept
 * in {@link SymbolInfo#rawFilters()} and otherwise ignored; a malformed known filter is logged and skipped, so one
 * odd symbol never breaks the whole answer.
 */
final class FilterParsing {
    private static final Logger LOG = LoggerFactory.getLogger(FilterParsing.class);

    private FilterParsing() {
    }

    static SymbolFilters toSymbolFilters(List<Map<String, String>> filters) {
        SymbolFilters.Builder b = SymbolFilters.builder();
        for (Map<String, String> f : filters) {
            String type = f.get("filterType");
            if (type == null) {
                continue;
            }
            try {
                switch (type) {
                    case SymbolFilters.PRICE_FILTER:
                        b.priceFilter(dec(f, "minPrice"), dec(f, "maxPrice"), dec(f, "tickSize"));
                        break;
                    case SymbolFilters.LOT_SIZE:
                        b.lotSize(dec(f, "minQty"), dec(f, "maxQty"), dec(f, "stepSize"));
                        break;
                    case SymbolFilters.MARKET_LOT_SIZE:
                        b.marketLotSize(dec(f, "minQty"), dec(f, "maxQty"), dec(f, "stepSize"));
                        break;
                    case SymbolFilters.NOTIONAL:
                        b.notional(dec(f, "minNotional"), bool(f, "applyMinToMarket"), dec(f, "maxNotional"),
                                bool(f, "applyMaxToMarket"), integer(f, "avgPriceMins"));
                        break;
                    case SymbolFilters.MIN_NOTIONAL:
                        b.minNotional(dec(f, "minNotional"), bool(f, "applyToMarket"), integer(f, "avgPriceMins"));
                        break;
                    default:
                        break; // kept raw; not applied by this release
                }
            } catch (RuntimeException e) {
                LOG.warn("ignoring malformed {} filter {}: {}", type, f, e.getMessage());
            }
        }
        return b.build();
    }

    private static BigDecimal dec(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return Decimals.parse(v);
    }

    private static boolean bool(Map<String, String> f, String name) {
        return Boolean.parseBoolean(f.get(name));
    }

    private static int integer(Map<String, String> f, String name) {
        String v = f.get(name);
        return v == null ? 0 : Integer.parseInt(v);
    }
}
