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
    EXPIRE_BOTH
}
