package io.tradewire.client.spot;

/**
 * {@code order.amend.keepPriority}: the amended order, and its list when it belongs to one.
 *
 * @param transactTime when the venue processed it (ms)
 * @param executionId  the amendment's execution id
 * @param amendedOrder the order after the amendment
 * @param listStatus   the order's list (no reports), or null for a single order
 */
public record AmendResult(long transactTime, long executionId, AmendedOrder amendedOrder,
                          OrderListResponse listStatus) {
}
