package io.tradewire.simulator.server;

/**
 * Errors answered by faults and bans, with messages verbatim from errors.md (a test checks them against the
 * catalog).
 */
final class FaultAnswers {
    private FaultAnswers() {
    }

    /** 418 -1003 as documented under "IP limits" in web-socket-api.md. */
    static ApiError ipBanned(int status, long untilMs) {
        return new ApiError(status, -1003, "Way too much request weight used; IP banned until " + untilMs
                + ". Please use WebSocket Streams for live updates to avoid bans.", untilMs);
    }

    /** -1000 UNKNOWN with a 5xx status: the execution status is unknown to the client. */
    static ApiError serverError(int status) {
        return new ApiError(status, -1000, "An unknown error occurred while processing the request.");
    }

    /** -1007 TIMEOUT. */
    static ApiError timeout(int status) {
        return new ApiError(status, -1007,
                "Timeout waiting for response from backend server. Send status unknown; execution status unknown.");
    }

    static ApiError tooMuchWeight(int status, long limit, long retryAfterMs) {
        ApiError e = Errors.tooMuchWeight(limit, retryAfterMs);
        return new ApiError(status, e.code(), e.msg(), retryAfterMs);
    }

    static ApiError tooManyOrders(int status, long limit, long retryAfterMs) {
        ApiError e = Errors.tooManyOrders(limit, "10 SECOND", retryAfterMs);
        return new ApiError(status, e.code(), e.msg(), retryAfterMs);
    }
}
