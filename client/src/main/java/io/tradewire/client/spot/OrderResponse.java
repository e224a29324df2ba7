package io.tradewire.client.spot;

import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the venue reported it, in answer to {@code order.place}, {@code order.cancel} or
 * {@code order.status}. Which fields are present depends on the method and on {@code newOrderRespType}
 * ({@code ACK} carries only ids and times): absent decimals and enums are null, absent times and ids are
 * {@code -1}, absent booleans are null. Unknown fields are ignored; unknown enum values are kept.
 */
public final class OrderResponse {
    private final String symbol;
    private final long orderId;
    private final long orderListId;
    private final String clientOrderId;
    private final String origClientOrderId;
    private final long transactTime;
    private final long time;
    private final long updateTime;
    private final long workingTime;
    private final BigDecimal price;
    private final BigDecimal origQty;
    private final BigDecimal executedQty;
    private final BigDecimal origQuoteOrderQty;
    private final BigDecimal cummulativeQuoteQty;
    private final BigDecimal stopPrice;
    private final BigDecimal icebergQty;
    private final OrderStatus status;
    private final TimeInForce timeInForce;
    private final OrderType type;
    private final Side side;
    private final SelfTradePreventionMode selfTradePreventionMode;
    private final Boolean isWorking;
    private final List<Fill> fills;

    private OrderResponse(Builder b) {
        symbol = b.symbol;
        orderId = b.orderId;
        orderListId = b.orderListId;
        clientOrderId = b.clientOrderId;
        origClientOrderId = b.origClientOrderId;
        transactTime = b.transactTime;
        time = b.time;
        updateTime = b.updateTime;
        workingTime = b.workingTime;
        price = b.price;
        origQty = b.origQty;
        executedQty = b.executedQty;
        origQuoteOrderQty = b.origQuoteOrderQty;
        cummulativeQuoteQty = b.cummulativeQuoteQty;
        stopPrice = b.stopPrice;
        icebergQty = b.icebergQty;
        status = b.status;
        timeInForce = b.timeInForce;
        type = b.type;
        side = b.side;
        selfTradePreventionMode = b.selfTradePreventionMode;
        isWorking = b.isWorking;
        fills = List.copyOf(b.fills);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return venue order id */
    public long orderId() {
        return orderId;
    }

    /** @return order list id, -1 for a single order */
    public long orderListId() {
        return orderListId;
    }

    /** @return the client order id (after a cancel: the cancel's new client order id) */
    public String clientOrderId() {
        return clientOrderId;
    }

    /** @return for a cancel, the client order id of the canceled order; otherwise null */
    public String origClientOrderId() {
        return origClientOrderId;
    }

    /** @return when the venue processed the request, or -1 */
    public long transactTime() {
        return transactTime;
    }

    /** @return when the order was placed ({@code order.status}), or -1 */
    public long time() {
        return time;
    }

    /** @return the last update of the order ({@code order.status}), or -1 */
    public long updateTime() {
        return updateTime;
    }

    /** @return when the order started working on the book, or -1 */
    public long workingTime() {
        return workingTime;
    }

    /** @return limit price, or null */
    public BigDecimal price() {
        return price;
    }

    /** @return ordered quantity, or null */
    public BigDecimal origQty() {
        return origQty;
    }

    /** @return executed quantity, or null */
    public BigDecimal executedQty() {
        return executedQty;
    }

    /** @return the quote quantity of a MARKET order by quote, or null */
    public BigDecimal origQuoteOrderQty() {
        return origQuoteOrderQty;
    }

    /** @return cumulative quote quantity traded (Binance's spelling), or null */
    public BigDecimal cummulativeQuoteQty() {
        return cummulativeQuoteQty;
    }

    /** @return stop price, or null */
    public BigDecimal stopPrice() {
        return stopPrice;
    }

    /** @return iceberg quantity, or null */
    public BigDecimal icebergQty() {
        return icebergQty;
    }

    /** @return order status, or null ({@code ACK}) */
    public OrderStatus status() {
        return status;
    }

    /** @return time in force, or null */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** @return order type, or null */
    public OrderType type() {
        return type;
    }

    /** @return side, or null */
    public Side side() {
        return side;
    }

    /** @return self-trade prevention mode, or null */
    public SelfTradePreventionMode selfTradePreventionMode() {
        return selfTradePreventionMode;
    }

    /**
     * @return whether the order reached the order book ({@code order.status}); false for a stop order not yet
     *         triggered, and still true once filled or canceled; null when not reported
     */
    public Boolean isWorking() {
        return isWorking;
    }

    /** @return trades that filled the order during the request ({@code FULL}); empty otherwise */
    public List<Fill> fills() {
        return fills;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OrderResponse{").append(symbol).append(" orderId=").append(orderId)
                .append(" clientOrderId=").append(clientOrderId);
        if (status != null) {
            sb.append(' ').append(side).append(' ').append(type).append(' ').append(timeInForce)
                    .append(" price=").append(plain(price)).append(" origQty=").append(plain(origQty))
                    .append(" executedQty=").append(plain(executedQty)).append(" status=").append(status);
        }
        if (!fills.isEmpty()) {
            sb.append(" fills=").append(fills);
        }
        return sb.append('}').toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    /** Collects fields while decoding. */
    static final class Builder {
        String symbol;
        long orderId = -1;
        long orderListId = -1;
        String clientOrderId;
        String origClientOrderId;
        long transactTime = -1;
        long time = -1;
        long updateTime = -1;
        long workingTime = -1;
        BigDecimal price;
        BigDecimal origQty;
        BigDecimal executedQty;
        BigDecimal origQuoteOrderQty;
        BigDecimal cummulativeQuoteQty;
        BigDecimal stopPrice;
        BigDecimal icebergQty;
        OrderStatus status;
        TimeInForce timeInForce;
        OrderType type;
        Side side;
        SelfTradePreventionMode selfTradePreventionMode;
        Boolean isWorking;
        final List<Fill> fills = new ArrayList<>(2);

        OrderResponse build() {
            return new OrderResponse(this);
        }
    }
}
