package io.tradewire.simulator.server;

/**
 * A request failure answered on the wire as {@code {"status":..,"error":{"code":..,"msg":..}}}.
 * Thrown along the request path and caught once by {@link WsApi}; carries no stack trace because
 * it is control flow, not a bug.
 */
final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final int code;
    private final String msg;
    /** Epoch millis for {@code error.data.retryAfter}, 0 when the error has no data. */
    private final long retryAfterMs;

    /** Writes {@code error.data} (e.g. cancel-replace's partial results), or null for none. */
    private ResponseWriter.Body data;

    ApiError(int status, int code, String msg) {
        this(status, code, msg, 0L);
    }

    /** An error whose {@code error.data} object is written by {@code data}. */
    static ApiError withData(int status, int code, String msg, ResponseWriter.Body data) {
        ApiError e = new ApiError(status, code, msg, 0L);
        e.data = data;
        return e;
    }

    ResponseWriter.Body data() {
        return data;
    }

    ApiError(int status, int code, String msg, long retryAfterMs) {
        super(msg, null, false, false);
        this.status = status;
        this.code = code;
        this.msg = msg;
        this.retryAfterMs = retryAfterMs;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    String msg() {
        return msg;
    }

    long retryAfterMs() {
        return retryAfterMs;
    }
}
