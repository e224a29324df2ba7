package io.tradewire.client.spot;

import java.util.List;

/**
 * {@code listStatus}: an order list changed, sent next to the members' execution reports. Vocabulary fields are
 * kept as sent.
 *
 * @param eventTime         event time ({@code E}, ms)
 * @param symbol            symbol ({@code s})
 * @param orderListId       list id ({@code g})
 * @param contingencyType   {@code OCO}, {@code OTO}, ... ({@code c})
 * @param listStatusType    {@code RESPONSE}, {@code EXEC_STARTED}, {@code UPDATED}, {@code ALL_DONE} ({@code l})
 * @param listOrderStatus   {@code EXECUTING}, {@code ALL_DONE}, {@code REJECT} ({@code L})
 * @param listRejectReason  reject reason, {@code NONE} if none ({@code r})
 * @param listClientOrderId the list's client id ({@code C})
 * @param transactionTime   transaction time ({@code T}, ms)
 * @param orders            the member orders ({@code O})
 */
public record ListStatus(long eventTime, String symbol, long orderListId, String contingencyType,
                         String listStatusType, String listOrderStatus, String listRejectReason,
                         String listClientOrderId, long transactionTime, List<OrderRef> orders)
        implements UserDataEvent {
    /** Copies the list: the value is immutable. */
    public ListStatus {
        orders = List.copyOf(orders);
    }

    @Override
    public String eventType() {
        return "listStatus";
    }
}
