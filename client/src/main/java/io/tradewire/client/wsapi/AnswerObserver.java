package io.tradewire.client.wsapi;

import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.ratelimit.RateLimit;

import java.util.List;

/**
 * Sees every answer of a connection on its I/O thread, just before the request's future completes: where the
 * client keeps its rate limiter and clock up to date without a completion stage per request. Must not block.
 */
public interface AnswerObserver {
    /** Observes nothing. */
    AnswerObserver NONE = new AnswerObserver() {
        @Override
        public void onAnswer(String method, Object result, List<RateLimit> rateLimits) {
        }

        @Override
        public void onError(String method, BinanceApiException error) {
        }
    };

    /**
     * A successful answer.
     *
     * @param method     the request's method
     * @param result     its decoded result
     * @param rateLimits the usage the venue reported with it (empty when none)
     */
    void onAnswer(String method, Object result, List<RateLimit> rateLimits);

    /**
     * An error the venue answered (not a timeout or a lost connection).
     *
     * @param method the request's method
     * @param error  the venue's error
     */
    void onError(String method, BinanceApiException error);
}
