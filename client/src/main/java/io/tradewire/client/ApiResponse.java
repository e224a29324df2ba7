package io.tradewire.client;

import io.tradewire.core.ratelimit.RateLimit;

import java.util.List;
import java.util.Objects;

/**
 * A successful answer from the venue: the typed result and the rate-limit usage the venue reported with it.
 *
 * @param <T> the result type
 */
public final class ApiResponse<T> {
    private final T result;
    private final int status;
    private final List<RateLimit> rateLimits;
    private final long roundTripNs;

    /**
     * @param result      the decoded result
     * @param status      the status the venue reported (200 for success)
     * @param rateLimits  rate-limit usage sent with the answer, empty when the venue sent none
     * @param roundTripNs time from writing the request to decoding the answer
     */
    public ApiResponse(T result, int status, List<RateLimit> rateLimits, long roundTripNs) {
        this.result = Objects.requireNonNull(result, "result");
        this.status = status;
        this.rateLimits = List.copyOf(rateLimits);
        this.roundTripNs = roundTripNs;
    }

    /** @return the decoded result */
    public T result() {
        return result;
    }

    /** @return the status the venue reported */
    public int status() {
        return status;
    }

    /** @return rate-limit usage sent with the answer; empty when the venue sent none */
    public List<RateLimit> rateLimits() {
        return rateLimits;
    }

    /** @return nanoseconds from writing the request to decoding its answer */
    public long roundTripNs() {
        return roundTripNs;
    }

    @Override
    public String toString() {
        return "ApiResponse{status=" + status + ", result=" + result + ", rateLimits=" + rateLimits
                + ", roundTripNs=" + roundTripNs + '}';
    }
}
