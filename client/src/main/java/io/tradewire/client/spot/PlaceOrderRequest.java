package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

import java.math.BigDecimal;

/**
 * An {@code order.place} request (also the new order of an {@code order.cancelReplace}). {@link Builder#build()}
 * checks what can be checked without the symbol's filters (mandatory fields per order type, positive amounts,
 * client order id format, which order types may trail or be pegged) and names the field and the rule when
 * something is wrong, so bad input never reaches the wire.
 */
public final class PlaceOrderRequest {
    /** Peg price type: the best price on the same side of the book as the order. */
    public static final String PRIMARY_PEG = "PRIMARY_PEG";
    /** Peg price type: the best price on the opposite side of the book. */
    public static final String MARKET_PEG = "MARKET_PEG";
    /** Peg offset type: the offset counts price levels (the only one Binance supports). */
    public static final String PRICE_LEVEL = "PRICE_LEVEL";
    /** The largest {@code pegOffsetValue} Binance accepts. */
    public static final int MAX_PEG_OFFSET_VALUE = 100;

    private final String symbol;
    private final Side side;
    private final OrderType type;
    private final TimeInForce timeInForce;
    private final BigDecimal price;
    private final long priceMantissa;
    private final int priceScale; // -1: the price is the BigDecimal (or absent)
    private final BigDecimal quantity;
    private final long quantityMantissa;
    private final int quantityScale;
    private final BigDecimal quoteOrderQty;
    private final BigDecimal stopPrice;
    private final BigDecimal icebergQty;
    private final String newClientOrderId;
    private final OrderResponseType newOrderRespType;
    private final SelfTradePreventionMode selfTradePreventionMode;
    private final Long strategyId;
    private final Integer strategyType;
    private final Long trailingDelta;
    private final String pegPriceType;
    private final String pegOffsetType;
    private final Integer pegOffsetValue;

