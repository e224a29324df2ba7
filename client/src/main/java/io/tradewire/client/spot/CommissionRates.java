package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * Commission rates (fractions: 0.001 is 0.1 %).
 *
 * @param maker  rate for maker trades
 * @param taker  rate for taker trades
 * @param buyer  extra rate for the buyer, or null when not reported
 * @param seller extra rate for the seller, or null when not reported
 */
public record CommissionRates(BigDecimal maker, BigDecimal taker, BigDecimal buyer, BigDecimal seller) {
}
