package io.tradewire.simulator.venue;

import io.tradewire.core.error.SpotErrors;

/**
 * A request the venue refused, with Binance's code and exact message. Simulator internal.
 */
public final class VenueException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String message;
    private final int httpStatus;

    /**
     * @param code       Binance error code, e.g. -2010
     * @param message    Binance's message, verbatim
     * @param httpStatus the HTTP / WS API status to answer with
     */
    public VenueException(int code, String message, int httpStatus) {
        super(message, null, false, false); // a rejection, not a failure: no stack trace to fill
        this.code = code;
        this.message = message;
        this.httpStatus = httpStatus;
    }

    /**
     * A 400 rejection.
     *
     * @param code    Binance error code
     * @param message Binance's message
     * @return the exception
     */
    public static VenueException of(int code, String message) {
        return new VenueException(code, message, 400);
    }

    static VenueException formatted(int code, Object... args) {
        return of(code, SpotErrors.format(code, args));
    }

    static VenueException generic(int code) {
        return of(code, SpotErrors.message(code));
    }

    /** @return Binance error code */
    public int code() {
        return code;
    }

    /** @return Binance's message, verbatim */
    public String message() {
        return message;
    }

    /** @return HTTP / WS API status, 400 */
    public int httpStatus() {
        return httpStatus;
    }
}
