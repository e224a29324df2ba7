package io.tradewire.client.spot;

/**
 * Request weights and order counts of Spot WebSocket API methods, from the reference (web-socket-api.md). Methods
 * whose weight depends on their parameters have a function of those parameters here; {@link #weight(String)} gives
 * their documented base weight.
 */
final class SpotWeights {
    private SpotWeights() {
    }

    static int weight(String method) {
        switch (method) {
            // Free when they succeed since 2026-04-02 (CHANGELOG 2026-03-27): counting them up front would hold
            // back orders Binance accepts; a failure's charge comes back in the answer's rateLimits.
            case "order.place":
            case "sor.order.place":
            case "order.cancel":
            case "openOrders.cancelAll":
            case "order.cancelReplace":
            case "orderList.place":
            case "orderList.place.oco":
            case "orderList.place.oto":
            case "orderList.place.otoco":
            case "orderList.cancel":
                return 0;
            case "exchangeInfo":
            case "account.status":
            case "account.commission":
            case "allOrders":
            case "allOrderLists":
            case "myTrades": // without orderId; see myTrades(boolean)
                return 20;
            case "account.rateLimits.orders":
                return 40;
            case "session.logon":
            case "session.status":
            case "session.logout":
            case "session.subscriptions":
            case "userDataStream.subscribe":
            case "userDataStream.subscribe.signature":
            case "userDataStream.unsubscribe":
            case "avgPrice":
            case "klines":
            case "uiKlines":
            case "myPreventedMatches": // by preventedMatchId; see preventedMatches(boolean)
                return 2;
            case "order.status":
            case "order.amend.keepPriority":
            case "order.amendments":
            case "orderList.status":
            case "trades.aggregate":
                return 4;
            case "openOrders.status": // with a symbol; see openOrders(boolean)
            case "openOrderLists.status":
                return 6;
            case "depth": // limit <= 100; see depth(int)
                return 5;
            case "trades.recent":
            case "trades.historical":
                return 25;
            default:
                // ping, time, order.place, order.cancel, order.test, order.cancelReplace, openOrders.cancelAll,
                // orderList.place.*, orderList.cancel, sor.order.place, sor.order.test
                return 1;
        }
    }

    /** @return how many orders the method adds to the unfilled order count (the ORDERS limits) */
    static int orders(String method) {
        switch (method) {
            case "order.place":
            case "order.cancelReplace": // counted even when the new order is not attempted
            case "sor.order.place":
                return 1;
            case "orderList.place.oco":
            case "orderList.place.oto":
                return 2;
            case "orderList.place.otoco":
                return 3;
            default:
                return 0;
        }
    }

    /** {@code depth}: by {@code limit} (0 for the default of 100). */
    static int depth(int limit) {
        if (limit <= 100) {
            return 5;
        }
        return limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
    }

    /** {@code ticker.24hr}: by the number of symbols, 0 meaning all. */
    static int ticker24hr(int symbols) {
        if (symbols == 0) {
            return 80;
        }
        return symbols <= 20 ? 2 : symbols <= 100 ? 40 : 80;
    }

    /** {@code ticker} and {@code ticker.tradingDay}: 4 per symbol, capped at 200 above 50 symbols. */
    static int tickerWindow(int symbols) {
        return Math.min(200, 4 * Math.max(1, symbols));
    }

    /** {@code ticker.price} and {@code ticker.book}: 2 for one symbol, 4 for several or all. */
    static int tickerPriceOrBook(boolean single) {
        return single ? 2 : 4;
    }

    /** {@code order.test} and {@code sor.order.test}. */
    static int orderTest(boolean computeCommissionRates) {
        return computeCommissionRates ? 20 : 1;
    }

    /** {@code openOrders.status}: 6 for one symbol, 80 for all. */
    static int openOrders(boolean withSymbol) {
        return withSymbol ? 6 : 80;
    }

    /** {@code myTrades}: 5 with {@code orderId}, 20 without. */
    static int myTrades(boolean withOrderId) {
        return withOrderId ? 5 : 20;
    }

    /** {@code myPreventedMatches}: 20 by {@code orderId}, 2 by {@code preventedMatchId}. */
    static int preventedMatches(boolean byOrderId) {
        return byOrderId ? 20 : 2;
    }
}
