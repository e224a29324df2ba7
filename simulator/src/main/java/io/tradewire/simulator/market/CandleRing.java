package io.tradewire.simulator.market;

/**
 * The klines of one interval that had trades, oldest first, in one primitive array (a ring of fixed capacity: the
 * oldest kline is dropped when a new one does not fit). Intervals without trades are not stored; queries fill them.
 */
final class CandleRing {
    static final int OPEN = 0;
    static final int O = 1;
    static final int H = 2;
    static final int L = 3;
    static final int C = 4;
    static final int VOLUME = 5;
    static final int QUOTE_VOLUME = 6;
    static final int COUNT = 7;
    static final int FIRST_ID = 8;
    static final int LAST_ID = 9;
    static final int TAKER_BUY_VOLUME = 10;
    static final int TAKER_BUY_QUOTE = 11;
    static final int CLOSE_TIME = 12;
    static final int STRIDE = 13;

    /** Grows by doubling up to {@code capacity} klines, so that quiet symbols and intervals stay small. */
    private long[] data;
    private final int capacity;
    private int start;
    private int count;

    CandleRing(int capacity) {
        this.capacity = capacity;
        this.data = new long[Math.min(capacity, 16) * STRIDE];
    }

    int size() {
        return count;
    }

    /** Field {@code field} of the {@code i}-th stored kline, 0 = oldest. */
    long get(int i, int field) {
        return data[((start + i) % capacity) * STRIDE + field];
    }

    /** Adds a trade to the kline opening at {@code openTime}, starting that kline if it is not the newest. */
    void add(long openTime, long closeTime, long price, long qty, long quote, long tradeId, boolean takerBuy) {
        int base;
        if (count > 0 && get(count - 1, OPEN) == openTime) {
            base = ((start + count - 1) % capacity) * STRIDE;
            if (price > data[base + H]) {
                data[base + H] = price;
            }
            if (price < data[base + L]) {
                data[base + L] = price;
            }
            data[base + C] = price;
            data[base + VOLUME] += qty;
            data[base + QUOTE_VOLUME] += quote;
            data[base + COUNT]++;
            data[base + LAST_ID] = tradeId;
        } else {
            base = append(openTime, closeTime);
            data[base + O] = price;
            data[base + H] = price;
            data[base + L] = price;
            data[base + C] = price;
            data[base + VOLUME] = qty;
            data[base + QUOTE_VOLUME] = quote;
            data[base + COUNT] = 1;
            data[base + FIRST_ID] = tradeId;
            data[base + LAST_ID] = tradeId;
            data[base + TAKER_BUY_VOLUME] = 0;
            data[base + TAKER_BUY_QUOTE] = 0;
        }
        if (takerBuy) {
            data[base + TAKER_BUY_VOLUME] += qty;
            data[base + TAKER_BUY_QUOTE] += quote;
        }
    }

    /** Merges a whole kline (of a finer interval) into the kline opening at {@code openTime}. */
    void merge(long openTime, long closeTime, CandleRing src, int i) {
        int base;
        if (count > 0 && get(count - 1, OPEN) == openTime) {
            base = ((start + count - 1) % capacity) * STRIDE;
            data[base + H] = Math.max(data[base + H], src.get(i, H));
            data[base + L] = Math.min(data[base + L], src.get(i, L));
            data[base + C] = src.get(i, C);
            data[base + VOLUME] += src.get(i, VOLUME);
            data[base + QUOTE_VOLUME] += src.get(i, QUOTE_VOLUME);
            data[base + COUNT] += src.get(i, COUNT);
            data[base + LAST_ID] = src.get(i, LAST_ID);
            data[base + TAKER_BUY_VOLUME] += src.get(i, TAKER_BUY_VOLUME);
            data[base + TAKER_BUY_QUOTE] += src.get(i, TAKER_BUY_QUOTE);
        } else {
            base = append(openTime, closeTime);
            for (int f = O; f < CLOSE_TIME; f++) {
                data[base + f] = src.get(i, f);
            }
        }
    }

    private int append(long openTime, long closeTime) {
        if (count * STRIDE == data.length && count < capacity) {
            // Not yet wrapped (start == 0): a plain copy keeps the order.
            data = java.util.Arrays.copyOf(data, Math.min(capacity, count * 2) * STRIDE);
        }
        if (count == capacity) {
            start = (start + 1) % capacity;
            count--;
        }
        int base = ((start + count) % capacity) * STRIDE;
        count++;
        data[base + OPEN] = openTime;
        data[base + CLOSE_TIME] = closeTime;
        return base;
    }

    /** Index of the first kline opening at or after {@code time}; {@link #size()} when there is none. */
    int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (get(mid, OPEN) < time) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
