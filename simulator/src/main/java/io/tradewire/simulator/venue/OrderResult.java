package io.tradewire.simulator.venue;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as the venue reports it after a place, cancel or query, with the union of the fields of Binance's
 * responses; the server picks the ones each response shape prints. Decimals carry 8 fraction digits
 * ({@code "0.01000000"}). Immutable. Simulator internal.
 *
 * <p>Amounts are held as scale-8 longs: encoders write them from the {@code ...Scaled()} accessors without
 * allocating; the BigDecimal accessors build their value on each call.
 */
public final class OrderResult {
    private static final int SCALE = 8;
    private static final BigDecimal ZERO = Decimals.fromScaled(0, SCALE);

    private final String symbol;
    private final long orderId;
    private final String clientOrderId;
    private final String origClientOrderId;
    private final long transactTime;
    private final long time;
    private final long updateTime;
    private final long price;
    private final long origQty;
    private final long executedQty;
    private final long cummulativeQuoteQty;
    private final long origQuoteOrderQty;
    private final OrderStatus status;
    private final TimeInForce timeInForce;
    private final OrderType type;
    private final Side side;
    private final long workingTime;
    private final SelfTradePreventionMode selfTradePreventionMode;
    private final OrderResponseType newOrderRespType;
    private final long preventedQuantity;
    private final List<Fill> fills;
    private final long orderListId;
    private final long stopPrice;
    private final boolean hasStopPrice;
    private final boolean isWorking;
    private final long preventedMatchId;
    private final long strategyId;
    private final long strategyType;
    private final boolean usedSor;
    private final OrderListResult orderList;

    OrderResult(VenueOrder o, String clientOrderId, String origClientOrderId, long transactTime, List<Fill> fills) {
        this(o, clientOrderId, origClientOrderId, transactTime, fills, null);
    }

    OrderResult(VenueOrder o, String clientOrderId, String origClientOrderId, long transactTime, List<Fill> fills,
                OrderListResult orderList) {
        this.orderListId = o.list == null ? -1L : o.list.orderListId;
        this.stopPrice = o.stopPrice;
        this.hasStopPrice = o.isTriggered();
        this.isWorking = o.working;
        this.preventedMatchId = o.preventedMatchId;
        this.strategyId = o.strategyId;
        this.strategyType = o.strategyType;
        this.usedSor = o.usedSor;
        this.orderList = orderList;
        this.symbol = o.symbol.spec.symbol();
        this.orderId = o.orderId;
        this.clientOrderId = clientOrderId;
        this.origClientOrderId = origClientOrderId;
        this.transactTime = transactTime;
        this.time = o.time;
        this.updateTime = o.updateTime;
        this.price = o.price;
        this.origQty = o.origQty;
        this.executedQty = o.executedQty;
        this.cummulativeQuoteQty = o.cumQuote;
        this.origQuoteOrderQty = o.origQuoteQty;
        this.status = o.status;
        this.timeInForce = o.timeInForce;
        this.type = o.type;
        this.side = o.side;
        this.workingTime = o.workingTime;
        this.selfTradePreventionMode = o.stp;
        this.newOrderRespType = o.respType;
        this.preventedQuantity = o.preventedQty;
        this.fills = fills.isEmpty() ? List.of() : List.copyOf(fills);
    }

