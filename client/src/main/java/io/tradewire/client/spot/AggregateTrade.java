package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * An aggregate trade ({@code trades.aggregate}): trades of one taker order at one price and time, summed.
 *
 * @param aggregateTradeId aggregate trade id ({@code a})
 * @param price            price ({@code p})
 * @param quantity         summed quantity ({@code q})
 * @param firstTradeId     first trade id ({@code f})
 * @param lastTradeId      last trade id ({@code l})
 * @param time             trade time ({@code T}, ms)
 * @param isBuyerMaker     whether the buyer was the maker ({@code m})
 * @param isBestMatch      whether it was the best price match ({@code M})
 */
public record AggregateTrade(long aggregateTradeId, BigDecimal price, BigDecimal quantity, long firstTradeId,
                             long lastTradeId, long time, boolean isBuyerMaker, boolean isBestMatch) {
}
