package io.tradewire.simulator.server;

/**
 * Factories for the errors the WS API layer itself produces. Messages are copied verbatim from
 * the reference errors.md (a test checks each against the errors catalog) so that clients which
 * match on text behave as against Binance.
 */
final class Errors {
    static final String LONG_RANGE = "^[0-9]{1,20}$";
    static final String DECIMAL_RANGE = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";

    private Errors() {
    }

    static ApiError invalidJson() {
        return new ApiError(400, -1135, "Invalid JSON Request");
    }

    static ApiError unsupportedMethod() {
        return new ApiError(400, -1020, "This operation is not supported.");
    }

    static ApiError duplicateParam() {
        return new ApiError(400, -1101, "Duplicate values for a parameter detected.");
    }

    static ApiError mandatory(String name) {
        return new ApiError(400, -1102,
                "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
    }

    static ApiError eitherMandatory(String a, String b) {
        return new ApiError(400, -1102, "Param '" + a + "' or '" + b + "' must be sent, but both were empty/null!");
    }

    static ApiError tooLarge(String name, long max) {
        return new ApiError(400, -1102, "'" + name + "' contains unexpected value. Cannot be greater than " + max + ".");
    }

    static ApiError illegalChars(String name, String range) {
        return new ApiError(400, -1100,
                "Illegal characters found in parameter '" + name + "'; legal range is '" + range + "'.");
    }

    static ApiError tooMuchPrecision(String name) {
        return new ApiError(400, -1111, "Parameter '" + name + "' has too much precision.");
    }

    static ApiError invalidData(String name) {
        return new ApiError(400, -1130, "Data sent for parameter '" + name + "' is not valid.");
    }

    static ApiError badCombination() {
        return new ApiError(400, -1128, "Combination of optional parameters invalid.");
    }

    static ApiError invalidSide() {
        return new ApiError(400, -1117, "Invalid side.");
    }

    static ApiError invalidOrderType() {
        return new ApiError(400, -1116, "Invalid orderType.");
    }

    static ApiError invalidTif() {
        return new ApiError(400, -1115, "Invalid timeInForce.");
    }

    static ApiError emptyNewClientOrderId() {
        return new ApiError(400, -1118, "New client order ID was empty.");
    }

    static ApiError invalidSymbol() {
        return new ApiError(400, -1121, "Invalid symbol.");
    }

    static ApiError invalidCancelRestrictions() {
        // The WS API docs show this short text for -1145 (errors.md has a longer one).
        return new ApiError(400, -1145, "Invalid cancelRestrictions");
    }

    static ApiError cancelRestricted() {
        return new ApiError(400, -2011, "Order was not canceled due to cancel restrictions.");
    }

    static ApiError timestampOutsideRecvWindow() {
        return new ApiError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }

    static ApiError timestampAhead() {
        return new ApiError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
    }

    static ApiError invalidSignature() {
        return new ApiError(400, -1022, "Signature for this request is not valid.");
    }

    static ApiError rejectedApiKey() {
        return new ApiError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }

    /** session.logon with an HMAC or RSA key: the docs say Ed25519 only but name no code; -1002 is the closest documented one. */
    static ApiError logonKeyTypeNotSupported() {
        return new ApiError(401, -1002, "You are not authorized to execute this request.");
    }

    static ApiError unknown() {
        return new ApiError(500, -1000, "An unknown error occurred while processing the request.");
    }

    static ApiError tooMuchWeight(long limit, long retryAfterMs) {
        return new ApiError(429, -1003, "Too much request weight used; current limit is " + limit
                + " request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.",
                retryAfterMs);
    }

    static ApiError tooManyRawRequests(long retryAfterMs) {
        return new ApiError(429, -1003, "Too many requests queued.", retryAfterMs);
    }

    static ApiError tooManyOrders(long limit, String interval, long retryAfterMs) {
        return new ApiError(429, -1015, "Too many new orders; current limit is " + limit + " orders per " + interval + ".",
                retryAfterMs);
    }
}
