package io.tradewire.simulator.market;

/**
 * Book levels with their update ids: a snapshot ({@code firstUpdateId == lastUpdateId}, the book's lastUpdateId) or a
 * diff (levels changed in {@code [firstUpdateId, lastUpdateId]} with their new quantity, 0 when removed). Bids best
 * (highest) first, asks best (lowest) first; amounts at scale 8.
 *
 * @param firstUpdateId first update id covered ({@code U})
 * @param lastUpdateId  last update id covered ({@code u}, or {@code lastUpdateId} of a snapshot)
 * @param bidPrices     bid prices
 * @param bidQtys       bid quantities
 * @param askPrices     ask prices
 * @param askQtys       ask quantities
 */
public record DepthLevels(long firstUpdateId, long lastUpdateId, long[] bidPrices, long[] bidQtys, long[] askPrices,
                          long[] askQtys) {
}
