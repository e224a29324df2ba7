package io.tradewire.client.rest;

/**
 * One REST endpoint: HTTP method, path below the base URL, security and how it counts against the limits. Weights
 * that depend on the parameters (depth, openOrders, myTrades) are given per call; {@link #weight} is the usual one.
 */
final class RestEndpoint {
    static final RestEndpoint PING = read("GET", "/api/v3/ping", "ping", 1, false);
    static final RestEndpoint TIME = read("GET", "/api/v3/time", "time", 1, false);
    static final RestEndpoint EXCHANGE_INFO = read("GET", "/api/v3/exchangeInfo", "exchangeInfo", 20, false);
    static final RestEndpoint DEPTH = read("GET", "/api/v3/depth", "depth", 5, false);
    static final RestEndpoint ORDER_PLACE = new RestEndpoint("POST", "/api/v3/order", "order.place", 1, 1, true,
            true);
    /** Validated and matched against the filters, never placed: a read as far as resending goes. */
    static final RestEndpoint ORDER_TEST = read("POST", "/api/v3/order/test", "order.test", 1, true);
    static final RestEndpoint ORDER_CANCEL = new RestEndpoint("DELETE", "/api/v3/order", "order.cancel", 1, 0, true,
            true);
    static final RestEndpoint ORDER_STATUS = read("GET", "/api/v3/order", "order.status", 4, true);
    static final RestEndpoint OPEN_ORDERS = read("GET", "/api/v3/openOrders", "openOrders.status", 6, true);
    static final RestEndpoint ALL_ORDERS = read("GET", "/api/v3/allOrders", "allOrders", 20, true);
    static final RestEndpoint ACCOUNT = read("GET", "/api/v3/account", "account.status", 20, true);
    static final RestEndpoint MY_TRADES = read("GET", "/api/v3/myTrades", "myTrades", 20, true);

    /** REST depth weight by levels asked for (rest-api.md "Order book"); 0 is the default of 100. */
    static int depthWeight(int limit) {
        return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
    }

    final String httpMethod;
    final String path;
    /** The WebSocket API method of the same operation: the name errors and faults use. */
    final String method;
    final int weight;
    final int orders;
    final boolean signed;
    /** Whether it may change state at the venue: never resent, UNKNOWN_OUTCOME when unanswered. */
    final boolean mutating;

    private RestEndpoint(String httpMethod, String path, String method, int weight, int orders, boolean signed,
                         boolean mutating) {
        this.httpMethod = httpMethod;
        this.path = path;
        this.method = method;
        this.weight = weight;
        this.orders = orders;
        this.signed = signed;
        this.mutating = mutating;
    }

    private static RestEndpoint read(String httpMethod, String path, String method, int weight, boolean signed) {
        return new RestEndpoint(httpMethod, path, method, weight, 0, signed, false);
    }

    @Override
    public String toString() {
        return httpMethod + ' ' + path;
    }
}
