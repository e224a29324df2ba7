package io.tradewire.simulator.server;

import java.util.HashMap;
import java.util.Map;

/**
 * The REST {@code /api/v3} endpoints the simulator serves, each mapped to the WS API method that implements it
 * (rest-api.md and web-socket-api.md describe the same operations with the same parameters and weights), with its
 * security type: SIGNED (TRADE, USER_DATA) or NONE.
 *
 * <p>Not here, so answered 404 like any path Binance does not serve: the listenKey endpoints
 * ({@code /api/v3/userDataStream}, removed by Binance on 2026-02-20, CHANGELOG 2026-01-21), the deprecated
 * {@code POST /api/v3/order/oco}, and endpoints the WS API of the simulator does not offer either
 * ({@code myFilters}, {@code referencePrice}, {@code executionRules}, OPO lists).
 */
final class RestRoutes {
    /** One endpoint: the WS API method behind it and whether it needs a signature. */
    static final class Route {
        final String httpMethod;
        final String path;
        final String wsMethod;
        final boolean signed;

        Route(String httpMethod, String path, String wsMethod, boolean signed) {
            this.httpMethod = httpMethod;
            this.path = path;
            this.wsMethod = wsMethod;
            this.signed = signed;
        }

        @Override
        public String toString() {
            return httpMethod + " " + path;
        }
    }

    static final String PREFIX = "/api/v3/";

    private static final Map<String, Route> ROUTES = new HashMap<>();

    static {
        pub("GET", "ping", "ping");
        pub("GET", "time", "time");
        pub("GET", "exchangeInfo", "exchangeInfo");
        pub("GET", "depth", "depth");
        pub("GET", "trades", "trades.recent");
        pub("GET", "historicalTrades", "trades.historical");
        pub("GET", "aggTrades", "trades.aggregate");
        pub("GET", "klines", "klines");
        pub("GET", "uiKlines", "uiKlines");
        pub("GET", "avgPrice", "avgPrice");
        pub("GET", "ticker/24hr", "ticker.24hr");
        pub("GET", "ticker/tradingDay", "ticker.tradingDay");
        pub("GET", "ticker", "ticker");
        pub("GET", "ticker/price", "ticker.price");
        pub("GET", "ticker/bookTicker", "ticker.book");

        signed("POST", "order", "order.place");
        signed("GET", "order", "order.status");
        signed("DELETE", "order", "order.cancel");
        signed("POST", "order/test", "order.test");
        signed("POST", "order/cancelReplace", "order.cancelReplace");
        signed("PUT", "order/amend/keepPriority", "order.amend.keepPriority");
        signed("GET", "openOrders", "openOrders.status");
        signed("DELETE", "openOrders", "openOrders.cancelAll");
        signed("POST", "orderList/oco", "orderList.place.oco");
        signed("POST", "orderList/oto", "orderList.place.oto");
        signed("POST", "orderList/otoco", "orderList.place.otoco");
        signed("GET", "orderList", "orderList.status");
        signed("DELETE", "orderList", "orderList.cancel");
        signed("GET", "openOrderList", "openOrderLists.status");
        signed("GET", "allOrderList", "allOrderLists");
        signed("POST", "sor/order", "sor.order.place");
        signed("POST", "sor/order/test", "sor.order.test");

        signed("GET", "account", "account.status");
        signed("GET", "account/commission", "account.commission");
        signed("GET", "rateLimit/order", "account.rateLimits.orders");
        signed("GET", "allOrders", "allOrders");
        signed("GET", "myTrades", "myTrades");
        signed("GET", "myPreventedMatches", "myPreventedMatches");
        signed("GET", "myAllocations", "myAllocations");
        signed("GET", "order/amendments", "order.amendments");
    }

    private RestRoutes() {
    }

    private static void pub(String httpMethod, String path, String wsMethod) {
        add(new Route(httpMethod, PREFIX + path, wsMethod, false));
    }

    private static void signed(String httpMethod, String path, String wsMethod) {
        add(new Route(httpMethod, PREFIX + path, wsMethod, true));
    }

    private static void add(Route r) {
        if (ROUTES.put(r.httpMethod + ' ' + r.path, r) != null) {
            throw new IllegalStateException("duplicate route " + r);
        }
    }

    /** The endpoint, or null when Binance would answer 404 (unknown path, or a method the path does not take). */
    static Route find(String httpMethod, String path) {
        return ROUTES.get(httpMethod + ' ' + path);
    }

    /** Every endpoint, for tests and documentation. */
    static Iterable<Route> all() {
        return ROUTES.values();
    }
}
