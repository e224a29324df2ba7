package io.tradewire.simulator.matching;

/** How an incoming order interacts with the book. Simulator internal. */
public enum OrderKind {
    /** Limit, good till canceled: matches what it can, rests the remainder. */
    LIMIT_GTC,
    /** Limit, immediate or cancel: matches what it can, expires the remainder. */
    LIMIT_IOC,
    /** Limit, fill or kill: matches its whole quantity or nothing at all (no trade is emitted when it expires). */
    LIMIT_FOK,
    /** Post-only limit: expires untouched if it would cross the book, otherwise rests. */
    LIMIT_MAKER,
    /** Market: no price limit, behaves as IOC; sized by base quantity or by quote amount. */
    MARKET
}