    private PlaceOrderRequest(Builder b) {
        symbol = b.symbol;
        side = b.side;
        type = b.type;
        timeInForce = b.timeInForce;
        price = b.price;
        priceMantissa = b.priceMantissa;
        priceScale = b.priceScale;
        quantity = b.quantity;
        quantityMantissa = b.quantityMantissa;
        quantityScale = b.quantityScale;
        quoteOrderQty = b.quoteOrderQty;
        stopPrice = b.stopPrice;
        icebergQty = b.icebergQty;
        newClientOrderId = b.newClientOrderId;
        newOrderRespType = b.newOrderRespType;
        selfTradePreventionMode = b.selfTradePreventionMode;
        strategyId = b.strategyId;
        strategyType = b.strategyType;
        trailingDelta = b.trailingDelta;
        pegPriceType = b.pegPriceType;
        pegOffsetType = b.pegOffsetType;
        pegOffsetValue = b.pegOffsetValue;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A LIMIT GTC order.
     *
     * @param symbol   symbol
     * @param side     side
     * @param price    limit price
     * @param quantity quantity
     * @return a builder with these set
     */
    public static Builder limit(String symbol, Side side, BigDecimal price, BigDecimal quantity) {
        return builder().symbol(symbol).side(side).type(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                .price(price).quantity(quantity);
    }

    /**
     * A MARKET order by base quantity.
     *
     * @param symbol   symbol
     * @param side     side
     * @param quantity quantity
     * @return a builder with these set
     */
    public static Builder market(String symbol, Side side, BigDecimal quantity) {
        return builder().symbol(symbol).side(side).type(OrderType.MARKET).quantity(quantity);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return side */
    public Side side() {
        return side;
    }

    /** @return order type */
    public OrderType type() {
        return type;
    }

    /** @return time in force, or null */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** @return price, or null (created on demand when the price was given as a scaled long) */
    public BigDecimal price() {
        return priceScale >= 0 ? BigDecimal.valueOf(priceMantissa, priceScale) : price;
    }

    /** @return quantity, or null (created on demand when the quantity was given as a scaled long) */
    public BigDecimal quantity() {
        return quantityScale >= 0 ? BigDecimal.valueOf(quantityMantissa, quantityScale) : quantity;
    }

    /** @return quote order quantity, or null */
    public BigDecimal quoteOrderQty() {
        return quoteOrderQty;
    }

    /** @return stop price, or null */
    public BigDecimal stopPrice() {
        return stopPrice;
    }

    /** @return iceberg quantity, or null */
    public BigDecimal icebergQty() {
        return icebergQty;
    }

    /** @return client order id, or null to let the venue choose */
    public String newClientOrderId() {
        return newClientOrderId;
    }

    /** @return the response type asked for, or null for the venue's default */
    public OrderResponseType newOrderRespType() {
        return newOrderRespType;
    }

    /** @return self-trade prevention mode, or null for the symbol's default */
    public SelfTradePreventionMode selfTradePreventionMode() {
        return selfTradePreventionMode;
    }

    /** @return the trailing delta in basis points, or null for an order that does not trail */
    public Long trailingDelta() {
        return trailingDelta;
    }

    /** @return the peg price type ({@link #PRIMARY_PEG} or {@link #MARKET_PEG}), or null for an unpegged order */
    public String pegPriceType() {
        return pegPriceType;
    }

    /** @return the peg offset type ({@link #PRICE_LEVEL}), or null */
    public String pegOffsetType() {
        return pegOffsetType;
    }

    /** @return the peg offset in price levels, or null */
    public Integer pegOffsetValue() {
        return pegOffsetValue;
    }

    /**
     * Adds this request's parameters (not the signature or timestamp).
     *
     * @param p the parameters to fill
     */
    void addTo(RequestParams p) {
        // Added in name order, so the sort before encoding and signing finds them sorted (one comparison each).
        p.add("icebergQty", icebergQty)
                .add("newClientOrderId", newClientOrderId)
                .add("newOrderRespType", newOrderRespType == null ? null : newOrderRespType.wireName())
                .add("pegOffsetType", pegOffsetType);
        if (pegOffsetValue != null) {
            p.add("pegOffsetValue", pegOffsetValue);
        }
        p.add("pegPriceType", pegPriceType);
        if (priceScale >= 0) {
            p.addScaled("price", priceMantissa, priceScale); // no allocation on the hot path
        } else {
            p.add("price", price);
        }
        if (quantityScale >= 0) {
            p.addScaled("quantity", quantityMantissa, quantityScale);
        } else {
            p.add("quantity", quantity);
        }
        p.add("quoteOrderQty", quoteOrderQty)
                .add("selfTradePreventionMode",
                        selfTradePreventionMode == null ? null : selfTradePreventionMode.wireName())
                .add("side", side.wireName())
                .add("stopPrice", stopPrice);
        if (strategyId != null) {
            p.add("strategyId", strategyId);
        }
        if (strategyType != null) {
            p.add("strategyType", strategyType);
        }
        p.add("symbol", symbol)
                .add("timeInForce", timeInForce == null ? null : timeInForce.wireName());
        if (trailingDelta != null) {
            p.add("trailingDelta", trailingDelta);
        }
        p.add("type", type.wireName());
    }

    @Override
    public String toString() {
        return "PlaceOrderRequest{" + symbol + ' ' + side + ' ' + type + (timeInForce == null ? "" : " " + timeInForce)
                + (price() == null ? "" : " price=" + price().toPlainString())
                + (quantity() == null ? "" : " quantity=" + quantity().toPlainString())
                + (quoteOrderQty == null ? "" : " quoteOrderQty=" + quoteOrderQty.toPlainString())
                + (stopPrice == null ? "" : " stopPrice=" + stopPrice.toPlainString())
                + (trailingDelta == null ? "" : " trailingDelta=" + trailingDelta)
                + (pegPriceType == null ? "" : " pegPriceType=" + pegPriceType)
                + (pegOffsetType == null ? "" : " pegOffsetType=" + pegOffsetType)
                + (pegOffsetValue == null ? "" : " pegOffsetValue=" + pegOffsetValue)
                + (newClientOrderId == null ? "" : " newClientOrderId=" + newClientOrderId) + '}';
    }

    /** Builds a {@link PlaceOrderRequest}; not thread-safe. */
    public static final class Builder {
        private String symbol;
        private Side side;
        private OrderType type;
        private TimeInForce timeInForce;
        private BigDecimal price;
        private long priceMantissa;
        private int priceScale = -1;
        private BigDecimal quantity;
        private long quantityMantissa;
        private int quantityScale = -1;
        private BigDecimal quoteOrderQty;
        private BigDecimal stopPrice;
        private BigDecimal icebergQty;
        private String newClientOrderId;
        private OrderResponseType newOrderRespType;
        private SelfTradePreventionMode selfTradePreventionMode;
        private Long strategyId;
        private Integer strategyType;
        private Long trailingDelta;
        private String pegPriceType;
        private String pegOffsetType;
        private Integer pegOffsetValue;

        private Builder() {
        }

        /** @param v symbol, e.g. BTCUSDT @return this */
        public Builder symbol(String v) {
            symbol = v;
            return this;
        }

        /** @param v side @return this */
        public Builder side(Side v) {
            side = v;
            return this;
        }

        /** @param v order type @return this */
        public Builder type(OrderType v) {
            type = v;
            return this;
        }

        /** @param v time in force @return this */
        public Builder timeInForce(TimeInForce v) {
            timeInForce = v;
            return this;
        }

        /** @param v limit price @return this */
        public Builder price(BigDecimal v) {
            price = v;
            priceScale = -1;
            return this;
        }

        /**
         * The limit price as {@code mantissa * 10^-scale}, sent with exactly {@code scale} decimals and without
         * allocating: the hot-path alternative to {@link #price(BigDecimal)}.
         *
         * @param mantissa scaled price, e.g. 6000000 with scale 2 for 60000.00
         * @param scale    fraction digits, 0 to 18
         * @return this
         */
        public Builder price(long mantissa, int scale) {
            checkScale("price", scale);
            priceMantissa = mantissa;
            priceScale = scale;
            price = null;
            return this;
        }

        /** @param v base quantity @return this */
        public Builder quantity(BigDecimal v) {
            quantity = v;
            quantityScale = -1;
            return this;
        }

        /**
         * The quantity as {@code mantissa * 10^-scale}, without allocating.
         *
         * @param mantissa scaled quantity
         * @param scale    fraction digits, 0 to 18
         * @return this
         */
        public Builder quantity(long mantissa, int scale) {
            checkScale("quantity", scale);
            quantityMantissa = mantissa;
            quantityScale = scale;
            quantity = null;
            return this;
        }

        private static void checkScale(String field, int scale) {
            if (scale < 0 || scale > 18) {
                throw new IllegalArgumentException(field + ": scale " + scale + " must be 0 to 18");
            }
        }

        /** @param v quote quantity (MARKET only) @return this */
        public Builder quoteOrderQty(BigDecimal v) {
            quoteOrderQty = v;
            return this;
        }

        /** @param v stop price @return this */
        public Builder stopPrice(BigDecimal v) {
            stopPrice = v;
            return this;
        }

        /** @param v iceberg quantity @return this */
        public Builder icebergQty(BigDecimal v) {
            icebergQty = v;
            return this;
        }

        /** @param v client order id, 1 to 36 of {@code [a-zA-Z0-9-_]} @return this */
        public Builder newClientOrderId(String v) {
            newClientOrderId = v;
            return this;
        }

        /** @param v response type @return this */
        public Builder newOrderRespType(OrderResponseType v) {
            newOrderRespType = v;
            return this;
        }

        /** @param v self-trade prevention mode @return this */
        public Builder selfTradePreventionMode(SelfTradePreventionMode v) {
            selfTradePreventionMode = v;
            return this;
        }

        /** @param v strategy id @return this */
        public Builder strategyId(long v) {
            strategyId = v;
            return this;
        }

        /** @param v strategy type, at least 1000000 @return this */
        public Builder strategyType(int v) {
            strategyType = v;
            return this;
        }

        /**
         * Makes a {@code STOP_LOSS}, {@code STOP_LOSS_LIMIT}, {@code TAKE_PROFIT} or {@code TAKE_PROFIT_LIMIT} order
         * a trailing stop: it triggers after the price moves this many basis points against the best price seen
         * (from {@code stopPrice} once reached, if given; otherwise from placement). The symbol's
         * {@code TRAILING_DELTA} filter bounds it.
         *
         * @param v trailing delta in basis points (100 = 1%), greater than zero
         * @return this
         */
        public Builder trailingDelta(long v) {
            trailingDelta = v;
            return this;
        }

        /**
         * Pegs the price of a {@code LIMIT}, {@code LIMIT_MAKER}, {@code STOP_LOSS_LIMIT} or
         * {@code TAKE_PROFIT_LIMIT} order to the book; {@code price} then becomes optional.
         *
         * @param v {@link #PRIMARY_PEG} (best price on the order's side) or {@link #MARKET_PEG} (best price on the
         *          other side; not for {@code LIMIT_MAKER})
         * @return this
         */
        public Builder pegPriceType(String v) {
            pegPriceType = v;
            return this;
        }

        /**
         * The peg offset type; given together with {@link #pegOffsetValue(int)}.
         *
         * @param v {@link #PRICE_LEVEL}, the only type Binance supports
         * @return this
         */
        public Builder pegOffsetType(String v) {
            pegOffsetType = v;
            return this;
        }

        /**
         * The peg offset, to peg to a price level other than the best one; given together with
         * {@link #pegOffsetType(String)}.
         *
         * @param v price levels, 0 to {@value PlaceOrderRequest#MAX_PEG_OFFSET_VALUE}
         * @return this
         */
        public Builder pegOffsetValue(int v) {
            pegOffsetValue = v;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and the rule when the request is invalid
         */
        public PlaceOrderRequest build() {
            RequestChecks.symbol(symbol);
            RequestChecks.required("side", side);
            RequestChecks.known("side", side.isKnown(), side.wireName());
            RequestChecks.required("type", type);
            RequestChecks.positive("price", price);
            RequestChecks.positive("quantity", quantity);
            if (priceScale >= 0 && priceMantissa <= 0) {
                throw new IllegalArgumentException("price must be greater than zero, was "
                        + BigDecimal.valueOf(priceMantissa, priceScale).toPlainString());
            }
            if (quantityScale >= 0 && quantityMantissa <= 0) {
                throw new IllegalArgumentException("quantity must be greater than zero, was "
                        + BigDecimal.valueOf(quantityMantissa, quantityScale).toPlainString());
            }
            // A pegged order takes its price from the book: price becomes optional where it was mandatory.
            Object priceGiven = price != null || priceScale >= 0 || pegPriceType != null ? Boolean.TRUE : null;
            Object quantityGiven = quantity != null || quantityScale >= 0 ? Boolean.TRUE : null;
            RequestChecks.positive("quoteOrderQty", quoteOrderQty);
            RequestChecks.positive("stopPrice", stopPrice);
            RequestChecks.positive("icebergQty", icebergQty);
            RequestChecks.clientOrderId("order.place", "newClientOrderId", newClientOrderId);
            if (strategyType != null && strategyType < 1_000_000) {
                throw new IllegalArgumentException("order.place: strategyType " + strategyType
                        + " must be at least 1000000 (smaller values are reserved)");
            }
            String t = type.wireName();
            checkConditional("order.place", "", type, trailingDelta, pegPriceType, pegOffsetType, pegOffsetValue);
            switch (t) {
                case "LIMIT":
                    need(t, "timeInForce", timeInForce);
                    need(t, "price", priceGiven);
                    need(t, "quantity", quantityGiven);
                    forbid(t, "quoteOrderQty", quoteOrderQty);
                    break;
                case "LIMIT_MAKER":
                    need(t, "price", priceGiven);
                    need(t, "quantity", quantityGiven);
                    forbid(t, "timeInForce", timeInForce);
                    forbid(t, "quoteOrderQty", quoteOrderQty);
                    break;
                case "MARKET":
                    if ((quantityGiven == null) == (quoteOrderQty == null)) {
                        throw new IllegalArgumentException(
                                "order.place: MARKET orders need exactly one of quantity or quoteOrderQty");
                    }
                    forbid(t, "price", priceGiven);
                    forbid(t, "timeInForce", timeInForce);
                    break;
                case "STOP_LOSS":
                case "TAKE_PROFIT":
                    need(t, "quantity", quantityGiven);
                    needStop(t);
                    forbid(t, "price", priceGiven);
                    break;
                case "STOP_LOSS_LIMIT":
                case "TAKE_PROFIT_LIMIT":
                    need(t, "timeInForce", timeInForce);
                    need(t, "price", priceGiven);
                    need(t, "quantity", quantityGiven);
                    needStop(t);
                    break;
                default:
                    // A type Binance added after this release: pass it through and let the venue judge it.
                    break;
            }
            if (icebergQty != null && timeInForce != null && !TimeInForce.GTC.equals(timeInForce)) {
                throw new IllegalArgumentException("order.place: icebergQty requires timeInForce GTC");
            }
            return new PlaceOrderRequest(this);
        }

        private void needStop(String type) {
            if (stopPrice == null && trailingDelta == null) {
                throw new IllegalArgumentException("order.place: stopPrice or trailingDelta (or both) is required for "
                        + type + " orders");
            }
        }

        private static void need(String type, String field, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("order.place: " + field + " is required for " + type + " orders");
            }
        }

        private static void forbid(String type, String field, Object value) {
            if (value != null) {
                throw new IllegalArgumentException("order.place: " + field + " is not allowed for " + type + " orders");
            }
        }
    }

    /**
     * The rules of trailing stops and pegged orders, shared by every request that places an order ({@code order.place},
     * the new order of a cancel-replace, each leg of an order list). A type this release does not know passes: the
     * venue judges it.
     *
     * @param where  what names the request in messages, e.g. {@code order.place}
     * @param prefix the parameter prefix of an order list leg ({@code above}, {@code working}, ...), or empty
     * @param orderType the order type
     * @throws IllegalArgumentException naming the field and the rule
     */
    static void checkConditional(String where, String prefix, OrderType orderType, Long trailingDelta,
                                 String pegPriceType, String pegOffsetType, Integer pegOffsetValue) {
        if (trailingDelta == null && pegPriceType == null && pegOffsetType == null && pegOffsetValue == null) {
            return; // the common order: nothing to look at
        }
        boolean known = orderType.isKnown();
        String type = orderType.wireName();
        if (trailingDelta != null) {
            if (trailingDelta <= 0) {
                throw new IllegalArgumentException(where + ": " + name(prefix, "trailingDelta")
                        + " must be a positive number of basis points (BIPS), was " + trailingDelta);
            }
            if (known && !type.startsWith("STOP_LOSS") && !type.startsWith("TAKE_PROFIT")) {
                throw new IllegalArgumentException(where + ": " + name(prefix, "trailingDelta")
                        + " is only allowed for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT orders,"
                        + " not " + type);
            }
        }
        if ((pegOffsetType == null) != (pegOffsetValue == null)) {
            throw new IllegalArgumentException(where + ": " + name(prefix, "pegOffsetType") + " and "
                    + name(prefix, "pegOffsetValue") + " must be given together");
        }
        if (pegPriceType == null) {
            if (pegOffsetType != null) {
                throw new IllegalArgumentException(where + ": " + name(prefix, "pegOffsetType") + " and "
                        + name(prefix, "pegOffsetValue") + " require " + name(prefix, "pegPriceType"));
            }
            return;
        }
        if (!PRIMARY_PEG.equals(pegPriceType) && !MARKET_PEG.equals(pegPriceType)) {
            throw new IllegalArgumentException(where + ": " + name(prefix, "pegPriceType") + " '" + pegPriceType
                    + "' must be PRIMARY_PEG or MARKET_PEG");
        }
        if (known && !type.equals("LIMIT") && !type.equals("LIMIT_MAKER") && !type.equals("STOP_LOSS_LIMIT")
                && !type.equals("TAKE_PROFIT_LIMIT")) {
            throw new IllegalArgumentException(where + ": " + name(prefix, "pegPriceType")
                    + " is only allowed for LIMIT, LIMIT_MAKER, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders, not "
                    + type);
        }
        if (MARKET_PEG.equals(pegPriceType) && type.equals("LIMIT_MAKER")) {
            throw new IllegalArgumentException(where + ": " + name(prefix, "pegPriceType")
                    + " MARKET_PEG cannot be used for LIMIT_MAKER orders (it would take)");
        }
        if (pegOffsetType != null) {
            if (!PRICE_LEVEL.equals(pegOffsetType)) {
                throw new IllegalArgumentException(where + ": " + name(prefix, "pegOffsetType") + " '" + pegOffsetType
                        + "' must be PRICE_LEVEL");
            }
            if (pegOffsetValue < 0 || pegOffsetValue > MAX_PEG_OFFSET_VALUE) {
                throw new IllegalArgumentException(where + ": " + name(prefix, "pegOffsetValue") + " must be 0 to "
                        + MAX_PEG_OFFSET_VALUE + " price levels, was " + pegOffsetValue);
            }
        }
    }

    /** A parameter's name with a leg's prefix: {@code trailingDelta} becomes {@code belowTrailingDelta}. */
    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
