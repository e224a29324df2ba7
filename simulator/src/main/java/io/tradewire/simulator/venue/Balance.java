package io.tradewire.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One asset's balance of an account, with 8 decimals like Binance prints them. Simulator internal.
 *
 * @param free   available for new orders
 * @param locked reserved by open orders
 */
public record Balance(BigDecimal free, BigDecimal locked) {
    /**
     * Validates non-null components.
     *
     * @param free see the record description
     * @param locked see the record description
     */
    public Balance {
        Objects.requireNonNull(free, "free");
        Objects.requireNonNull(locked, "locked");
    }
}
