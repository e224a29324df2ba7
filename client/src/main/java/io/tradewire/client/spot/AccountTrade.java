package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code myTrades}: one of the account's trades.
 *
 * @param symbol          symbol
 * @param id              trade id
 * @param orderId         the account's order
 * @param orderListId     its list, or -1
 * @param price           price
 * @param qty             base quantity
 * @param quoteQty        quote quantity
 * @param commission      commission charged
 * @param commissionAsset commission asset
 * @param time            trade time (ms)
 * @param isBuyer         whether the account bought
 * @param isMaker         whether the account's order was the maker
 * @param isBestMatch     whether the trade was the best price match
 */
public record AccountTrade(String symbol, long id, long orderId, long orderListId, BigDecimal price, BigDecimal qty,
                           BigDecimal quoteQty, BigDecimal commission, String commissionAsset, long time,
                           boolean isBuyer, boolean isMaker, boolean isBestMatch) {
}
