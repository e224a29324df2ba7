package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * A market trade ({@code trades.recent}, {@code trades.historical}).
 *
 * @param id           trade id
 * @param price        price
 * @param qty          base quantity
 * @param quoteQty     quote quantity, or null when not reported
 * @param time         trade time (ms)
 * @param isBuyerMaker whether the buyer was the maker
 * @param isBestMatch  whether the trade was the best price match
 */
public record Trade(long id, BigDecimal price, BigDecimal qty, BigDecimal quoteQty, long time, boolean isBuyerMaker,
                    boolean isBestMatch) {
}
