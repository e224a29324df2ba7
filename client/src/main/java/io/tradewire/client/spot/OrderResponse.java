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
 *
 * <p>The conditional fields of Binance's "Conditional fields in Order Responses" (trailing stops, strategies, STP,
 * SOR, pegged orders, expiry) follow the same rule: absent means null or {@code -1}. Vocabularies without a
 * {@code io.tradewire.core.enums} type ({@code workingFloor}, {@code pegPriceType}, {@code pegOffsetType},
 * {@code expiryReason}) are kept as the wire text.
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
    private final long trailingDelta;
    private final long trailingTime;
    private final long strategyId;
    private final int strategyType;
    private final long preventedMatchId;
    private final BigDecimal preventedQuantity;
    private final Boolean usedSor;
    private final String workingFloor;
    private final String pegPriceType;
    private final String pegOffsetType;
    private final int pegOffsetValue;
    private final BigDecimal peggedPrice;
    private final String expiryReason;
    private final List<Fill> fills;

    /** Every field as decoded; {@code fills} must already be immutable (decoders build it once, never copied). */
    OrderResponse(String symbol,
                  long orderId,
                  long orderListId,
                  String clientOrderId,
                  String origClientOrderId,
                  long transactTime,
                  long time,
                  long updateTime,
                  long workingTime,
                  BigDecimal price,
                  BigDecimal origQty,
                  BigDecimal executedQty,
                  BigDecimal origQuoteOrderQty,
                  BigDecimal cummulativeQuoteQty,
                  BigDecimal stopPrice,
                  BigDecimal icebergQty,
                  OrderStatus status,
                  TimeInForce timeInForce,
                  OrderType type,
                  Side side,
                  SelfTradePreventionMode selfTradePreventionMode,
                  Boolean isWorking,
                  long trailingDelta,
                  long trailingTime,
                  long strategyId,
                  int strategyType,
                  long preventedMatchId,
                  BigDecimal preventedQuantity,
                  Boolean usedSor,
                  String workingFloor,
                  String pegPriceType,
                  String pegOffsetType,
                  int pegOffsetValue,
                  BigDecimal peggedPrice,
                  String expiryReason,
                  List<Fill> fills) {
        this.symbol = symbol;
        this.orderId = orderId;
        this.orderListId = orderListId;
        this.clientOrderId = clientOrderId;
        this.origClientOrderId = origClientOrderId;
        this.transactTime = transactTime;
        this.time = time;
        this.updateTime = updateTime;
        this.workingTime = workingTime;
        this.price = price;
        this.origQty = origQty;
        this.executedQty = executedQty;
        this.origQuoteOrderQty = origQuoteOrderQty;
        this.cummulativeQuoteQty = cummulativeQuoteQty;
        this.stopPrice = stopPrice;
        this.icebergQty = icebergQty;
        this.status = status;
        this.timeInForce = timeInForce;
        this.type = type;
        this.side = side;
        this.selfTradePreventionMode = selfTradePreventionMode;
        this.isWorking = isWorking;
        this.trailingDelta = trailingDelta;
        this.trailingTime = trailingTime;
        this.strategyId = strategyId;
        this.strategyType = strategyType;
        this.preventedMatchId = preventedMatchId;
        this.preventedQuantity = preventedQuantity;
        this.usedSor = usedSor;
        this.workingFloor = workingFloor;
        this.pegPriceType = pegPriceType;
        this.pegOffsetType = pegOffsetType;
        this.pegOffsetValue = pegOffsetValue;
        this.peggedPrice = peggedPrice;
        this.expiryReason = expiryReason;
        this.fills = fills;
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

    /**
     * @return the trailing delta in basis points ({@code trailingDelta}, trailing stop orders), or -1 when absent;
     *         Binance may report 0 for an order placed without one
     */
    public long trailingDelta() {
        return trailingDelta;
    }

    /**
     * @return when the trailing stop became active and started tracking the price ({@code trailingTime}); -1 when
     *         absent or, as Binance reports it, not active yet
     */
    public long trailingTime() {
        return trailingTime;
    }

    /** @return the strategy id given when placing ({@code strategyId}), or -1 when absent */
    public long strategyId() {
        return strategyId;
    }

    /** @return the strategy type given when placing ({@code strategyType}, at least 1000000), or -1 when absent */
    public int strategyType() {
        return strategyType;
    }

    /**
     * @return the id of the match that self-trade prevention stopped ({@code preventedMatchId}, with the symbol it
     *         names the match for {@code myPreventedMatches}), or -1 when the order did not expire due to STP
     */
    public long preventedMatchId() {
        return preventedMatchId;
    }

    /** @return the quantity that expired due to STP ({@code preventedQuantity}), or null */
    public BigDecimal preventedQuantity() {
        return preventedQuantity;
    }

    /** @return whether the order used smart order routing ({@code usedSor}), or null when not reported */
    public Boolean usedSor() {
        return usedSor;
    }

    /**
     * @return where the order is filled, {@code EXCHANGE} or {@code SOR} ({@code workingFloor}), or null when not
     *         reported
     */
    public String workingFloor() {
        return workingFloor;
    }

    /** @return the peg price type, e.g. {@code PRIMARY_PEG} or {@code MARKET_PEG} ({@code pegPriceType}), or null */
    public String pegPriceType() {
        return pegPriceType;
    }

    /** @return the peg offset type, e.g. {@code PRICE_LEVEL} ({@code pegOffsetType}), or null */
    public String pegOffsetType() {
        return pegOffsetType;
    }

    /** @return the peg offset in price levels ({@code pegOffsetValue}), or -1 when absent */
    public int pegOffsetValue() {
        return pegOffsetValue;
    }

    /** @return the price a pegged order is currently pegged at ({@code peggedPrice}), or null until determined */
    public BigDecimal peggedPrice() {
        return peggedPrice;
    }

    /**
     * @return why the order expired, e.g. {@code INSUFFICIENT_LIQUIDITY} ({@code expiryReason}), or null when it did
     *         not expire or the venue did not say
     */
    public String expiryReason() {
        return expiryReason;
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
        appendConditional(sb);
        if (!fills.isEmpty()) {
            sb.append(" fills=").append(fills);
        }
        return sb.append('}').toString();
    }

    /** The conditional fields, each only when the venue sent it. */
    private void appendConditional(StringBuilder sb) {
        // Binance sends stopPrice and icebergQty as zero for orders that have none: zero is noise here.
        if (stopPrice != null && stopPrice.signum() != 0) {
            sb.append(" stopPrice=").append(stopPrice.toPlainString());
        }
        if (icebergQty != null && icebergQty.signum() != 0) {
            sb.append(" icebergQty=").append(icebergQty.toPlainString());
        }
        if (trailingDelta >= 0) {
            sb.append(" trailingDelta=").append(trailingDelta);
        }
        if (trailingTime != -1) {
            sb.append(" trailingTime=").append(trailingTime);
        }
        if (strategyId != -1) {
            sb.append(" strategyId=").append(strategyId);
        }
        if (strategyType != -1) {
            sb.append(" strategyType=").append(strategyType);
        }
        if (preventedMatchId >= 0) {
            sb.append(" preventedMatchId=").append(preventedMatchId);
        }
        if (preventedQuantity != null) {
            sb.append(" preventedQuantity=").append(preventedQuantity.toPlainString());
        }
        if (usedSor != null) {
            sb.append(" usedSor=").append(usedSor);
        }
        if (workingFloor != null) {
            sb.append(" workingFloor=").append(workingFloor);
        }
        if (pegPriceType != null) {
            sb.append(" pegPriceType=").append(pegPriceType);
        }
        if (pegOffsetType != null) {
            sb.append(" pegOffsetType=").append(pegOffsetType);
        }
        if (pegOffsetValue >= 0) {
            sb.append(" pegOffsetValue=").append(pegOffsetValue);
        }
        if (peggedPrice != null) {
            sb.append(" peggedPrice=").append(peggedPrice.toPlainString());
        }
        if (expiryReason != null) {
            sb.append(" expiryReason=").append(expiryReason);
        }
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
        long trailingDelta = -1;
        long trailingTime = -1;
        long strategyId = -1;
        int strategyType = -1;
        long preventedMatchId = -1;
        BigDecimal preventedQuantity;
        Boolean usedSor;
        String workingFloor;
        String pegPriceType;
        String pegOffsetType;
        int pegOffsetValue = -1;
        BigDecimal peggedPrice;
        String expiryReason;
        final List<Fill> fills = new ArrayList<>(2);

        OrderResponse build() {
            return new OrderResponse(symbol, orderId, orderListId, clientOrderId, origClientOrderId, transactTime,
                    time, updateTime, workingTime, price, origQty, executedQty, origQuoteOrderQty,
                    cummulativeQuoteQty, stopPrice, icebergQty, status, timeInForce, type, side,
                    selfTradePreventionMode, isWorking, trailingDelta, trailingTime, strategyId, strategyType,
                    preventedMatchId, preventedQuantity, usedSor, workingFloor, pegPriceType, pegOffsetType,
                    pegOffsetValue, peggedPrice, expiryReason, List.copyOf(fills));
        }
    }
}
