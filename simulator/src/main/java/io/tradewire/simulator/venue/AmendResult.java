package io.tradewire.simulator.venue;

/**
 * The answer to order.amend.keepPriority. Simulator internal.
 *
 * @param transactTime when (epoch ms)
 * @param executionId  the symbol's execution id of the amendment
 * @param amendedOrder the order after the amendment (origClientOrderId: its client id before)
 * @param listStatus   the order's list, or null for an order outside a list
 */
public record AmendResult(long transactTime, long executionId, OrderResult amendedOrder,
                          OrderListResult listStatus) {
}
