package io.tradewire.client.spot;

import java.util.List;

/**
 * {@code openOrders.cancelAll}: the canceled orders, and the order lists canceled because a member was open.
 *
 * @param orders     cancel reports of single orders
 * @param orderLists canceled order lists, each with its members' cancel reports
 */
public record CanceledOrders(List<OrderResponse> orders, List<OrderListResponse> orderLists) {
    /** Copies the lists: the value is immutable. */
    public CanceledOrders {
        orders = List.copyOf(orders);
        orderLists = List.copyOf(orderLists);
    }
}
