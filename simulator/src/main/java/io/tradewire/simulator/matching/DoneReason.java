package io.tradewire.simulator.matching;

/** Why a taker order left the engine without resting. Simulator internal. */
public enum DoneReason {
    /** Fully filled (for a MARKET order sized by quote: its budget was spent as far as the step size allows). */
    FILLED,
    /** IOC/MARKET remainder, FOK that could not fill entirely, LIMIT_MAKER that would have crossed. */
    EXPIRED,
    /** Self-trade prevention expired the taker. */
    EXPIRED_IN_MATCH
}
