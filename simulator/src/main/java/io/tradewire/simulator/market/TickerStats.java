package io.tradewire.simulator.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Price change statistics of a symbol over a window; prices and amounts at scale 8. Without trades in the window,
 * open/high/low are 0, first/last id -1 and count 0.
 *
 * @param symbol      the symbol
 * @param openTime    window start, epoch millis
 * @param closeTime   window end, epoch millis
 * @param open        first trade price in the window
 * @param high        highest price
 * @param low         lowest price
 * @param last        last price (of the symbol, even before the window)
 * @param lastQty     last trade quantity
 * @param prevClose   price of the trade before the window's first
 * @param volume      base volume
 * @param quoteVolume quote volume
 * @param firstId     first trade id
 * @param lastId      last trade id
 * @param count       number of trades
 * @param book        best bid and ask at the time of computing
 */
public record TickerStats(String symbol, long openTime, long closeTime, long open, long high, long low, long last,
                          long lastQty, long prevClose, long volume, long quoteVolume, long firstId, long lastId,
                          long count, BookTop book) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @return last minus open, scale 8 (0 without trades) */
    public long priceChange() {
        return count == 0 ? 0 : last - open;
    }

    /** @return price change in percent with 3 decimals, as Binance writes it */
    public String priceChangePercent() {
        if (count == 0 || open == 0) {
            return "0.000";
        }
        return BigDecimal.valueOf(last - open).multiply(HUNDRED).divide(BigDecimal.valueOf(open), 3,
                RoundingMode.HALF_UP).toPlainString();
    }

    /** @return quote volume / volume, scale 8 (0 without volume) */
    public long weightedAvgPrice() {
        if (volume == 0) {
            return 0;
        }
        return BigDecimal.valueOf(quoteVolume).movePointRight(8).divide(BigDecimal.valueOf(volume), 0,
                RoundingMode.HALF_UP).longValueExact();
    }
}
