package io.tradewire.core.error;

/** What an error means for the caller, in particular whether the request may have taken effect. */
public enum ErrorCategory {
    /** Certainly not executed: the exchange rejected the order or action (e.g. -2010, -2011, -1013 filter failures). */
    REJECTED,
    /**
     * The request may or may not have been executed: HTTP 5xx, -1007 TIMEOUT, -1006, -1000, or a client-side
     * timeout or disconnect after sending. Reconcile before retrying.
     */
    UNKNOWN_OUTCOME,
    /** Rate limit hit (HTTP 429, -1003, -1015): back off; continuing leads to a ban. */
    RATE_LIMITED,
    /** IP banned (HTTP 418) until {@code retryAfter}. */
    BANNED,
    /** Authentication failed: -1022 bad signature, -2014 bad API key format, -2015 key, IP or permission rejected. */
    AUTH,
    /** -1021: timestamp outside recvWindow; resynchronise the clock. */
    CLOCK,
    /** The request itself is wrong: other 4xx and -11xx parameter errors. Not executed; do not retry unchanged. */
    BAD_REQUEST
}
