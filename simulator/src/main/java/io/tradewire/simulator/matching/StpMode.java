package io.tradewire.simulator.matching;

/**
 * Self-trade prevention applied when taker and maker have the same owner. As on Binance, only the taker's mode counts.
 * Simulator internal.
 */
public enum StpMode {
    /** Self-trades happen like any other trade. */
    NONE,
    /** The taker's remaining quantity expires (EXPIRED_IN_MATCH); the maker stays. */
    EXPIRE_TAKER,
    /** The maker's remaining quantity expires; the taker keeps matching. Binance's usual symbol default. */
    EXPIRE_MAKER,
    /** Both the maker's and the taker's remaining quantities expire. */
    EXPIRE_BOTH,
    /**
     * Both orders lose the smaller of their open quantities (their prevented quantity grows by it); the one that is
     * left with nothing expires (both when equal), the other keeps its place or keeps matching. Binance's TRANSFER
     * behaves like this between orders of one account.
     */
    DECREMENT
}
