package io.tradewire.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One trade of an order, as listed in a FULL order response. Simulator internal.
 *
 * @param price           execution price
 * @param qty             executed base quantity
 * @param commission      commission charged (always 0 for now)
 * @param commissionAsset the asset the order received (base for BUY, quote for SELL)
 * @param tradeId         per-symbol trade id, from 1
 */
public record Fill(BigDecimal price, BigDecimal qty, BigDecimal commission, String commissionAsset, long tradeId) {
    /**
     * Validates non-null components.
     *
     * @param price see the record description
     * @param qty see the record description
     * @param commission see the record description
     * @param commissionAsset see the record description
     * @param tradeId see the record description
     */
    public Fill {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(qty, "qty");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(commissionAsset, "commissionAsset");
    }
}
