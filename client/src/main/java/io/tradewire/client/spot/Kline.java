package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * A candlestick bar ({@code klines}, {@code uiKlines}).
 *
 * @param openTime            open time (ms)
 * @param open                open price
 * @param high                high price
 * @param low                 low price
 * @param close               close price
 * @param volume              base volume
 * @param closeTime           close time (ms)
 * @param quoteVolume         quote volume
 * @param tradeCount          number of trades
 * @param takerBuyBaseVolume  taker buy base volume
 * @param takerBuyQuoteVolume taker buy quote volume
 */
public record Kline(long openTime, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                    BigDecimal volume, long closeTime, BigDecimal quoteVolume, long tradeCount,
                    BigDecimal takerBuyBaseVolume, BigDecimal takerBuyQuoteVolume) {
}
