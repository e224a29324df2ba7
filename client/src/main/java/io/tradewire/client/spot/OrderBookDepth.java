package io.tradewire.client.spot;

import java.util.List;

/**
 * {@code depth}: a snapshot of the order book.
 *
 * @param lastUpdateId the last update id the snapshot includes (to sync with the diff-depth stream)
 * @param bids         bid levels, best (highest) first
 * @param asks         ask levels, best (lowest) first
 */
public record OrderBookDepth(long lastUpdateId, List<PriceLevel> bids, List<PriceLevel> asks) {
    /** Copies the lists: the value is immutable. */
    public OrderBookDepth {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
