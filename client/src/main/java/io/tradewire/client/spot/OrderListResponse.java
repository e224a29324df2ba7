package io.tradewire.client.spot;

import java.util.List;

/**
 * An order list (OCO, OTO, OTOCO) as the venue reported it: placed ({@code orderList.place.*}, with reports in the
 * requested response type), canceled ({@code orderList.cancel}, {@code order.cancel} of a member, with cancel
 * reports) or queried ({@code orderList.status}, {@code openOrderLists.status}, {@code allOrderLists}: no reports).
 * Vocabulary fields are kept as sent, so values Binance adds later survive; absent ones are null or -1.
 *
 * @param orderListId       list id
 * @param contingencyType   {@code OCO}, {@code OTO}, ...
 * @param listStatusType    {@code RESPONSE}, {@code EXEC_STARTED}, {@code UPDATED}, {@code ALL_DONE}
 * @param listOrderStatus   {@code EXECUTING}, {@code ALL_DONE}, {@code REJECT}
 * @param listClientOrderId the list's client id
 * @param transactionTime   when the venue processed the request (ms), or -1
 * @param symbol            symbol
 * @param orders            the member orders
 * @param orderReports      one report per member order; empty for queries
 */
public record OrderListResponse(long orderListId, String contingencyType, String listStatusType,
                                String listOrderStatus, String listClientOrderId, long transactionTime,
                                String symbol, List<OrderRef> orders, List<OrderResponse> orderReports) {
    /** Copies the lists: the value is immutable. */
    public OrderListResponse {
        orders = List.copyOf(orders);
        orderReports = List.copyOf(orderReports);
    }
}
