package io.tradewire.simulator.market;

/**
 * Best bid and ask with their quantities (0 when a side is empty), scale 8, and the book's update id.
 *
 * @param bidPrice best bid price
 * @param bidQty   quantity at the best bid
 * @param askPrice best ask price
 * @param askQty   quantity at the best ask
 * @param updateId the book's last update id
 */
public record BookTop(long bidPrice, long bidQty, long askPrice, long askQty, long updateId) {
    /** No levels on either side. */
    public static final BookTop EMPTY = new BookTop(0, 0, 0, 0, 0);
}
