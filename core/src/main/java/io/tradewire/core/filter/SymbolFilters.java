package io.tradewire.core.filter;

import io.tradewire.core.enums.OrderType;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The price, quantity and notional filters of one symbol (see {@code filters.md}). Immutable; build with
 * {@link #builder()}. A filter that was not set is not checked; within a filter a limit of 0 disables that
 * part (documented for PRICE_FILTER; applied to the others too, where 0 would otherwise divide by zero or
 * reject everything).
 */
public final class SymbolFilters {
    /** PRICE_FILTER filter type. */
    public static final String PRICE_FILTER = "PRICE_FILTER";
    /** LOT_SIZE filter type. */
    public static final String LOT_SIZE = "LOT_SIZE";
    /** MARKET_LOT_SIZE filter type. */
    public static final String MARKET_LOT_SIZE = "MARKET_LOT_SIZE";
    /** NOTIONAL filter type. */
    public static final String NOTIONAL = "NOTIONAL";
    /** MIN_NOTIONAL filter type (older symbols). */
    public static final String MIN_NOTIONAL = "MIN_NOTIONAL";

    private final BigDecimal minPrice;
    private final BigDecimal maxPrice;
    private final BigDecimal tickSize;
    private final BigDecimal minQty;
    private final BigDecimal maxQty;
    private final BigDecimal stepSize;
    private final BigDecimal marketMinQty;
    private final BigDecimal marketMaxQty;
    private final BigDecimal marketStepSize;
    private final BigDecimal minNotional;
    private final boolean applyMinToMarket;
    private final BigDecimal maxNotional;
    private final boolean applyMaxToMarket;
    private final int avgPriceMins;
    private final BigDecimal legacyMinNotional;
    private final boolean legacyApplyToMarket;
    private final int legacyAvgPriceMins;

    private SymbolFilters(Builder b) {
        this.minPrice = b.minPrice;
        this.maxPrice = b.maxPrice;
        this.tickSize = b.tickSize;
        this.minQty = b.minQty;
        this.maxQty = b.maxQty;
        this.stepSize = b.stepSize;
        this.marketMinQty = b.marketMinQty;
        this.marketMaxQty = b.marketMaxQty;
        this.marketStepSize = b.marketStepSize;
        this.minNotional = b.minNotional;
        this.applyMinToMarket = b.applyMinToMarket;
        this.maxNotional = b.maxNotional;
        this.applyMaxToMarket = b.applyMaxToMarket;
        this.avgPriceMins = b.avgPriceMins;
        this.legacyMinNotional = b.legacyMinNotional;
        this.legacyApplyToMarket = b.legacyApplyToMarket;
        this.legacyAvgPriceMins = b.legacyAvgPriceMins;
    }

    /**
     * A builder with no filters set.
     *
     * @return builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks PRICE_FILTER: {@code price >= minPrice}, {@code price <= maxPrice}, {@code price % tickSize == 0},
     * each part skipped when its limit is 0. Applies to {@code price} and {@code stopPrice}.
     *
     * @param price the price
     * @return the failure, or empty when it passes (or there is no PRICE_FILTER)
     */
    public Optional<FilterFailure> checkPrice(BigDecimal price) {
        Objects.requireNonNull(price, "price");
        if (!hasPriceFilter()) {
            return Optional.empty();
        }
        return range(PRICE_FILTER, "price", price, "minPrice", minPrice, "maxPrice", maxPrice, "tickSize", tickSize);
    }

    /**
     * Checks LOT_SIZE and, for market orders, MARKET_LOT_SIZE: {@code qty >= minQty}, {@code qty <= maxQty},
     * {@code qty % stepSize == 0}.
     *
     * @param qty    the quantity
     * @param market whether the order is a MARKET order
     * @return the first failure, or empty
     */
    public Optional<FilterFailure> checkQuantity(BigDecimal qty, boolean market) {
        Objects.requireNonNull(qty, "qty");
        if (hasLotSize()) {
            Optional<FilterFailure> f = range(LOT_SIZE, "quantity", qty, "minQty", minQty, "maxQty", maxQty,
                    "stepSize", stepSize);
            if (f.isPresent()) {
                return f;
            }
        }
        if (market && hasMarketLotSize()) {
            return range(MARKET_LOT_SIZE, "quantity", qty, "minQty", marketMinQty, "maxQty", marketMaxQty,
                    "stepSize", marketStepSize);
        }
        return Optional.empty();
    }

    /**
     * Checks NOTIONAL ({@code minNotional <= price * qty <= maxNotional}) and MIN_NOTIONAL. For market orders
     * pass the reference (average) price; the {@code applyMinToMarket}/{@code applyMaxToMarket}
     * ({@code applyToMarket} for MIN_NOTIONAL) flags decide which bounds apply.
     *
     * @param price  order price, or the reference price for market orders
     * @param qty    quantity
     * @param market whether the order is a MARKET order
     * @return the failure, or empty
     */
    public Optional<FilterFailure> checkNotional(BigDecimal price, BigDecimal qty, boolean market) {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(qty, "qty");
        BigDecimal notional = price.multiply(qty);
        if (hasNotional()) {
            if ((!market || applyMinToMarket) && enabled(minNotional) && notional.compareTo(minNotional) < 0) {
                return fail(NOTIONAL, notionalText(notional, price, qty) + " is below minNotional " + plain(minNotional));
            }
            if ((!market || applyMaxToMarket) && enabled(maxNotional) && notional.compareTo(maxNotional) > 0) {
                return fail(NOTIONAL, notionalText(notional, price, qty) + " is above maxNotional " + plain(maxNotional));
            }
        }
        if (hasMinNotional() && (!market || legacyApplyToMarket) && enabled(legacyMinNotional)
                && notional.compareTo(legacyMinNotional) < 0) {
            return fail(MIN_NOTIONAL, notionalText(notional, price, qty) + " is below minNotional "
                    + plain(legacyMinNotional));
        }
        return Optional.empty();
    }

    /**
     * Runs the checks Binance runs on a new order, in its order: PRICE_FILTER on the price (when given),
     * LOT_SIZE, MARKET_LOT_SIZE (MARKET only), then NOTIONAL / MIN_NOTIONAL with the order price, or with
     * {@code referencePrice} when the order has no price.
     *
     * @param type           order type; MARKET selects the market rules
     * @param price          limit price; null for orders without one
     * @param qty            quantity
     * @param referencePrice average/reference price for the notional of price-less orders; null skips that check
     * @return the first failure, or empty
     */
    public Optional<FilterFailure> checkOrder(OrderType type, BigDecimal price, BigDecimal qty,
                                              BigDecimal referencePrice) {
        boolean market = OrderType.MARKET.equals(type);
        BigDecimal limitPrice = market ? null : price;
        if (limitPrice != null) {
            Optional<FilterFailure> f = checkPrice(limitPrice);
            if (f.isPresent()) {
                return f;
            }
        }
        Optional<FilterFailure> f = checkQuantity(qty, market);
        if (f.isPresent()) {
            return f;
        }
        BigDecimal notionalPrice = limitPrice != null ? limitPrice : referencePrice;
        if (notionalPrice == null) {
            return Optional.empty();
        }
        // price-less orders (MARKET, STOP_LOSS, TAKE_PROFIT) are valued like market orders
        return checkNotional(notionalPrice, qty, limitPrice == null);
    }

    private static Optional<FilterFailure> range(String filter, String field, BigDecimal value,
                                                 String minName, BigDecimal min, String maxName, BigDecimal max,
                                                 String stepName, BigDecimal step) {
        if (enabled(min) && value.compareTo(min) < 0) {
            return fail(filter, field + " " + plain(value) + " is below " + minName + " " + plain(min));
        }
        if (enabled(max) && value.compareTo(max) > 0) {
            return fail(filter, field + " " + plain(value) + " is above " + maxName + " " + plain(max));
        }
        if (enabled(step) && value.remainder(step).signum() != 0) {
            return fail(filter, field + " " + plain(value) + " is not a multiple of " + stepName + " " + plain(step));
        }
        return Optional.empty();
    }

    private static boolean enabled(BigDecimal limit) {
        return limit != null && limit.signum() != 0;
    }

    private static Optional<FilterFailure> fail(String filter, String detail) {
        return Optional.of(FilterFailure.of(filter, detail));
    }

    private static String notionalText(BigDecimal notional, BigDecimal price, BigDecimal qty) {
        return "notional " + plain(notional) + " (price " + plain(price) + " * quantity " + plain(qty) + ")";
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /**
     * Whether a PRICE_FILTER is set.
     *
     * @return true if set
     */
    public boolean hasPriceFilter() {
        return minPrice != null;
    }

    /**
     * Whether a LOT_SIZE filter is set.
     *
     * @return true if set
     */
    public boolean hasLotSize() {
        return minQty != null;
    }

    /**
     * Whether a MARKET_LOT_SIZE filter is set.
     *
     * @return true if set
     */
    public boolean hasMarketLotSize() {
        return marketMinQty != null;
    }

    /**
     * Whether a NOTIONAL filter is set.
     *
     * @return true if set
     */
    public boolean hasNotional() {
        return minNotional != null;
    }

    /**
     * Whether a (legacy) MIN_NOTIONAL filter is set.
     *
     * @return true if set
     */
    public boolean hasMinNotional() {
        return legacyMinNotional != null;
    }

    /** @return PRICE_FILTER minPrice, null without PRICE_FILTER */
    public BigDecimal minPrice() {
        return minPrice;
    }

    /** @return PRICE_FILTER maxPrice, null without PRICE_FILTER */
    public BigDecimal maxPrice() {
        return maxPrice;
    }

    /** @return PRICE_FILTER tickSize, null without PRICE_FILTER */
    public BigDecimal tickSize() {
        return tickSize;
    }

    /** @return LOT_SIZE minQty, null without LOT_SIZE */
    public BigDecimal minQty() {
        return minQty;
    }

    /** @return LOT_SIZE maxQty, null without LOT_SIZE */
    public BigDecimal maxQty() {
        return maxQty;
    }

    /** @return LOT_SIZE stepSize, null without LOT_SIZE */
    public BigDecimal stepSize() {
        return stepSize;
    }

    /** @return MARKET_LOT_SIZE minQty, null without MARKET_LOT_SIZE */
    public BigDecimal marketMinQty() {
        return marketMinQty;
    }

    /** @return MARKET_LOT_SIZE maxQty, null without MARKET_LOT_SIZE */
    public BigDecimal marketMaxQty() {
        return marketMaxQty;
    }

    /** @return MARKET_LOT_SIZE stepSize, null without MARKET_LOT_SIZE */
    public BigDecimal marketStepSize() {
        return marketStepSize;
    }

    /** @return NOTIONAL minNotional, null without NOTIONAL */
    public BigDecimal minNotional() {
        return minNotional;
    }

    /** @return NOTIONAL applyMinToMarket */
    public boolean applyMinToMarket() {
        return applyMinToMarket;
    }

    /** @return NOTIONAL maxNotional, null without NOTIONAL */
    public BigDecimal maxNotional() {
        return maxNotional;
    }

    /** @return NOTIONAL applyMaxToMarket */
    public boolean applyMaxToMarket() {
        return applyMaxToMarket;
    }

    /** @return NOTIONAL avgPriceMins (0 = last price) */
    public int avgPriceMins() {
        return avgPriceMins;
    }

    /** @return MIN_NOTIONAL minNotional, null without MIN_NOTIONAL */
    public BigDecimal legacyMinNotional() {
        return legacyMinNotional;
    }

    /** @return MIN_NOTIONAL applyToMarket */
    public boolean legacyApplyToMarket() {
        return legacyApplyToMarket;
    }

    /** @return MIN_NOTIONAL avgPriceMins */
    public int legacyAvgPriceMins() {
        return legacyAvgPriceMins;
    }

    /** Lists the filters that are set. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SymbolFilters[");
        if (hasPriceFilter()) {
            sb.append("PRICE_FILTER(").append(plain(minPrice)).append(", ").append(plain(maxPrice)).append(", ")
                    .append(plain(tickSize)).append(") ");
        }
        if (hasLotSize()) {
            sb.append("LOT_SIZE(").append(plain(minQty)).append(", ").append(plain(maxQty)).append(", ")
                    .append(plain(stepSize)).append(") ");
        }
        if (hasMarketLotSize()) {
            sb.append("MARKET_LOT_SIZE(").append(plain(marketMinQty)).append(", ").append(plain(marketMaxQty))
                    .append(", ").append(plain(marketStepSize)).append(") ");
        }
        if (hasNotional()) {
            sb.append("NOTIONAL(").append(plain(minNotional)).append(", ").append(applyMinToMarket).append(", ")
                    .append(plain(maxNotional)).append(", ").append(applyMaxToMarket).append(", ")
                    .append(avgPriceMins).append(") ");
        }
        if (hasMinNotional()) {
            sb.append("MIN_NOTIONAL(").append(plain(legacyMinNotional)).append(", ").append(legacyApplyToMarket)
                    .append(", ").append(legacyAvgPriceMins).append(") ");
        }
        return sb.toString().trim() + "]";
    }

    /** Builds {@link SymbolFilters}. Not thread-safe. */
    public static final class Builder {
        private BigDecimal minPrice;
        private BigDecimal maxPrice;
        private BigDecimal tickSize;
        private BigDecimal minQty;
        private BigDecimal maxQty;
        private BigDecimal stepSize;
        private BigDecimal marketMinQty;
        private BigDecimal marketMaxQty;
        private BigDecimal marketStepSize;
        private BigDecimal minNotional;
        private boolean applyMinToMarket;
        private BigDecimal maxNotional;
        private boolean applyMaxToMarket;
        private int avgPriceMins;
        private BigDecimal legacyMinNotional;
        private boolean legacyApplyToMarket;
        private int legacyAvgPriceMins;

        private Builder() {
        }

        /**
         * Sets PRICE_FILTER; 0 disables a part.
         *
         * @param minPrice minimum price
         * @param maxPrice maximum price
         * @param tickSize price increment
         * @return this
         */
        public Builder priceFilter(BigDecimal minPrice, BigDecimal maxPrice, BigDecimal tickSize) {
            this.minPrice = Objects.requireNonNull(minPrice, "minPrice");
            this.maxPrice = Objects.requireNonNull(maxPrice, "maxPrice");
            this.tickSize = Objects.requireNonNull(tickSize, "tickSize");
            return this;
        }

        /**
         * Sets LOT_SIZE.
         *
         * @param minQty   minimum quantity
         * @param maxQty   maximum quantity
         * @param stepSize quantity increment
         * @return this
         */
        public Builder lotSize(BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize) {
            this.minQty = Objects.requireNonNull(minQty, "minQty");
            this.maxQty = Objects.requireNonNull(maxQty, "maxQty");
            this.stepSize = Objects.requireNonNull(stepSize, "stepSize");
            return this;
        }

        /**
         * Sets MARKET_LOT_SIZE.
         *
         * @param minQty   minimum quantity
         * @param maxQty   maximum quantity
         * @param stepSize quantity increment (often 0 = disabled)
         * @return this
         */
        public Builder marketLotSize(BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize) {
            this.marketMinQty = Objects.requireNonNull(minQty, "minQty");
            this.marketMaxQty = Objects.requireNonNull(maxQty, "maxQty");
            this.marketStepSize = Objects.requireNonNull(stepSize, "stepSize");
            return this;
        }

        /**
         * Sets NOTIONAL.
         *
         * @param minNotional      minimum price * quantity
         * @param applyMinToMarket whether the minimum applies to MARKET orders
         * @param maxNotional      maximum price * quantity
         * @param applyMaxToMarket whether the maximum applies to MARKET orders
         * @param avgPriceMins     minutes of the average price used for MARKET orders
         * @return this
         */
        public Builder notional(BigDecimal minNotional, boolean applyMinToMarket, BigDecimal maxNotional,
                                boolean applyMaxToMarket, int avgPriceMins) {
            this.minNotional = Objects.requireNonNull(minNotional, "minNotional");
            this.applyMinToMarket = applyMinToMarket;
            this.maxNotional = Objects.requireNonNull(maxNotional, "maxNotional");
            this.applyMaxToMarket = applyMaxToMarket;
            this.avgPriceMins = avgPriceMins;
            return this;
        }

        /**
         * Sets the legacy MIN_NOTIONAL filter (still in older exchangeInfo data).
         *
         * @param minNotional   minimum price * quantity
         * @param applyToMarket whether it applies to MARKET orders
         * @param avgPriceMins  minutes of the average price used for MARKET orders
         * @return this
         */
        public Builder minNotional(BigDecimal minNotional, boolean applyToMarket, int avgPriceMins) {
            this.legacyMinNotional = Objects.requireNonNull(minNotional, "minNotional");
            this.legacyApplyToMarket = applyToMarket;
            this.legacyAvgPriceMins = avgPriceMins;
            return this;
        }

        /**
         * Builds the immutable filters.
         *
         * @return the filters
         */
        public SymbolFilters build() {
            return new SymbolFilters(this);
        }
    }
}
