package io.tradewire.simulator.market;

/** A copy of consecutive public trades, oldest first; amounts at scale 8. */
public final class Trades {
    private final long[] ids;
    private final long[] prices;
    private final long[] qtys;
    private final long[] quotes;
    private final long[] times;
    private final boolean[] buyerMaker;

    Trades(int n) {
        ids = new long[n];
        prices = new long[n];
        qtys = new long[n];
        quotes = new long[n];
        times = new long[n];
        buyerMaker = new boolean[n];
    }

    void set(int i, long id, long price, long qty, long quote, long time, boolean isBuyerMaker) {
        ids[i] = id;
        prices[i] = price;
        qtys[i] = qty;
        quotes[i] = quote;
        times[i] = time;
        buyerMaker[i] = isBuyerMaker;
    }

    /** @return number of trades */
    public int size() {
        return ids.length;
    }

    /** @param i index @return trade id */
    public long id(int i) {
        return ids[i];
    }

    /** @param i index @return price, scale 8 */
    public long price(int i) {
        return prices[i];
    }

    /** @param i index @return base quantity, scale 8 */
    public long qty(int i) {
        return qtys[i];
    }

    /** @param i index @return quote quantity, scale 8 */
    public long quoteQty(int i) {
        return quotes[i];
    }

    /** @param i index @return trade time, epoch millis */
    public long time(int i) {
        return times[i];
    }

    /** @param i index @return whether the buyer was the maker */
    public boolean buyerIsMaker(int i) {
        return buyerMaker[i];
    }
}
