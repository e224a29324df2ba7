package io.tradewire.simulator.venue;

import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import java.util.ArrayList;
import java.util.List;

/** The venue's mutable record of one order, amounts as scale-8 longs. */
final class VenueOrder {
    /** Marker for "no strategyId / strategyType". */
    static final long NONE = Long.MIN_VALUE;

    final SymbolState symbol;
    final Account account;
    final long orderId;
    String clientOrderId;
    final Side side;
    final OrderType type;
    final TimeInForce timeInForce;
    final long price;
    long origQty;
    final long origQuoteQty;
    /** Trigger price of STOP_LOSS/TAKE_PROFIT(_LIMIT) orders, else 0. */
    final long stopPrice;
    final SelfTradePreventionMode stp;
    final OrderResponseType respType;
    final long time;
    final long strategyId;
    final long strategyType;
    /** The order list this order belongs to, or null. */
    VenueOrderList list;
    /** Placed through sor.order.place. */
    boolean usedSor;

    long executedQty;
    long cumQuote;
    long preventedQty;
    /** Id of the latest prevented match this order took part in, or -1. */
    long preventedMatchId = -1;
    OrderStatus status = OrderStatus.NEW;
    long updateTime;
    /** Whether the order is on the book or matching (false for untriggered stops and pending list orders). */
    boolean working;
    /** When the order started working, -1 before. */
    long workingTime = -1;
    /** Asset reserved for this order (null when nothing is), and how much of it is still reserved. */
    String lockAsset;
    long locked;
    /** An order list leg whose funds are reserved by its sibling: it reserves its own when it triggers. */
    boolean lockOnTrigger;
    /** Counted in its account's open orders of the symbol (MAX_NUM_ORDERS). */
    boolean counted;
    /** Marked while listed in the current venue call's touched orders. */
    boolean touched;
    /** Amendments (order.amend.keepPriority), oldest first; null until the first. */
    List<Amendment> amendments;
    /** Left the open states (moved to its account's closed queue), and when: the venue forgets the oldest. */
    boolean closed;
    long closedAt;
    // Links of the intrusive lists of AccountOrders: retained orders by id, open orders by id, closed queue.
    VenueOrder prevRetained;
    VenueOrder nextRetained;
    VenueOrder prevOpen;
    VenueOrder nextOpen;
    VenueOrder nextClosed;

    VenueOrder(SymbolState symbol, Account account, long orderId, String clientOrderId, Side side, OrderType type,
               TimeInForce timeInForce, long price, long origQty, long origQuoteQty, SelfTradePreventionMode stp,
               OrderResponseType respType, long time) {
        this(symbol, account, orderId, clientOrderId, side, type, timeInForce, price, origQty, origQuoteQty, 0L, stp,
                respType, time, NONE, NONE);
    }

    VenueOrder(SymbolState symbol, Account account, long orderId, String clientOrderId, Side side, OrderType type,
               TimeInForce timeInForce, long price, long origQty, long origQuoteQty, long stopPrice,
               SelfTradePreventionMode stp, OrderResponseType respType, long time, long strategyId,
               long strategyType) {
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
        this.stopPrice = stopPrice;
        this.stp = stp;
        this.respType = respType;
        this.time = time;
        this.updateTime = time;
        this.strategyId = strategyId;
        this.strategyType = strategyType;
    }

    boolean isOpen() {
        return OrderStatus.NEW.equals(status) || OrderStatus.PARTIALLY_FILLED.equals(status)
                || OrderStatus.PENDING_NEW.equals(status);
    }

    boolean isBuy() {
        return Side.BUY.equals(side);
    }

    /** STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT or TAKE_PROFIT_LIMIT. */
    boolean isTriggered() {
        return isStopType(type);
    }

    static boolean isStopType(OrderType t) {
        return OrderType.STOP_LOSS.equals(t) || OrderType.STOP_LOSS_LIMIT.equals(t) || OrderType.TAKE_PROFIT.equals(t)
                || OrderType.TAKE_PROFIT_LIMIT.equals(t);
    }

    /** True when the stop fires as the last price rises to it (STOP_LOSS BUY, TAKE_PROFIT SELL). */
    boolean triggersOnRise() {
        boolean stopLoss = OrderType.STOP_LOSS.equals(type) || OrderType.STOP_LOSS_LIMIT.equals(type);
        return stopLoss == isBuy();
    }

    /** Open quantity: ordered minus executed minus prevented by STP. */
    long openQty() {
        return origQty - executedQty - preventedQty;
    }

    void addAmendment(Amendment a) {
        if (amendments == null) {
            amendments = new ArrayList<>();
        }
        amendments.add(a);
    }
}
