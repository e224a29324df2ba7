package io.tradewire.core.error;

/**
 * An error from Binance (or on the way to it), with its category. The message only carries what Binance
 * returned or a description of the local failure, never credentials.
 */
public final class BinanceApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int code;
    private final String binanceMessage;
    private final ErrorCategory category;
    private final long retryAfterEpochMs;

    private BinanceApiException(int httpStatus, int code, String binanceMessage, ErrorCategory category,
                                long retryAfterEpochMs) {
        super("Binance error " + code + " (HTTP " + httpStatus + ", " + category + "): " + binanceMessage);
        this.httpStatus = httpStatus;
        this.code = code;
        this.binanceMessage = binanceMessage;
        this.category = category;
        this.retryAfterEpochMs = retryAfterEpochMs;
    }

    /**
     * An error returned by Binance; the category comes from {@link ErrorClassifier}.
     *
     * @param httpStatus        HTTP status or WS API {@code status}; 0 if none
     * @param code              Binance code; 0 if none
     * @param message           Binance's {@code msg}
     * @param retryAfterEpochMs ban/limit end in epoch ms; 0 if none
     * @return the exception
     */
    public static BinanceApiException of(int httpStatus, int code, String message, long retryAfterEpochMs) {
        return new BinanceApiException(httpStatus, code, message == null ? "" : message,
                ErrorClassifier.classify(httpStatus, code), retryAfterEpochMs);
    }

    /**
     * No response within the deadline after the request was sent: outcome unknown.
     *
     * @param method    request method, e.g. {@code order.place}
     * @param timeoutNs the deadline that passed
     * @return the exception ({@link ErrorCategory#UNKNOWN_OUTCOME})
     */
    public static BinanceApiException timeout(String method, long timeoutNs) {
        return new BinanceApiException(0, 0, method + " timed out after " + (timeoutNs / 1_000_000L)
                + " ms; outcome unknown", ErrorCategory.UNKNOWN_OUTCOME, 0);
    }

    /**
     * The connection closed after the request was sent, before its response: outcome unknown.
     *
     * @param method request method
     * @return the exception ({@link ErrorCategory#UNKNOWN_OUTCOME})
     */
    public static BinanceApiException disconnected(String method) {
        return new BinanceApiException(0, 0, method + ": connection lost before the response; outcome unknown",
                ErrorCategory.UNKNOWN_OUTCOME, 0);
    }

    /**
     * The request never reached the wire (not connected, local rate limit, validation): certainly not executed.
     *
     * @param method request method
     * @param reason why it was not sent (must not contain secrets)
     * @return the exception ({@link ErrorCategory#REJECTED})
     */
    public static BinanceApiException notSent(String method, String reason) {
        return new BinanceApiException(0, 0, method + " not sent: " + reason, ErrorCategory.REJECTED, 0);
    }

    /**
     * HTTP status or WS API {@code status}.
     *
     * @return status, 0 if none
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Binance error code.
     *
     * @return code, 0 if none
     */
    public int code() {
        return code;
    }

    /**
     * Binance's {@code msg}, or the local failure description.
     *
     * @return message text, never null
     */
    public String binanceMessage() {
        return binanceMessage;
    }

    /**
     * What the error means for the caller.
     *
     * @return category
     */
    public ErrorCategory category() {
        return category;
    }

    /**
     * When a ban or limit ends.
     *
     * @return epoch ms, 0 if not given
     */
    public long retryAfterEpochMs() {
        return retryAfterEpochMs;
    }

    /**
     * Whether the request may have been executed.
     *
     * @return true for {@link ErrorCategory#UNKNOWN_OUTCOME}
     */
    public boolean outcomeUnknown() {
        return category == ErrorCategory.UNKNOWN_OUTCOME;
    }
}
