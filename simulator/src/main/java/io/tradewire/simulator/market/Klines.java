package io.tradewire.simulator.market;

/**
 * A copy of consecutive klines, oldest first; amounts at scale 8. Intervals without trades are present with open,
 * high, low and close at the previous close, zero volumes, and first/last trade id -1.
 */
public final class Klines {
    private final long[] data;
    private final int size;

    Klines(int n) {
        data = new long[Math.max(1, n) * CandleRing.STRIDE];
        size = n;
    }

    long[] raw() {
        return data;
    }

    /** @return number of klines */
    public int size() {
        return size;
    }

    private long f(int i, int field) {
        return data[i * CandleRing.STRIDE + field];
    }

    /** @param i index @return open time, epoch millis */
    public long openTime(int i) {
        return f(i, CandleRing.OPEN);
    }

    /** @param i index @return close time, epoch millis (next open time - 1) */
    public long closeTime(int i) {
        return f(i, CandleRing.CLOSE_TIME);
    }

    /** @param i index @return open price */
    public long open(int i) {
        return f(i, CandleRing.O);
    }

    /** @param i index @return high price */
    public long high(int i) {
        return f(i, CandleRing.H);
    }

    /** @param i index @return low price */
    public long low(int i) {
        return f(i, CandleRing.L);
    }

    /** @param i index @return close price */
    public long close(int i) {
        return f(i, CandleRing.C);
    }

    /** @param i index @return base volume */
    public long volume(int i) {
        return f(i, CandleRing.VOLUME);
    }

    /** @param i index @return quote volume */
    public long quoteVolume(int i) {
        return f(i, CandleRing.QUOTE_VOLUME);
    }

    /** @param i index @return number of trades */
    public long count(int i) {
        return f(i, CandleRing.COUNT);
    }

    /** @param i index @return first trade id, -1 without trades */
    public long firstId(int i) {
        return f(i, CandleRing.FIRST_ID);
    }

    /** @param i index @return last trade id, -1 without trades */
    public long lastId(int i) {
        return f(i, CandleRing.LAST_ID);
    }

    /** @param i index @return base volume bought by takers */
    public long takerBuyVolume(int i) {
        return f(i, CandleRing.TAKER_BUY_VOLUME);
    }

    /** @param i index @return quote volume bought by takers */
    public long takerBuyQuoteVolume(int i) {
        return f(i, CandleRing.TAKER_BUY_QUOTE);
    }
}
