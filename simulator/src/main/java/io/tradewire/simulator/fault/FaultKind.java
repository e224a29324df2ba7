package io.tradewire.simulator.fault;

import java.util.Locale;

/**
 * The named vocabulary of faults. Each has a wire name ({@link #wireName()}) used in logs, by the control
 * endpoint and by {@code tradewire fault NAME}.
 */
public enum FaultKind {
    /** Close the connection when the request arrives: it never reaches the engine and is never answered. */
    DROP_BEFORE_ENGINE("drop-before-engine", Phase.REQUEST),
    /** Run the request (an order is placed), then close the connection instead of answering. */
    DROP_AFTER_ENGINE("drop-after-engine", Phase.REQUEST),
    /** Run the request, then hold its response back for {@link Fault#delayMs()}. */
    DELAY_RESPONSE("delay-response", Phase.REQUEST),
    /** Answer a 5xx error (default 500, -1000) without running the request. */
    ERROR_5XX_BEFORE_ENGINE("error-5xx-before-engine", Phase.REQUEST),
    /** Run the request (the order executes), then answer a 5xx error (default 500, -1000) instead of the result. */
    ERROR_5XX_AFTER_ENGINE("error-5xx-after-engine", Phase.REQUEST),
    /** Answer -1007 TIMEOUT (status 503 unless set) without running the request. */
    TIMEOUT_BEFORE_ENGINE("timeout-before-engine", Phase.REQUEST),
    /** Run the request (the order executes), then answer -1007 TIMEOUT instead of the result. */
    TIMEOUT_AFTER_ENGINE("timeout-after-engine", Phase.REQUEST),
    /** Answer 429 -1003 (too much request weight) with a {@code retryAfter}, without running the request. */
    RATE_LIMIT_WEIGHT("rate-limit-weight", Phase.REQUEST),
    /** Answer 429 -1015 (too many new orders) with a {@code retryAfter}, without running the request. */
    RATE_LIMIT_ORDERS("rate-limit-orders", Phase.REQUEST),
    /**
     * Answer 418 -1003 "IP banned until ..." with a {@code retryAfter}, without running the request. Only the
     * targeted requests are answered so; it does not start a real ban (the rate limiter does that on abuse).
     */
    IP_BAN("ip-ban", Phase.REQUEST),
    /** Do not answer the client's ping frames with pongs (one ping per count). */
    IGNORE_PINGS("ignore-pings", Phase.PING),
    /** Deliver a user data event twice. */
    DUPLICATE_USER_DATA("duplicate-user-data", Phase.USER_DATA),
    /** Hold a user data event back and deliver it after the next one (or after {@link Fault#delayMs()}). */
    REORDER_USER_DATA("reorder-user-data", Phase.USER_DATA),
    /** Deliver a user data event {@link Fault#delayMs()} late (later events may overtake it). */
    DELAY_USER_DATA("delay-user-data", Phase.USER_DATA);

    /** Where a fault kind is applied. */
    public enum Phase {
        /** To a WS API request, between its arrival and its response. */
        REQUEST,
        /** To a ping frame from the client. */
        PING,
        /** To a user data event on its way to the client. */
        USER_DATA
    }

    private final String wireName;
    private final Phase phase;

    FaultKind(String wireName, Phase phase) {
        this.wireName = wireName;
        this.phase = phase;
    }

    /**
     * The name used in logs, the control endpoint and the CLI.
     *
     * @return e.g. {@code drop-after-engine}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Where this kind is applied.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * Whether the request is run by the engine before the fault's answer.
     *
     * @return true for the after-engine kinds and {@link #DELAY_RESPONSE}
     */
    public boolean runsRequest() {
        return this == DROP_AFTER_ENGINE || this == DELAY_RESPONSE || this == ERROR_5XX_AFTER_ENGINE
                || this == TIMEOUT_AFTER_ENGINE;
    }

    /**
     * Looks a kind up by wire name or enum name, case-insensitively.
     *
     * @param name e.g. {@code drop-after-engine} or {@code DROP_AFTER_ENGINE}
     * @return the kind
     * @throws IllegalArgumentException naming the known kinds if there is none of that name
     */
    public static FaultKind of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (FaultKind k : values()) {
            if (k.wireName.equals(n)) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (FaultKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.wireName);
        }
        throw new IllegalArgumentException("unknown fault '" + name + "'; known: " + known);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
