package io.tradewire.simulator.venue;

import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.filter.SymbolFilters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A tradable symbol: assets, status, filters, supported order types and STP modes, and the reference price used for
 * MARKET notional checks until the symbol has traded. Immutable; build with {@link #builder()}. Simulator internal.
 */
public final class SymbolSpec {
    /** Order types the venue executes; stop and take-profit orders trigger on the last trade price. */
    public static final List<OrderType> SUPPORTED_ORDER_TYPES =
            List.of(OrderType.LIMIT, OrderType.LIMIT_MAKER, OrderType.MARKET, OrderType.STOP_LOSS,
                    OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_LIMIT);

    /**
     * STP modes the matching engine implements. TRANSFER behaves as DECREMENT: the venue has no trade groups, so
     * self-trades are only ever between orders of one account, where Binance's STP FAQ makes the two the same.
     */
    public static final List<SelfTradePreventionMode> SUPPORTED_STP_MODES = List.of(SelfTradePreventionMode.NONE,
            SelfTradePreventionMode.EXPIRE_TAKER, SelfTradePreventionMode.EXPIRE_MAKER,
            SelfTradePreventionMode.EXPIRE_BOTH, SelfTradePreventionMode.DECREMENT, SelfTradePreventionMode.TRANSFER);

    /**
     * The PERCENT_PRICE_BY_SIDE filter: a BUY price must lie in [avg * bidMultiplierDown, avg * bidMultiplierUp], a
     * SELL price in [avg * askMultiplierDown, avg * askMultiplierUp], avg being the volume-weighted average trade
     * price over the last {@code avgPriceMins} minutes (the last price when 0, the reference price before any trade).
     *
     * @param bidMultiplierUp   see above
     * @param bidMultiplierDown see above
     * @param askMultiplierUp   see above
     * @param askMultiplierDown see above
     * @param avgPriceMins      averaging window in minutes, {@code >= 0}
     */
    public record PercentPriceBySide(BigDecimal bidMultiplierUp, BigDecimal bidMultiplierDown,
                                     BigDecimal askMultiplierUp, BigDecimal askMultiplierDown, int avgPriceMins) {
        /**
         * Validates the components.
         *
         * @param bidMultiplierUp   see the record description
         * @param bidMultiplierDown see the record description
         * @param askMultiplierUp   see the record description
         * @param askMultiplierDown see the record description
         * @param avgPriceMins      see the record description
         */
        public PercentPriceBySide {
            Objects.requireNonNull(bidMultiplierUp, "bidMultiplierUp");
            Objects.requireNonNull(bidMultiplierDown, "bidMultiplierDown");
            Objects.requireNonNull(askMultiplierUp, "askMultiplierUp");
            Objects.requireNonNull(askMultiplierDown, "askMultiplierDown");
            if (avgPriceMins < 0) {
                throw new IllegalArgumentException("avgPriceMins must be >= 0");
            }
        }
    }

    private final String symbol;
    private final String baseAsset;
    private final String quoteAsset;
    private final SymbolStatus status;
    private final int baseAssetPrecision;
    private final int quoteAssetPrecision;
    private final SymbolFilters filters;
    private final List<OrderType> orderTypes;
    private final BigDecimal referencePrice;
    private final SelfTradePreventionMode defaultSelfTradePreventionMode;
    private final List<SelfTradePreventionMode> allowedSelfTradePreventionModes;
    private final PercentPriceBySide percentPriceBySide;
    private final int maxNumOrders;

    private SymbolSpec(Builder b) {
        this.percentPriceBySide = b.percentPriceBySide;
        this.maxNumOrders = b.maxNumOrders;
        if (maxNumOrders < 0) {
            throw new IllegalArgumentException("maxNumOrders must be >= 0");
        }
        this.symbol = Objects.requireNonNull(b.symbol, "symbol");
        this.baseAsset = Objects.requireNonNull(b.baseAsset, "baseAsset");
        this.quoteAsset = Objects.requireNonNull(b.quoteAsset, "quoteAsset");
        this.status = Objects.requireNonNull(b.status, "status");
        this.baseAssetPrecision = b.baseAssetPrecision;
        this.quoteAssetPrecision = b.quoteAssetPrecision;
        this.filters = Objects.requireNonNull(b.filters, "filters");
        this.orderTypes = List.copyOf(b.orderTypes);
        this.referencePrice = Objects.requireNonNull(b.referencePrice, "referencePrice");
        this.defaultSelfTradePreventionMode = Objects.requireNonNull(b.defaultStp, "defaultSelfTradePreventionMode");
        this.allowedSelfTradePreventionModes = List.copyOf(b.allowedStp);
        if (baseAssetPrecision > 8 || quoteAssetPrecision > 8) {
            throw new IllegalArgumentException("the venue keeps amounts at 8 decimals");
        }
        if (referencePrice.signum() <= 0) {
            throw new IllegalArgumentException("referencePrice must be > 0");
        }
        if (baseAsset.equals(quoteAsset)) {
            throw new IllegalArgumentException("base and quote asset are the same: " + baseAsset);
        }
    }

    /** @return a builder with Binance-like defaults: TRADING, precision 8, every order type, EXPIRE_MAKER */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * BTCUSDT, ETHUSDT and ETHBTC with filters like Binance's today and reference prices 60000, 3000 and 0.05.
     *
     * @return the default symbols
     */
    public static List<SymbolSpec> defaults() {
        return List.of(
                builder().symbol("BTCUSDT").baseAsset("BTC").quoteAsset("USDT")
                        .filters(filters("0.01", "1000000", "0.01", "0.00001", "9000", "0.00001", "5", "9000000"))
                        .referencePrice(new BigDecimal("60000")).build(),
                builder().symbol("ETHUSDT").baseAsset("ETH").quoteAsset("USDT")
                        .filters(filters("0.01", "1000000", "0.01", "0.0001", "9000", "0.0001", "5", "9000000"))
                        .referencePrice(new BigDecimal("3000")).build(),
                builder().symbol("ETHBTC").baseAsset("ETH").quoteAsset("BTC")
                        .filters(filters("0.00001", "922327", "0.00001", "0.0001", "100000", "0.0001", "0.0001",
                                "9000000"))
                        .referencePrice(new BigDecimal("0.05")).build());
    }

    private static SymbolFilters filters(String minPrice, String maxPrice, String tick, String minQty, String maxQty,
                                         String step, String minNotional, String maxNotional) {
        return SymbolFilters.builder()
                .priceFilter(new BigDecimal(minPrice), new BigDecimal(maxPrice), new BigDecimal(tick))
                .lotSize(new BigDecimal(minQty), new BigDecimal(maxQty), new BigDecimal(step))
                .notional(new BigDecimal(minNotional), true, new BigDecimal(maxNotional), false, 5)
                .build();
    }

    /** @return e.g. "BTCUSDT" */
    public String symbol() {
        return symbol;
    }

    /** @return e.g. "BTC" */
    public String baseAsset() {
        return baseAsset;
    }

    /** @return e.g. "USDT" */
    public String quoteAsset() {
        return quoteAsset;
    }

    /** @return trading status; orders are refused unless TRADING */
    public SymbolStatus status() {
        return status;
    }

    /** @return decimals of the base asset (at most 8) */
    public int baseAssetPrecision() {
        return baseAssetPrecision;
    }

    /** @return decimals of the quote asset (at most 8) */
    public int quoteAssetPrecision() {
        return quoteAssetPrecision;
    }

    /** @return the symbol's filters */
    public SymbolFilters filters() {
        return filters;
    }

    /** @return order types accepted on this symbol */
    public List<OrderType> orderTypes() {
        return orderTypes;
    }

    /** @return price for MARKET notional checks until the symbol's first trade (then the last trade price is used) */
    public BigDecimal referencePrice() {
        return referencePrice;
    }

    /** @return STP mode of orders that do not name one */
    public SelfTradePreventionMode defaultSelfTradePreventionMode() {
        return defaultSelfTradePreventionMode;
    }

    /** @return STP modes an order may name */
    public List<SelfTradePreventionMode> allowedSelfTradePreventionModes() {
        return allowedSelfTradePreventionModes;
    }

    /** @return the PERCENT_PRICE_BY_SIDE filter, or null when the symbol has none */
    public PercentPriceBySide percentPriceBySide() {
        return percentPriceBySide;
    }

    /** @return the MAX_NUM_ORDERS filter's limit of open orders per account, 0 when the symbol has none */
    public int maxNumOrders() {
        return maxNumOrders;
    }

    @Override
    public String toString() {
        return "SymbolSpec{" + symbol + " " + baseAsset + "/" + quoteAsset + " " + status + " " + filters + "}";
    }

    /** Builder of {@link SymbolSpec}. */
    public static final class Builder {
        private String symbol;
        private String baseAsset;
        private String quoteAsset;
        private SymbolStatus status = SymbolStatus.TRADING;
        private int baseAssetPrecision = 8;
        private int quoteAssetPrecision = 8;
        private SymbolFilters filters = SymbolFilters.builder().build();
        private List<OrderType> orderTypes = SUPPORTED_ORDER_TYPES;
        private BigDecimal referencePrice = BigDecimal.ONE;
        private SelfTradePreventionMode defaultStp = SelfTradePreventionMode.EXPIRE_MAKER;
        private List<SelfTradePreventionMode> allowedStp = SUPPORTED_STP_MODES;
        private PercentPriceBySide percentPriceBySide;
        private int maxNumOrders;

        private Builder() {
        }

        /**
         * @param v the PERCENT_PRICE_BY_SIDE filter, or null for none (the default)
         * @return this
         */
        public Builder percentPriceBySide(PercentPriceBySide v) {
            this.percentPriceBySide = v;
            return this;
        }

        /**
         * @param v the MAX_NUM_ORDERS filter's limit, 0 for none (the default)
         * @return this
         */
        public Builder maxNumOrders(int v) {
            this.maxNumOrders = v;
            return this;
        }

        /**
         * @param v symbol name
         * @return this
         */
        public Builder symbol(String v) {
            this.symbol = v;
            return this;
        }

        /**
         * @param v base asset
         * @return this
         */
        public Builder baseAsset(String v) {
            this.baseAsset = v;
            return this;
        }

        /**
         * @param v quote asset
         * @return this
         */
        public Builder quoteAsset(String v) {
            this.quoteAsset = v;
            return this;
        }

        /**
         * @param v status, default TRADING
         * @return this
         */
        public Builder status(SymbolStatus v) {
            this.status = v;
            return this;
        }

        /**
         * @param v base precision, default 8
         * @return this
         */
        public Builder baseAssetPrecision(int v) {
            this.baseAssetPrecision = v;
            return this;
        }

        /**
         * @param v quote precision, default 8
         * @return this
         */
        public Builder quoteAssetPrecision(int v) {
            this.quoteAssetPrecision = v;
            return this;
        }

        /**
         * @param v filters, default none
         * @return this
         */
        public Builder filters(SymbolFilters v) {
            this.filters = v;
            return this;
        }

        /**
         * @param v accepted order types, default all seven
         * @return this
         */
        public Builder orderTypes(List<OrderType> v) {
            this.orderTypes = v;
            return this;
        }

        /**
         * @param v reference price for MARKET notional checks, default 1
         * @return this
         */
        public Builder referencePrice(BigDecimal v) {
            this.referencePrice = v;
            return this;
        }

        /**
         * @param v default STP mode, default EXPIRE_MAKER
         * @return this
         */
        public Builder defaultSelfTradePreventionMode(SelfTradePreventionMode v) {
            this.defaultStp = v;
            return this;
        }

        /**
         * @param v allowed STP modes, default all six
         * @return this
         */
        public Builder allowedSelfTradePreventionModes(List<SelfTradePreventionMode> v) {
            this.allowedStp = v;
            return this;
        }

        /** @return the immutable spec */
        public SymbolSpec build() {
            return new SymbolSpec(this);
        }
    }
}
