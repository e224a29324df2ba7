package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code ticker.book}: the best bid and ask of a symbol.
 *
 * @param symbol   symbol
 * @param bidPrice best bid price
 * @param bidQty   quantity at the best bid
 * @param askPrice best ask price
 * @param askQty   quantity at the best ask
 */
public record BookTicker(String symbol, BigDecimal bidPrice, BigDecimal bidQty, BigDecimal askPrice,
                         BigDecimal askQty) {
}
