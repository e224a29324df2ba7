package io.tradewire.client.rest;

import io.tradewire.client.spot.SpotOperations;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The REST endpoints of the Spot operations, by the WebSocket API method of the same operation (rest-api.md and
 * web-socket-api.md describe the same operations with the same parameters and weights): HTTP method, path below
 * the base URL, whether it is signed, and whether it may change state at the venue. The usual weight and order
 * count are the shared ones ({@link SpotOperations#baseWeight}); weights that depend on the parameters come with
 * each {@link io.tradewire.client.spot.SpotOperation}.
 */
final class RestEndpoint {
    /** How an endpoint is secured and whether it is safe to ask again. */
    private enum Kind {
        /** NONE security: no key, no signature. */
        PUBLIC,
        /** USER_DATA, or TRADE without effect (tests): signed, asked once more when its connection fails. */
        SIGNED_READ,
        /** TRADE: signed, never resent, UNKNOWN_OUTCOME when unanswered. */
        SIGNED_WRITE
    }

    private static final Map<String, RestEndpoint> BY_METHOD = new LinkedHashMap<>();

    static {
        row("GET", "ping", "ping", Kind.PUBLIC);
        row("GET", "time", "time", Kind.PUBLIC);
        row("GET", "exchangeInfo", "exchangeInfo", Kind.PUBLIC);
        row("GET", "depth", "depth", Kind.PUBLIC);
        row("GET", "trades", "trades.recent", Kind.PUBLIC);
        row("GET", "historicalTrades", "trades.historical", Kind.PUBLIC);
        row("GET", "aggTrades", "trades.aggregate", Kind.PUBLIC);
        row("GET", "klines", "klines", Kind.PUBLIC);
        row("GET", "uiKlines", "uiKlines", Kind.PUBLIC);
        row("GET", "avgPrice", "avgPrice", Kind.PUBLIC);
        row("GET", "ticker/24hr", "ticker.24hr", Kind.PUBLIC);
        row("GET", "ticker/tradingDay", "ticker.tradingDay", Kind.PUBLIC);
        row("GET", "ticker", "ticker", Kind.PUBLIC);
        row("GET", "ticker/price", "ticker.price", Kind.PUBLIC);
        row("GET", "ticker/bookTicker", "ticker.book", Kind.PUBLIC);

        row("POST", "order", "order.place", Kind.SIGNED_WRITE);
        row("POST", "order/test", "order.test", Kind.SIGNED_READ); // validated, never placed
        row("DELETE", "order", "order.cancel", Kind.SIGNED_WRITE);
        row("GET", "order", "order.status", Kind.SIGNED_READ);
        row("POST", "order/cancelReplace", "order.cancelReplace", Kind.SIGNED_WRITE);
        row("PUT", "order/amend/keepPriority", "order.amend.keepPriority", Kind.SIGNED_WRITE);
        row("GET", "openOrders", "openOrders.status", Kind.SIGNED_READ);
        row("DELETE", "openOrders", "openOrders.cancelAll", Kind.SIGNED_WRITE);
        row("POST", "orderList/oco", "orderList.place.oco", Kind.SIGNED_WRITE);
        row("POST", "orderList/oto", "orderList.place.oto", Kind.SIGNED_WRITE);
        row("POST", "orderList/otoco", "orderList.place.otoco", Kind.SIGNED_WRITE);
        row("DELETE", "orderList", "orderList.cancel", Kind.SIGNED_WRITE);
        row("GET", "orderList", "orderList.status", Kind.SIGNED_READ);
        row("GET", "openOrderList", "openOrderLists.status", Kind.SIGNED_READ);
        row("POST", "sor/order", "sor.order.place", Kind.SIGNED_WRITE);
        row("POST", "sor/order/test", "sor.order.test", Kind.SIGNED_READ);

        row("GET", "account", "account.status", Kind.SIGNED_READ);
        row("GET", "account/commission", "account.commission", Kind.SIGNED_READ);
        row("GET", "rateLimit/order", "account.rateLimits.orders", Kind.SIGNED_READ);
        row("GET", "allOrders", "allOrders", Kind.SIGNED_READ);
        row("GET", "allOrderList", "allOrderLists", Kind.SIGNED_READ);
        row("GET", "myTrades", "myTrades", Kind.SIGNED_READ);
        row("GET", "myPreventedMatches", "myPreventedMatches", Kind.SIGNED_READ);
        row("GET", "myAllocations", "myAllocations", Kind.SIGNED_READ);
        row("GET", "order/amendments", "order.amendments", Kind.SIGNED_READ);
    }

    final String httpMethod;
    final String path;
    /** The WebSocket API method of the same operation: the name errors and faults use. */
    final String method;
    /** The usual weight; a {@link io.tradewire.client.spot.SpotOperation} gives the one for its parameters. */
    final int weight;
    final int orders;
    final boolean signed;
    /** Whether it may change state at the venue: never resent, UNKNOWN_OUTCOME when unanswered. */
    final boolean mutating;

    private RestEndpoint(String httpMethod, String path, String method, Kind kind) {
        this.httpMethod = httpMethod;
        this.path = path;
        this.method = method;
        this.weight = SpotOperations.baseWeight(method);
        this.orders = SpotOperations.orders(method);
        this.signed = kind != Kind.PUBLIC;
        this.mutating = kind == Kind.SIGNED_WRITE;
    }

    private static void row(String httpMethod, String path, String method, Kind kind) {
        if (BY_METHOD.put(method, new RestEndpoint(httpMethod, "/api/v3/" + path, method, kind)) != null) {
            throw new IllegalStateException("two endpoints for " + method);
        }
    }

    /**
     * @param method a WebSocket API method
     * @return the REST endpoint of the same operation
     * @throws IllegalArgumentException when REST has none (session and user data stream methods)
     */
    static RestEndpoint of(String method) {
        RestEndpoint ep = BY_METHOD.get(method);
        if (ep == null) {
            throw new IllegalArgumentException("no REST endpoint for " + method);
        }
        return ep;
    }

    /** @return every endpoint, in table order */
    static Collection<RestEndpoint> all() {
        return Collections.unmodifiableCollection(BY_METHOD.values());
    }

    @Override
    public String toString() {
        return httpMethod + ' ' + path;
    }
}
