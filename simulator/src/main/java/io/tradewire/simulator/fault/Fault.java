package io.tradewire.simulator.fault;

import io.tradewire.core.signing.Redaction;
import java.time.Duration;
import java.util.Objects;

/**
 * One misbehaviour to inject: a {@link FaultKind} and what it targets. Immutable; every {@code with}-style
 * method returns a copy.
 *
 * <pre>{@code
 * sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place").count(1));
 * sim.faults().inject(Fault.of(FaultKind.DELAY_RESPONSE).apiKey(key).delay(Duration.ofMillis(300)).always());
 * }</pre>
 *
 * <p>Targets combine: a fault applies to a request (ping, user data event) that matches its method (for user
 * data: event type such as {@code executionReport}) and its API key, when set; it applies {@link #count()}
 * times (default once), then is spent. Requests without an API key never match a fault that names one.
 */
public final class Fault {
    /** {@link #count()} of a fault that never runs out. */
    public static final int ALWAYS = -1;
    private static final long DEFAULT_DELAY_MS = 1_000;
    private static final long DEFAULT_BAN_MS = 120_000;

    private final FaultKind kind;
    private final String method;
    private final String apiKey;
    private final int count;
    private final long delayMs;
    private final int status;
    private final long retryAfterMs;

    private Fault(FaultKind kind, String method, String apiKey, int count, long delayMs, int status,
                  long retryAfterMs) {
        this.kind = kind;
        this.method = method;
        this.apiKey = apiKey;
        this.count = count;
        this.delayMs = delayMs;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }

    /**
     * A fault of the given kind that applies once, to anything of its phase.
     *
     * @param kind what to do
     * @return the fault
     */
    public static Fault of(FaultKind kind) {
        return new Fault(Objects.requireNonNull(kind, "kind"), null, null, 1, -1, 0, -1);
    }

    /**
     * Only requests of this method (for user data faults: events of this type, e.g. {@code executionReport}).
     *
     * @param method e.g. {@code order.place}; null for any
     * @return a copy
     */
    public Fault method(String method) {
        return new Fault(kind, emptyToNull(method), apiKey, count, delayMs, status, retryAfterMs);
    }

    /**
     * Only requests acting for this API key (explicit {@code apiKey} parameter or the session's logon).
     *
     * @param apiKey the key; null for any
     * @return a copy
     */
    public Fault apiKey(String apiKey) {
        return new Fault(kind, method, emptyToNull(apiKey), count, delayMs, status, retryAfterMs);
    }

    /**
     * Applies to the next {@code n} matching requests, then is spent.
     *
     * @param n at least 1
     * @return a copy
     */
    public Fault count(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + n);
        }
        return new Fault(kind, method, apiKey, n, delayMs, status, retryAfterMs);
    }

    /**
     * Applies to every matching request until removed or cleared.
     *
     * @return a copy
     */
    public Fault always() {
        return new Fault(kind, method, apiKey, ALWAYS, delayMs, status, retryAfterMs);
    }

    /**
     * How long {@link FaultKind#DELAY_RESPONSE} and {@link FaultKind#DELAY_USER_DATA} hold a message back, and
     * how long {@link FaultKind#REORDER_USER_DATA} waits for a next event at most.
     *
     * @param delay default 1 s
     * @return a copy
     */
    public Fault delay(Duration delay) {
        long ms = delay.toMillis();
        if (ms < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new Fault(kind, method, apiKey, count, ms, status, retryAfterMs);
    }

    /**
     * The response status for the error kinds (5xx kinds: 500..599).
     *
     * @param status e.g. 503
     * @return a copy
     */
    public Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx: " + status);
        }
        return new Fault(kind, method, apiKey, count, delayMs, status, retryAfterMs);
    }

    /**
     * For the rate-limit kinds: {@code retryAfter} is now plus this (defaults: the next minute for
     * {@link FaultKind#RATE_LIMIT_WEIGHT}, the next 10-second window for {@link FaultKind#RATE_LIMIT_ORDERS},
     * 2 minutes for {@link FaultKind#IP_BAN}).
     *
     * @param retryAfter how long the client is told to wait
     * @return a copy
     */
    public Fault retryAfter(Duration retryAfter) {
        long ms = retryAfter.toMillis();
        if (ms <= 0) {
            throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
        }
        return new Fault(kind, method, apiKey, count, delayMs, status, ms);
    }

    /**
     * What the fault does.
     *
     * @return the kind
     */
    public FaultKind kind() {
        return kind;
    }

    /**
     * The targeted method or user data event type.
     *
     * @return the name, or null for any
     */
    public String method() {
        return method;
    }

    /**
     * The targeted API key.
     *
     * @return the key, or null for any
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * How many matching requests it applies to.
     *
     * @return at least 1, or {@link #ALWAYS}
     */
    public int count() {
        return count;
    }

    /**
     * The delay of the delaying kinds.
     *
     * @return milliseconds (default 1000)
     */
    public long delayMs() {
        return delayMs < 0 ? DEFAULT_DELAY_MS : delayMs;
    }

    /**
     * The status answered by the error kinds.
     *
     * @return the configured status, or the kind's default (5xx: 500, timeout: 503, rate limits: 429, ban: 418)
     */
    public int status() {
        if (status != 0) {
            return status;
        }
        switch (kind) {
            case TIMEOUT_BEFORE_ENGINE:
            case TIMEOUT_AFTER_ENGINE:
                return 503;
            case RATE_LIMIT_WEIGHT:
            case RATE_LIMIT_ORDERS:
                return 429;
            case IP_BAN:
                return 418;
            default:
                return 500;
        }
    }

    /**
     * The configured {@code retryAfter} distance of the rate-limit kinds.
     *
     * @return milliseconds, or -1 for the kind's default (see {@link #retryAfter(Duration)})
     */
    public long retryAfterMs() {
        if (retryAfterMs < 0 && kind == FaultKind.IP_BAN) {
            return DEFAULT_BAN_MS;
        }
        return retryAfterMs;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Fault)) {
            return false;
        }
        Fault f = (Fault) o;
        return kind == f.kind && count == f.count && delayMs == f.delayMs && status == f.status
                && retryAfterMs == f.retryAfterMs && Objects.equals(method, f.method) && Objects.equals(apiKey, f.apiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, method, apiKey, count, delayMs, status, retryAfterMs);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.wireName());
        if (method != null) {
            sb.append(" method=").append(method);
        }
        if (apiKey != null) {
            sb.append(" apiKey=").append(Redaction.redact(apiKey));
        }
        sb.append(" count=").append(count == ALWAYS ? "always" : String.valueOf(count));
        if (delayMs >= 0) {
            sb.append(" delayMs=").append(delayMs);
        }
        if (status != 0) {
            sb.append(" status=").append(status);
        }
        if (retryAfterMs >= 0) {
            sb.append(" retryAfterMs=").append(retryAfterMs);
        }
        return sb.toString();
    }
}
