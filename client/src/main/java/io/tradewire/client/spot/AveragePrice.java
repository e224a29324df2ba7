package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code avgPrice}: the current average price.
 *
 * @param minutes   the averaging interval in minutes
 * @param price     the average price
 * @param closeTime the last trade time (ms), or -1 when not reported
 */
public record AveragePrice(int minutes, BigDecimal price, long closeTime) {
}
