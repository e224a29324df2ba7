package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code order.amendments}: one amendment of an order's quantity.
 *
 * @param symbol            symbol
 * @param orderId           venue order id
 * @param executionId       the amendment's execution id
 * @param origClientOrderId client order id before
 * @param newClientOrderId  client order id after
 * @param origQty           quantity before
 * @param newQty            quantity after
 * @param time              when (ms)
 */
public record OrderAmendment(String symbol, long orderId, long executionId, String origClientOrderId,
                             String newClientOrderId, BigDecimal origQty, BigDecimal newQty, long time) {
}
