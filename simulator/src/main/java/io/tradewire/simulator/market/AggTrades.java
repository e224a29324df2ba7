package io.tradewire.simulator.market;

/** A copy of consecutive aggregate trades, oldest first; amounts at scale 8. */
public final class AggTrades {
    private final long[] data;
    private final boolean[] buyerMaker;
    private static final int STRIDE = 6;

    AggTrades(int n) {
        data = new long[n * STRIDE];
        buyerMaker = new boolean[n];
    }

    void set(int i, long aggId, long price, long qty, long firstId, long lastId, long time, boolean isBuyerMaker) {
        int b = i * STRIDE;
        data[b] = aggId;
        data[b + 1] = price;
        data[b + 2] = qty;
        data[b + 3] = firstId;
        data[b + 4] = lastId;
        data[b + 5] = time;
        buyerMaker[i] = isBuyerMaker;
    }

    /** @return number of aggregate trades */
    public int size() {
        return buyerMaker.length;
    }

    /** @param i index @return aggregate trade id */
    public long aggId(int i) {
        return data[i * STRIDE];
    }

    /** @param i index @return price, scale 8 */
    public long price(int i) {
        return data[i * STRIDE + 1];
    }

    /** @param i index @return total base quantity, scale 8 */
    public long qty(int i) {
        return data[i * STRIDE + 2];
    }

    /** @param i index @return first trade id */
    public long firstId(int i) {
        return data[i * STRIDE + 3];
    }

    /** @param i index @return last trade id */
    public long lastId(int i) {
        return data[i * STRIDE + 4];
    }

    /** @param i index @return trade time, epoch millis */
    public long time(int i) {
        return data[i * STRIDE + 5];
    }

    /** @param i index @return whether the buyer was the maker */
    public boolean buyerIsMaker(int i) {
        return buyerMaker[i];
    }
}
