package io.tradewire.simulator.venue;

import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import java.math.BigDecimal;

/**
 * The parameters of an order.place request, as sent: every field may be null, and the venue validates them the way
 * Binance does (so a missing mandatory field becomes -1102, not a NullPointerException). Immutable; build with
 * {@link #builder()}. Simulator internal.
 */
public final class PlaceOrderCommand {
    private final String symbol;
    private final Side side;
    private final OrderType type;
    private final TimeInForce timeInForce;
    private final BigDecimal quantity;
    private final BigDecimal quoteOrderQty;
    private final BigDecimal price;
    private final String newClientOrderId;
    private final OrderResponseType newOrderRespType;
    private final SelfTradePreventionMode selfTradePreventionMode;
    private final BigDecimal stopPrice;
    private final Long trailingDelta;
    private final BigDecimal icebergQty;
    private final Long strategyId;
    private final Long strategyType;

    private PlaceOrderCommand(Builder b) {
        this.stopPrice = b.stopPrice;
        this.trailingDelta = b.trailingDelta;
        this.icebergQty = b.icebergQty;
        this.strategyId = b.strategyId;
        this.strategyType = b.strategyType;
        this.symbol = b.symbol;
        this.side = b.side;
        this.type = b.type;
        this.timeInForce = b.timeInForce;
        this.quantity = b.quantity;
        this.quoteOrderQty = b.quoteOrderQty;
        this.price = b.price;
        this.newClientOrderId = b.newClientOrderId;
        this.newOrderRespType = b.newOrderRespType;
        this.selfTradePreventionMode = b.selfTradePreventionMode;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return symbol, or null if not sent */
    public String symbol() {
        return symbol;
    }

    /** @return side, or null */
    public Side side() {
        return side;
    }

    /** @return order type, or null */
    public OrderType type() {
        return type;
    }

    /** @return time in force, or null */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** @return base quantity, or null */
    public BigDecimal quantity() {
        return quantity;
    }

    /** @return quote quantity of a MARKET order, or null */
    public BigDecimal quoteOrderQty() {
        return quoteOrderQty;
    }

    /** @return limit price, or null */
    public BigDecimal price() {
        return price;
    }

    /** @return client order id, or null (the venue then generates one) */
    public String newClientOrderId() {
        return newClientOrderId;
    }

    /** @return requested response type, or null (FULL for MARKET and LIMIT, ACK otherwise) */
    public OrderResponseType newOrderRespType() {
        return newOrderRespType;
    }

    /** @return STP mode, or null (the symbol's default) */
    public SelfTradePreventionMode selfTradePreventionMode() {
        return selfTradePreventionMode;
    }

    /** @return trigger price of stop and take-profit orders, or null */
    public BigDecimal stopPrice() {
        return stopPrice;
    }

    /** @return trailing delta in basis points, or null (the venue refuses trailing stops) */
    public Long trailingDelta() {
        return trailingDelta;
    }

    /** @return iceberg quantity, or null (the venue refuses iceberg orders) */
    public BigDecimal icebergQty() {
        return icebergQty;
    }

    /** @return strategyId, or null */
    public Long strategyId() {
        return strategyId;
    }

    /** @return strategyType, or null */
    public Long strategyType() {
        return strategyType;
    }

    /** @return a builder holding this command's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.symbol = symbol;
        b.side = side;
        b.type = type;
        b.timeInForce = timeInForce;
        b.quantity = quantity;
        b.quoteOrderQty = quoteOrderQty;
        b.price = price;
        b.newClientOrderId = newClientOrderId;
        b.newOrderRespType = newOrderRespType;
        b.selfTradePreventionMode = selfTradePreventionMode;
        b.stopPrice = stopPrice;
        b.trailingDelta = trailingDelta;
        b.icebergQty = icebergQty;
        b.strategyId = strategyId;
        b.strategyType = strategyType;
        return b;
    }

    /**
     * Binance's default response type when none is requested: FULL for MARKET and LIMIT, ACK for other types.
     *
     * @return the requested or default response type
     */
    public OrderResponseType effectiveResponseType() {
        if (newOrderRespType != null) {
            return newOrderRespType;
        }
        return OrderType.MARKET.equals(type) || OrderType.LIMIT.equals(type) ? OrderResponseType.FULL
                : OrderResponseType.ACK;
    }

    @Override
    public String toString() {
        return "PlaceOrderCommand{" + symbol + " " + side + " " + type + " tif=" + timeInForce + " qty=" + quantity
                + " quoteQty=" + quoteOrderQty + " price=" + price + " cid=" + newClientOrderId
                + " resp=" + newOrderRespType + " stp=" + selfTradePreventionMode + " stopPrice=" + stopPrice + "}";
    }

    /** Builder of {@link PlaceOrderCommand}; every field is optional. */
    public static final class Builder {
        private String symbol;
        private Side side;
        private OrderType type;
        private TimeInForce timeInForce;
        private BigDecimal quantity;
        private BigDecimal quoteOrderQty;
        private BigDecimal price;
        private String newClientOrderId;
        private OrderResponseType newOrderRespType;
        private SelfTradePreventionMode selfTradePreventionMode;
        private BigDecimal stopPrice;
        private Long trailingDelta;
        private BigDecimal icebergQty;
        private Long strategyId;
        private Long strategyType;

        private Builder() {
        }

        /**
         * @param v trigger price (stop and take-profit orders)
         * @return this
         */
        public Builder stopPrice(BigDecimal v) {
            this.stopPrice = v;
            return this;
        }

        /**
         * @param v trailing delta in basis points
         * @return this
         */
        public Builder trailingDelta(Long v) {
            this.trailingDelta = v;
            return this;
        }

        /**
         * @param v iceberg quantity
         * @return this
         */
        public Builder icebergQty(BigDecimal v) {
            this.icebergQty = v;
            return this;
        }

        /**
         * @param v strategy id
         * @return this
         */
        public Builder strategyId(Long v) {
            this.strategyId = v;
            return this;
        }

        /**
         * @param v strategy type ({@code >= 1000000})
         * @return this
         */
        public Builder strategyType(Long v) {
            this.strategyType = v;
            return this;
        }

        /**
         * @param v symbol
         * @return this
         */
        public Builder symbol(String v) {
            this.symbol = v;
            return this;
        }

        /**
         * @param v side
         * @return this
         */
        public Builder side(Side v) {
            this.side = v;
            return this;
        }

        /**
         * @param v order type
         * @return this
         */
        public Builder type(OrderType v) {
            this.type = v;
            return this;
        }

        /**
         * @param v time in force
         * @return this
         */
        public Builder timeInForce(TimeInForce v) {
            this.timeInForce = v;
            return this;
        }

        /**
         * @param v base quantity
         * @return this
         */
        public Builder quantity(BigDecimal v) {
            this.quantity = v;
            return this;
        }

        /**
         * @param v quote quantity (MARKET only)
         * @return this
         */
        public Builder quoteOrderQty(BigDecimal v) {
            this.quoteOrderQty = v;
            return this;
        }

        /**
         * @param v limit price
         * @return this
         */
        public Builder price(BigDecimal v) {
            this.price = v;
            return this;
        }

        /**
         * @param v client order id
         * @return this
         */
        public Builder newClientOrderId(String v) {
            this.newClientOrderId = v;
            return this;
        }

        /**
         * @param v response type
         * @return this
         */
        public Builder newOrderRespType(OrderResponseType v) {
            this.newOrderRespType = v;
            return this;
        }

        /**
         * @param v STP mode
         * @return this
         */
        public Builder selfTradePreventionMode(SelfTradePreventionMode v) {
            this.selfTradePreventionMode = v;
            return this;
        }

        /** @return the immutable command */
        public PlaceOrderCommand build() {
            return new PlaceOrderCommand(this);
        }
    }
}
