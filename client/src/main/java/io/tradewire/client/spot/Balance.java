package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * An asset's balance.
 *
 * @param asset  asset
 * @param free   available
 * @param locked locked in open orders
 */
public record Balance(String asset, BigDecimal free, BigDecimal locked) {
}
