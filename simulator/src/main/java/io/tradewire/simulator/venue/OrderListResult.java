package io.tradewire.simulator.venue;

import java.util.List;

/**
 * An order list as the venue reports it (orderList.place.*, orderList.status, orderList.cancel). Immutable. Simulator
 * internal.
 */
public final class OrderListResult {
    private final long orderListId;
    private final String contingencyType;
    private final String listStatusType;
    private final String listOrderStatus;
    private final String listClientOrderId;
    private final long transactionTime;
    private final String symbol;
    private final List<OrderResult> orders;

    OrderListResult(VenueOrderList l, List<OrderResult> orders) {
        this(l, orders, l.listStatusType, l.listOrderStatus);
    }

    OrderListResult(VenueOrderList l, List<OrderResult> orders, String listStatusType, String listOrderStatus) {
        this.orderListId = l.orderListId;
        this.contingencyType = l.contingencyType;
        this.listStatusType = listStatusType;
        this.listOrderStatus = listOrderStatus;
        this.listClientOrderId = l.listClientOrderId;
        this.transactionTime = l.transactionTime;
        this.symbol = l.symbol.spec.symbol();
        this.orders = List.copyOf(orders);
    }

    /** @return the list's id */
    public long orderListId() {
        return orderListId;
    }

    /** @return "OCO" or "OTO" (an OTOCO reports "OTO", as Binance does) */
    public String contingencyType() {
        return contingencyType;
    }

    /** @return "EXEC_STARTED" or "ALL_DONE" */
    public String listStatusType() {
        return listStatusType;
    }

    /** @return "EXECUTING" or "ALL_DONE" */
    public String listOrderStatus() {
        return listOrderStatus;
    }

    /** @return the list's client id */
    public String listClientOrderId() {
        return listClientOrderId;
    }

    /** @return when the list last changed status (epoch ms) */
    public long transactionTime() {
        return transactionTime;
    }

    /** @return symbol */
    public String symbol() {
        return symbol;
    }

    /** @return the list's orders in placement order, as of this report (their fills are this request's) */
    public List<OrderResult> orders() {
        return orders;
    }

    @Override
    public String toString() {
        return "OrderListResult{#" + orderListId + " " + contingencyType + " " + listStatusType + " "
                + listOrderStatus + " " + orders + "}";
    }
}
