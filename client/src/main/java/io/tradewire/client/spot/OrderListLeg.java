package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.TimeInForce;

import java.math.BigDecimal;

/**
 * One order of an order list (the above or below order of an OCO, the working or a pending order of an OTO or
 * OTOCO): its type and prices. Side and quantity belong to the list request, which shares them between legs
 * where Binance does. Sent with the leg's prefix ({@code abovePrice}, {@code workingTimeInForce}, ...).
 */
public final class OrderListLeg {
    private final OrderType type;
    private final BigDecimal price;
    private final BigDecimal stopPrice;
    private final Long trailingDelta;
    private final TimeInForce timeInForce;
    private final BigDecimal icebergQty;
    private final String clientOrderId;
    private final Long strategyId;
    private final Integer strategyType;
    private final String pegPriceType;
    private final String pegOffsetType;
    private final Integer pegOffsetValue;

    private OrderListLeg(Builder b) {
        type = b.type;
        price = b.price;
        stopPrice = b.stopPrice;
        trailingDelta = b.trailingDelta;
        timeInForce = b.timeInForce;
        icebergQty = b.icebergQty;
        clientOrderId = b.clientOrderId;
        strategyId = b.strategyId;
        strategyType = b.strategyType;
        pegPriceType = b.pegPriceType;
        pegOffsetType = b.pegOffsetType;
        pegOffsetValue = b.pegOffsetValue;
    }

    /**
     * @param type the leg's order type
     * @return a builder
     */
    public static Builder builder(OrderType type) {
        return new Builder(type);
    }

    /**
     * A GTC LIMIT leg (a typical working order).
     *
     * @param price limit price
     * @return the leg
     */
    public static OrderListLeg limit(BigDecimal price) {
        return builder(OrderType.LIMIT).price(price).timeInForce(TimeInForce.GTC).build();
    }

    /** @return the order type */
    public OrderType type() {
        return type;
    }

    /** @return limit price, or null */
    public BigDecimal price() {
        return price;
    }

    /** @return stop price, or null */
    public BigDecimal stopPrice() {
        return stopPrice;
    }

    /** @return the leg's client order id, or null */
    public String clientOrderId() {
        return clientOrderId;
    }

    /** @return the trailing delta in basis points, or null */
    public Long trailingDelta() {
        return trailingDelta;
    }

    /** @return the peg price type, or null for an unpegged leg */
    public String pegPriceType() {
        return pegPriceType;
    }

    /** @return the peg offset type, or null */
    public String pegOffsetType() {
        return pegOffsetType;
    }

    /** @return the peg offset in price levels, or null */
    public Integer pegOffsetValue() {
        return pegOffsetValue;
    }

    void addTo(RequestParams p, String prefix) {
        p.add(prefix + "Type", type.wireName())
                .add(prefix + "Price", price)
                .add(prefix + "StopPrice", stopPrice);
        if (trailingDelta != null) {
            p.add(prefix + "TrailingDelta", trailingDelta);
        }
        p.add(prefix + "TimeInForce", timeInForce == null ? null : timeInForce.wireName())
                .add(prefix + "IcebergQty", icebergQty)
                .add(prefix + "ClientOrderId", clientOrderId);
        if (strategyId != null) {
            p.add(prefix + "StrategyId", strategyId);
        }
        if (strategyType != null) {
            p.add(prefix + "StrategyType", strategyType);
        }
        p.add(prefix + "PegPriceType", pegPriceType).add(prefix + "PegOffsetType", pegOffsetType);
        if (pegOffsetValue != null) {
            p.add(prefix + "PegOffsetValue", pegOffsetValue);
        }
    }

    @Override
    public String toString() {
        return "OrderListLeg{" + type + (timeInForce == null ? "" : " " + timeInForce)
                + (price == null ? "" : " price=" + price.toPlainString())
                + (stopPrice == null ? "" : " stopPrice=" + stopPrice.toPlainString())
                + (trailingDelta == null ? "" : " trailingDelta=" + trailingDelta)
                + (pegPriceType == null ? "" : " pegPriceType=" + pegPriceType)
                + (pegOffsetType == null ? "" : " pegOffsetType=" + pegOffsetType + " pegOffsetValue=" + pegOffsetValue)
                + (clientOrderId == null ? "" : " clientOrderId=" + clientOrderId) + '}';
    }

