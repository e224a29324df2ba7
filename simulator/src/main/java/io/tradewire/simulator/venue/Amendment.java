package io.tradewire.simulator.venue;

import java.math.BigDecimal;

/**
 * One order.amend.keepPriority applied to an order, as order.amendments lists it. Simulator internal.
 *
 * @param symbol            symbol
 * @param orderId           the amended order
 * @param executionId       the symbol's execution id of the amendment
 * @param origClientOrderId client id before
 * @param newClientOrderId  client id after
 * @param origQty           quantity before
 * @param newQty            quantity after
 * @param time              when (epoch ms)
 */
public record Amendment(String symbol, long orderId, long executionId, String origClientOrderId,
                        String newClientOrderId, BigDecimal origQty, BigDecimal newQty, long time) {
}
