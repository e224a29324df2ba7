package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * Price change statistics of a symbol over a window: {@code ticker.24hr}, {@code ticker.tradingDay} and
 * {@code ticker} (rolling window). Which fields are present depends on the method and on the type asked for
 * ({@code MINI} carries no price change, bid/ask or last quantity): absent decimals are null, absent ids and times -1.
 *
 * @param symbol             symbol
 * @param priceChange        absolute price change, or null
 * @param priceChangePercent relative price change in percent, or null
 * @param weightedAvgPrice   quote volume / volume, or null
 * @param prevClosePrice     previous close ({@code ticker.24hr} FULL only), or null
 * @param lastPrice          last price, or null
 * @param lastQty            last quantity ({@code ticker.24hr} FULL only), or null
 * @param bidPrice           best bid ({@code ticker.24hr} FULL only), or null
 * @param bidQty             best bid quantity, or null
 * @param askPrice           best ask, or null
 * @param askQty             best ask quantity, or null
 * @param openPrice          open price, or null
 * @param highPrice          high price, or null
 * @param lowPrice           low price, or null
 * @param volume             base volume, or null
 * @param quoteVolume        quote volume, or null
 * @param openTime           window open (ms), or -1
 * @param closeTime          window close (ms), or -1
 * @param firstId            first trade id, or -1
 * @param lastId             last trade id, or -1
 * @param count              number of trades, or -1
 */
public record TickerStatistics(String symbol, BigDecimal priceChange, BigDecimal priceChangePercent,
                               BigDecimal weightedAvgPrice, BigDecimal prevClosePrice, BigDecimal lastPrice,
                               BigDecimal lastQty, BigDecimal bidPrice, BigDecimal bidQty, BigDecimal askPrice,
                               BigDecimal askQty, BigDecimal openPrice, BigDecimal highPrice, BigDecimal lowPrice,
                               BigDecimal volume, BigDecimal quoteVolume, long openTime, long closeTime,
                               long firstId, long lastId, long count) {
}
