package io.tradewire.simulator.market;

/**
 * The average price over the last {@value #MINUTES} minutes, as Binance computes it: sum of quote / sum of quantity of
 * the trades in the window; without trades in the window, the last trade's price; without any trade, 0.
 *
 * @param price     scale 8
 * @param closeTime time of the last trade, epoch millis (0 without trades)
 */
public record AvgPrice(long price, long closeTime) {
    /** Window length in minutes. */
    public static final int MINUTES = 5;
}
