package io.tradewire.client;

/** What a request does when the limiter has no room for it. */
public enum RateLimitPolicy {
    /** Complete at once with a RATE_LIMITED (or BANNED) error; nothing is sent. */
    FAIL_FAST,
    /** Wait, without blocking a thread, until the window that is full turns over, then send. */
    WAIT
}