    /** Builds an {@link OrderListLeg}; not thread-safe. */
    public static final class Builder {
        private final OrderType type;
        private BigDecimal price;
        private BigDecimal stopPrice;
        private Long trailingDelta;
        private TimeInForce timeInForce;
        private BigDecimal icebergQty;
        private String clientOrderId;
        private Long strategyId;
        private Integer strategyType;
        private String pegPriceType;
        private String pegOffsetType;
        private Integer pegOffsetValue;

        private Builder(OrderType type) {
            this.type = type;
        }

        /** @param v limit price @return this */
        public Builder price(BigDecimal v) {
            price = v;
            return this;
        }

        /** @param v stop price @return this */
        public Builder stopPrice(BigDecimal v) {
            stopPrice = v;
            return this;
        }

        /**
         * @param v trailing delta in basis points (100 = 1%), greater than zero; only for {@code STOP_LOSS},
         *          {@code STOP_LOSS_LIMIT}, {@code TAKE_PROFIT} and {@code TAKE_PROFIT_LIMIT} legs
         * @return this
         */
        public Builder trailingDelta(long v) {
            trailingDelta = v;
            return this;
        }

        /** @param v time in force @return this */
        public Builder timeInForce(TimeInForce v) {
            timeInForce = v;
            return this;
        }

        /** @param v iceberg quantity @return this */
        public Builder icebergQty(BigDecimal v) {
            icebergQty = v;
            return this;
        }

        /** @param v client order id of this leg @return this */
        public Builder clientOrderId(String v) {
            clientOrderId = v;
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
         * Pegged orders ({@code LIMIT}, {@code LIMIT_MAKER}, {@code STOP_LOSS_LIMIT}, {@code TAKE_PROFIT_LIMIT}
         * legs; the price then becomes optional): price type ({@link PlaceOrderRequest#PRIMARY_PEG},
         * {@link PlaceOrderRequest#MARKET_PEG}; not MARKET_PEG for LIMIT_MAKER), offset type
         * ({@link PlaceOrderRequest#PRICE_LEVEL}) and offset value (0 to 100 levels), the last two together or not
         * at all.
         *
         * @param priceType   peg price type
         * @param offsetType  peg offset type, or null
         * @param offsetValue offset in price levels, or null
         * @return this
         */
        public Builder peg(String priceType, String offsetType, Integer offsetValue) {
            pegPriceType = priceType;
            pegOffsetType = offsetType;
            pegOffsetValue = offsetValue;
            return this;
        }

        /**
         * @return the leg
         * @throws IllegalArgumentException naming the field and rule when invalid
         */
        public OrderListLeg build() {
            RequestChecks.required("type", type);
            RequestChecks.positive("price", price);
            RequestChecks.positive("stopPrice", stopPrice);
            RequestChecks.positive("icebergQty", icebergQty);
            RequestChecks.clientOrderId("order list", "clientOrderId", clientOrderId);
            if (strategyType != null && strategyType < 1_000_000) {
                throw new IllegalArgumentException("strategyType " + strategyType + " must be at least 1000000");
            }
            PlaceOrderRequest.checkConditional("order list leg", "", type, trailingDelta, pegPriceType,
                    pegOffsetType, pegOffsetValue);
            String t = type.wireName();
            if ((t.equals("LIMIT") || t.equals("STOP_LOSS_LIMIT") || t.equals("TAKE_PROFIT_LIMIT"))
                    && timeInForce == null) {
                throw new IllegalArgumentException("order list leg: timeInForce is required for " + t);
            }
            if ((t.startsWith("LIMIT") || t.endsWith("_LIMIT")) && price == null && pegPriceType == null) {
                throw new IllegalArgumentException("order list leg: price is required for " + t);
            }
            if ((t.startsWith("STOP_LOSS") || t.startsWith("TAKE_PROFIT")) && stopPrice == null
                    && trailingDelta == null) {
                throw new IllegalArgumentException("order list leg: stopPrice or trailingDelta is required for " + t);
            }
            return new OrderListLeg(this);
        }
    }
}
