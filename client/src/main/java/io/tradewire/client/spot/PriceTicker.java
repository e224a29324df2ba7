package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code ticker.price}: the latest price of a symbol.
 *
 * @param symbol symbol
 * @param price  last price
 */
public record PriceTicker(String symbol, BigDecimal price) {
}
