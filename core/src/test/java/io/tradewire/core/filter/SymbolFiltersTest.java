package io.tradewire.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewire.core.enums.OrderType;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SymbolFiltersTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static final SymbolFilters BTCUSDT = SymbolFilters.builder()
            .priceFilter(d("0.01000000"), d("1000000.00000000"), d("0.01000000"))
            .lotSize(d("0.00001000"), d("9000.00000000"), d("0.00001000"))
            .marketLotSize(d("0.00000000"), d("100.00000000"), d("0.00000000"))
            .notional(d("5.00000000"), true, d("9000000.00000000"), false, 5)
            .build();

    private static void assertFailure(Optional<FilterFailure> f, String type, String detail) {
        assertThat(f).isPresent();
        assertThat(f.get().filterType()).isEqualTo(type);
        assertThat(f.get().message()).isEqualTo("Filter failure: " + type);
        assertThat(f.get().detail()).isEqualTo(detail);
        assertThat(f.get().code()).isEqualTo(-1013);
    }

    @Test
    void priceFilterRules() {
        assertThat(BTCUSDT.checkPrice(d("52000.00"))).isEmpty();
        assertThat(BTCUSDT.checkPrice(d("0.01"))).isEmpty();
        assertThat(BTCUSDT.checkPrice(d("1000000"))).isEmpty();
        assertFailure(BTCUSDT.checkPrice(d("100.001")), "PRICE_FILTER",
                "price 100.001 is not a multiple of tickSize 0.01000000");
        assertFailure(BTCUSDT.checkPrice(d("0.001")), "PRICE_FILTER", "price 0.001 is below minPrice 0.01000000");
        assertFailure(BTCUSDT.checkPrice(d("1000000.01")), "PRICE_FILTER",
                "price 1000000.01 is above maxPrice 1000000.00000000");
    }

    @Test
    void zeroDisablesEachPriceRule() {
        SymbolFilters noMin = SymbolFilters.builder().priceFilter(d("0"), d("100"), d("0.5")).build();
        assertThat(noMin.checkPrice(d("0.5"))).isEmpty();
        assertThat(noMin.checkPrice(d("100.5"))).map(FilterFailure::detail).hasValue("price 100.5 is above maxPrice 100");
        SymbolFilters noMax = SymbolFilters.builder().priceFilter(d("1"), d("0"), d("0.5")).build();
        assertThat(noMax.checkPrice(d("1e9"))).isEmpty();
        SymbolFilters noTick = SymbolFilters.builder().priceFilter(d("1"), d("2"), d("0")).build();
        assertThat(noTick.checkPrice(d("1.23456789"))).isEmpty();
    }

    @Test
    void lotSizeRules() {
        assertThat(BTCUSDT.checkQuantity(d("0.00001"), false)).isEmpty();
        assertThat(BTCUSDT.checkQuantity(d("1.23456000"), false)).isEmpty();
        assertFailure(BTCUSDT.checkQuantity(d("0.000001"), false), "LOT_SIZE",
                "quantity 0.000001 is below minQty 0.00001000");
        assertFailure(BTCUSDT.checkQuantity(d("9000.00001"), false), "LOT_SIZE",
                "quantity 9000.00001 is above maxQty 9000.00000000");
        assertFailure(BTCUSDT.checkQuantity(d("0.000015"), false), "LOT_SIZE",
                "quantity 0.000015 is not a multiple of stepSize 0.00001000");
    }

    @Test
    void marketLotSizeAppliesToMarketOrdersOnly() {
        assertThat(BTCUSDT.checkQuantity(d("500"), false)).isEmpty();
        assertFailure(BTCUSDT.checkQuantity(d("500"), true), "MARKET_LOT_SIZE",
                "quantity 500 is above maxQty 100.00000000");
        // LOT_SIZE is still checked first for market orders
        assertFailure(BTCUSDT.checkQuantity(d("0.000015"), true), "LOT_SIZE",
                "quantity 0.000015 is not a multiple of stepSize 0.00001000");
        SymbolFilters stepped = SymbolFilters.builder().marketLotSize(d("1"), d("10"), d("1")).build();
        assertFailure(stepped.checkQuantity(d("1.5"), true), "MARKET_LOT_SIZE",
                "quantity 1.5 is not a multiple of stepSize 1");
        assertFailure(stepped.checkQuantity(d("0.5"), true), "MARKET_LOT_SIZE", "quantity 0.5 is below minQty 1");
    }

    @Test
    void notionalRules() {
        assertThat(BTCUSDT.checkNotional(d("50000"), d("0.0001"), false)).isEmpty(); // exactly 5
        assertFailure(BTCUSDT.checkNotional(d("50000"), d("0.00009"), false), "NOTIONAL",
                "notional 4.50000 (price 50000 * quantity 0.00009) is below minNotional 5.00000000");
        assertFailure(BTCUSDT.checkNotional(d("1000000"), d("9.1"), false), "NOTIONAL",
                "notional 9100000.0 (price 1000000 * quantity 9.1) is above maxNotional 9000000.00000000");
        // market: min applies (applyMinToMarket=true), max does not (applyMaxToMarket=false)
        assertFailure(BTCUSDT.checkNotional(d("50000"), d("0.00009"), true), "NOTIONAL",
                "notional 4.50000 (price 50000 * quantity 0.00009) is below minNotional 5.00000000");
        assertThat(BTCUSDT.checkNotional(d("1000000"), d("9.1"), true)).isEmpty();

        SymbolFilters minNotMarket = SymbolFilters.builder().notional(d("10"), false, d("100"), true, 1).build();
        assertThat(minNotMarket.checkNotional(d("1"), d("1"), true)).isEmpty();
        assertThat(minNotMarket.checkNotional(d("1"), d("101"), true)).map(FilterFailure::filterType)
                .hasValue("NOTIONAL");
    }

    @Test
    void legacyMinNotional() {
        SymbolFilters old = SymbolFilters.builder().minNotional(d("0.001"), true, 5).build();
        assertFailure(old.checkNotional(d("0.1"), d("0.001"), false), "MIN_NOTIONAL",
                "notional 0.0001 (price 0.1 * quantity 0.001) is below minNotional 0.001");
        assertThat(old.checkNotional(d("1"), d("0.001"), false)).isEmpty();
        SymbolFilters notMarket = SymbolFilters.builder().minNotional(d("0.001"), false, 5).build();
        assertThat(notMarket.checkNotional(d("0.1"), d("0.001"), true)).isEmpty();
    }

    @Test
    void checkOrderRunsFiltersInBinanceOrder() {
        // price fails before quantity
        assertThat(BTCUSDT.checkOrder(OrderType.LIMIT, d("1.001"), d("0.000015"), null))
                .map(FilterFailure::filterType).hasValue("PRICE_FILTER");
        assertThat(BTCUSDT.checkOrder(OrderType.LIMIT, d("1.00"), d("0.000015"), null))
                .map(FilterFailure::filterType).hasValue("LOT_SIZE");
        assertThat(BTCUSDT.checkOrder(OrderType.LIMIT, d("1.00"), d("1"), null))
                .map(FilterFailure::filterType).hasValue("NOTIONAL");
        assertThat(BTCUSDT.checkOrder(OrderType.LIMIT_MAKER, d("52000.00"), d("0.001"), null)).isEmpty();
        // market: no price, MARKET_LOT_SIZE, notional from the reference price
        assertThat(BTCUSDT.checkOrder(OrderType.MARKET, null, d("500"), d("50000")))
                .map(FilterFailure::filterType).hasValue("MARKET_LOT_SIZE");
        assertThat(BTCUSDT.checkOrder(OrderType.MARKET, null, d("0.00001"), d("50000")))
                .map(FilterFailure::detail)
                .hasValue("notional 0.50000 (price 50000 * quantity 0.00001) is below minNotional 5.00000000");
        assertThat(BTCUSDT.checkOrder(OrderType.MARKET, null, d("0.00001"), null)).isEmpty();
        assertThat(BTCUSDT.checkOrder(OrderType.MARKET, null, d("99"), d("1000000"))).isEmpty();
        // a stray price on a MARKET order is not checked against PRICE_FILTER
        assertThat(BTCUSDT.checkOrder(OrderType.MARKET, d("0.001"), d("1"), d("50000"))).isEmpty();
        // STOP_LOSS has no limit price: its notional uses the reference price with market flags
        assertThat(BTCUSDT.checkOrder(OrderType.STOP_LOSS, null, d("0.00001"), d("50000")))
                .map(FilterFailure::filterType).hasValue("NOTIONAL");
    }

    @Test
    void noFiltersPassEverything() {
        SymbolFilters none = SymbolFilters.builder().build();
        assertThat(none.checkOrder(OrderType.LIMIT, d("0.123456789"), d("0.000000001"), null)).isEmpty();
        assertThat(none.hasPriceFilter()).isFalse();
        assertThat(none.toString()).isEqualTo("SymbolFilters[]");
        assertThat(BTCUSDT.toString()).contains("PRICE_FILTER(0.01000000").contains("NOTIONAL(5.00000000");
        assertThat(BTCUSDT.tickSize()).isEqualTo(d("0.01000000"));
        assertThat(BTCUSDT.applyMinToMarket()).isTrue();
        assertThat(BTCUSDT.avgPriceMins()).isEqualTo(5);
    }

    @Test
    void failureValueSemantics() {
        FilterFailure a = FilterFailure.of("LOT_SIZE", "x");
        assertThat(a).isEqualTo(FilterFailure.of("LOT_SIZE", "x")).hasSameHashCodeAs(FilterFailure.of("LOT_SIZE", "x"));
        assertThat(a).isNotEqualTo(FilterFailure.of("LOT_SIZE", "y"));
        assertThat(a.toString()).isEqualTo("Filter failure: LOT_SIZE (x)");
    }
}
