package io.tradewire.simulator.matching;

/**
 * Receives the outcome of {@link OrderBook#submit} synchronously, on the caller's thread, in event order: trades and
 * maker expiries as they happen, then exactly one of {@link #onRested} or {@link #onTakerDone}.
 *
 * <p>Callbacks run while the book is mid-operation: they must not call back into the same book. Simulator internal.
 */
public interface MatchListener {
    /**
     * A trade between the incoming order and a resting one, at the maker's price.
     *
     * @param takerOrderId the incoming order
     * @param makerOrderId the resting order
     * @param priceScaled  execution price (the maker's)
     * @param qtyScaled    executed base quantity
     * @param takerIsBuy   side of the taker
     */
    void onTrade(long takerOrderId, long makerOrderId, long priceScaled, long qtyScaled, boolean takerIsBuy);

    /**
     * The incoming order (a LIMIT_GTC or LIMIT_MAKER) now rests on the book with its remaining quantity.
     *
     * @param orderId the order that rests
     */
    void onRested(long orderId);

    /**
     * The incoming order left the engine without resting.
     *
     * @param orderId            the order
     * @param remainingQtyScaled unfilled base quantity; for a MARKET order sized by quote, the unspent quote amount
     * @param reason             why it is done
     */
    void onTakerDone(long orderId, long remainingQtyScaled, DoneReason reason);

    /**
     * Self-trade prevention removed a resting order from the book.
     *
     * @param makerOrderId       the resting order that expired
     * @param remainingQtyScaled its quantity that was still open
     */
    void onMakerExpired(long makerOrderId, long remainingQtyScaled);

    /**
     * Self-trade prevention stopped a trade between the incoming order and a resting one of the same owner. Called
     * before the callbacks that follow from it ({@link #onMakerExpired}, {@link #onTakerDone} with
     * {@link DoneReason#EXPIRED_IN_MATCH}); with {@link StpMode#DECREMENT} the quantities are taken off the orders,
     * and an order that keeps quantity gets no other callback for this event.
     *
     * @param takerOrderId      the incoming order
     * @param makerOrderId      the resting order
     * @param priceScaled       the maker's price
     * @param takerPreventedQty base quantity the taker lost (0 when the mode spares it; for a MARKET order sized by
     *                          quote, what its remaining budget could have bought from this maker)
     * @param makerPreventedQty base quantity the maker lost (0 when the mode spares it)
     */
    default void onPreventedMatch(long takerOrderId, long makerOrderId, long priceScaled, long takerPreventedQty,
                                  long makerPreventedQty) {
    }
}
