/**
 * Internal: the client-side rate limiter. It counts what the venue counts, in the venue's windows, corrects itself
 * from every {@code rateLimits} block, and stops a request before the venue would answer 429; after a 429 or 418 it
 * holds every request until {@code retryAfter}.
 */
package io.tradewire.client.ratelimit;