    static BigDecimal dec(long scaled) {
        return scaled == 0 ? ZERO : Decimals.fromScaled(scaled, SCALE);
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return per-symbol order id, from 1 */
    public long orderId() {
        return orderId;
    }

    /** @return the order list's id, -1 for an order outside a list */
    public long orderListId() {
        return orderListId;
    }

    /** @return the order's client id; for a cancel, the cancel request's new client id, as Binance does */
    public String clientOrderId() {
        return clientOrderId;
    }

    /** @return for a cancel, the order's client id; otherwise null */
    public String origClientOrderId() {
        return origClientOrderId;
    }

    /** @return when this request was executed (epoch ms) */
    public long transactTime() {
        return transactTime;
    }

    /** @return when the order was placed (epoch ms) */
    public long time() {
        return time;
    }

    /** @return when the order last changed (epoch ms) */
    public long updateTime() {
        return updateTime;
    }

    /** @return limit price, 0 for MARKET */
    public BigDecimal price() {
        return dec(price);
    }

    /** @return limit price, 0 for MARKET, scale 8 */
    public long priceScaled() {
        return price;
    }

    /** @return ordered base quantity, 0 for a MARKET order sized by quote */
    public BigDecimal origQty() {
        return dec(origQty);
    }

    /** @return ordered base quantity, scale 8 */
    public long origQtyScaled() {
        return origQty;
    }

    /** @return executed base quantity */
    public BigDecimal executedQty() {
        return dec(executedQty);
    }

    /** @return executed base quantity, scale 8 */
    public long executedQtyScaled() {
        return executedQty;
    }

    /** @return executed quote amount (Binance's spelling) */
    public BigDecimal cummulativeQuoteQty() {
        return dec(cummulativeQuoteQty);
    }

    /** @return executed quote amount, scale 8 */
    public long cummulativeQuoteQtyScaled() {
        return cummulativeQuoteQty;
    }

    /** @return quoteOrderQty of a MARKET order sized by quote, else 0 */
    public BigDecimal origQuoteOrderQty() {
        return dec(origQuoteOrderQty);
    }

    /** @return quoteOrderQty of a MARKET order sized by quote, else 0, scale 8 */
    public long origQuoteOrderQtyScaled() {
        return origQuoteOrderQty;
    }

    /** @return order status */
    public OrderStatus status() {
        return status;
    }

    /** @return time in force; GTC for order types that take none (MARKET, LIMIT_MAKER), as Binance reports */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** @return order type */
    public OrderType type() {
        return type;
    }

    /** @return side */
    public Side side() {
        return side;
    }

    /** @return trigger price of stop and take-profit orders, else 0 */
    public BigDecimal stopPrice() {
        return dec(stopPrice);
    }

    /** @return trigger price, else 0, scale 8 */
    public long stopPriceScaled() {
        return stopPrice;
    }

    /** @return whether the order type has a stop price (responses print {@code stopPrice} only then) */
    public boolean hasStopPrice() {
        return hasStopPrice;
    }

    /** @return id of the latest prevented match of this order, -1 if STP never stopped it */
    public long preventedMatchId() {
        return preventedMatchId;
    }

    /** @return the request's strategyId, or {@link Long#MIN_VALUE} when not sent */
    public long strategyId() {
        return strategyId;
    }

    /** @return the request's strategyType, or {@link Long#MIN_VALUE} when not sent */
    public long strategyType() {
        return strategyType;
    }

    /** @return whether the order was placed through SOR */
    public boolean usedSor() {
        return usedSor;
    }

    /**
     * @return for a cancel of an order that belongs to an order list, the canceled list (Binance then answers with
     *         the list); otherwise null
     */
    public OrderListResult orderList() {
        return orderList;
    }

    /** @return always 0: no iceberg orders */
    public BigDecimal icebergQty() {
        return ZERO;
    }

    /** @return when the order started working, -1 while it does not (untriggered stop, pending list order) */
    public long workingTime() {
        return workingTime;
    }

    /** @return whether the order works on the book (false for an untriggered stop or a pending list order) */
    public boolean isWorking() {
        return isWorking;
    }

    /** @return the order's STP mode */
    public SelfTradePreventionMode selfTradePreventionMode() {
        return selfTradePreventionMode;
    }

    /** @return the response type the place request asked for, or its Binance default */
    public OrderResponseType newOrderRespType() {
        return newOrderRespType;
    }

    /** @return quantity expired by self-trade prevention (Binance's preventedQuantity), 0 if none */
    public BigDecimal preventedQuantity() {
        return dec(preventedQuantity);
    }

    /** @return quantity expired by self-trade prevention, scale 8 */
    public long preventedQuantityScaled() {
        return preventedQuantity;
    }

    /** @return the fills of this request (place only; empty for cancel and query) */
    public List<Fill> fills() {
        return fills;
    }

    @Override
    public String toString() {
        return "OrderResult{" + symbol + " #" + orderId + " " + clientOrderId + " " + side + " " + type + " "
                + status + " price=" + price() + " origQty=" + origQty() + " executedQty=" + executedQty()
                + " cumQuote=" + cummulativeQuoteQty() + " fills=" + fills.size() + "}";
    }
}
