package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code myAllocations}: one allocation of an order placed through the smart order router.
 *
 * @param symbol          symbol
 * @param allocationId    allocation id
 * @param allocationType  {@code SOR}, or a type Binance adds later
 * @param orderId         the account's order
 * @param orderListId     its list, or -1
 * @param price           price
 * @param qty             base quantity
 * @param quoteQty        quote quantity
 * @param commission      commission charged
 * @param commissionAsset commission asset
 * @param time            allocation time (ms)
 * @param isBuyer         whether the account bought
 * @param isMaker         whether the account's order was the maker
 * @param isAllocator     whether the account was the allocator
 */
public record Allocation(String symbol, long allocationId, String allocationType, long orderId, long orderListId,
                         BigDecimal price, BigDecimal qty, BigDecimal quoteQty, BigDecimal commission,
                         String commissionAsset, long time, boolean isBuyer, boolean isMaker,
                         boolean isAllocator) {
}
