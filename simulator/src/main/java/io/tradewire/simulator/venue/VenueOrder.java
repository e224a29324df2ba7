package io.tradewire.simulator.venue;

import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;

/** The venue's mutable record of one order, amounts as scale-8 longs. */
final class VenueOrder {
    final SymbolState symbol;
    final Account account;
    final long orderId;
    final String clientOrderId;
    final Side side;
    final OrderType type;
    final TimeInForce timeInForce;
    final long price;
    final long origQty;
    final long origQuoteQty;
    final SelfTradePreventionMode stp;
    final OrderResponseType respType;
    final long time;

    long executedQty;
    long cumQuote;
    long preventedQty;
    OrderStatus status = OrderStatus.NEW;
    long updateTime;
    /** Asset reserved for this order (null when nothing is), and how much of it is still reserved. */
    String lockAsset;
    long locked;

    VenueOrder(SymbolState symbol, Account account, long orderId, String clientOrderId, Side side, OrderType type,
               TimeInForce timeInForce, long price, long origQty, long origQuoteQty, SelfTradePreventionMode stp,
               OrderResponseType respType, long time) {
        this.symbol = symbol;
        this.account = account;
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.price = price;
        this.origQty = origQty;
        this.origQuoteQty = origQuoteQty;
        this.stp = stp;
        this.respType = respType;
        this.time = time;
        this.updateTime = time;
    }

    boolean isOpen() {
        return OrderStatus.NEW.equals(status) || OrderStatus.PARTIALLY_FILLED.equals(status);
    }

    boolean isBuy() {
        return Side.BUY.equals(side);
    }
}
