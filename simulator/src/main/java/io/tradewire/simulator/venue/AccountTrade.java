package io.tradewire.simulator.venue;

/**
 * One of an account's trades, as myTrades lists it; amounts are scale-8 longs. Simulator internal.
 *
 * @param symbol          symbol
 * @param id              the symbol's trade id
 * @param orderId         the account's order
 * @param orderListId     its order list, or -1
 * @param priceScaled     price
 * @param qtyScaled       base quantity
 * @param quoteQtyScaled  quote quantity
 * @param commissionScaled commission charged to the account for this trade
 * @param commissionAsset the asset the commission was taken from (the one received)
 * @param time            execution time (epoch ms)
 * @param isBuyer         whether the account bought
 * @param isMaker         whether the account's order rested
 */
public record AccountTrade(String symbol, long id, long orderId, long orderListId, long priceScaled, long qtyScaled,
                           long quoteQtyScaled, long commissionScaled, String commissionAsset, long time,
                           boolean isBuyer, boolean isMaker, long allocationId) {

    /** @return whether this trade is an SOR allocation (it filled an order placed through SOR) */
    public boolean isAllocation() {
        return allocationId >= 0;
    }
}
