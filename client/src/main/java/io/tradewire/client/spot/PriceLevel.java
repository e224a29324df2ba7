package io.tradewire.client.spot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One level of an order book.
 *
 * @param price    the level's price
 * @param quantity the quantity resting at it
 */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {
    /** Checks the components are present. */
    public PriceLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
    }
}
