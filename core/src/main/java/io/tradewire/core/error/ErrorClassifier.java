package io.tradewire.core.error;

/** Maps an HTTP (or WS API {@code status}) and a Binance error code to an {@link ErrorCategory}. */
public final class ErrorClassifier {
    private ErrorClassifier() {
    }

    /**
     * Classifies an error. Rules, first match wins: 418 → BANNED; 429, -1003, -1015 → RATE_LIMITED;
     * status ≥ 500, -1000, -1001, -1006, -1007 → UNKNOWN_OUTCOME; -1021 → CLOCK; -1002, -1022, -2014, -2015 → AUTH;
     * -1013, -1008 and -20xx → REJECTED; -1100..-1199 → BAD_REQUEST; other 4xx → BAD_REQUEST;
     * any other non-zero code → BAD_REQUEST (Binance answered, so the request was refused);
     * no code and no error status → UNKNOWN_OUTCOME.
     *
     * @param httpStatus HTTP status or WS API {@code status}; 0 when unknown
     * @param code       Binance error code; 0 when none
     * @return the category
     */
    public static ErrorCategory classify(int httpStatus, int code) {
        if (httpStatus == 418) {
            return ErrorCategory.BANNED;
        }
        if (httpStatus == 429 || code == -1003 || code == -1015) {
            return ErrorCategory.RATE_LIMITED;
        }
        // -1001 DISCONNECTED is an internal error with no promise about execution, so treat it like -1000
        if (httpStatus >= 500 || code == -1007 || code == -1006 || code == -1000 || code == -1001) {
            return ErrorCategory.UNKNOWN_OUTCOME;
        }
        if (code == -1021) {
            return ErrorCategory.CLOCK;
        }
        if (code == -1022 || code == -2014 || code == -2015 || code == -1002) {
            return ErrorCategory.AUTH;
        }
        // -1008 SERVER_BUSY: refused before processing
        if (code == -1013 || code == -1008 || (code <= -2000 && code > -2100)) {
            return ErrorCategory.REJECTED;
        }
        if (code <= -1100 && code >= -1199) {
            return ErrorCategory.BAD_REQUEST;
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return ErrorCategory.BAD_REQUEST;
        }
        if (code != 0) {
            return ErrorCategory.BAD_REQUEST;
        }
        return ErrorCategory.UNKNOWN_OUTCOME;
    }
}
