package io.tradewire.simulator.server;

import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.simulator.venue.OrderListResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.util.List;

/**
 * Order list methods: orderList.place.oco / .oto / .otoco, orderList.status, orderList.cancel, openOrderLists.status
 * and allOrderLists.
 */
final class OrderListMethods {
    private final Venue venue;
    private final RateLimiter limiter;
    private final RequestAuth auth;

    OrderListMethods(Venue venue, RateLimiter limiter, RequestAuth auth) {
        this.venue = venue;
        this.limiter = limiter;
        this.auth = auth;
    }

    ResponseWriter.Body placeOco(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        String listClientOrderId = OrderParams.newClientId(req, "listClientOrderId");
        PlaceOrderCommand above = OrderParams.order(req, symbol, "above", "side", "quantity").build();
        PlaceOrderCommand below = OrderParams.order(req, symbol, "below", "side", "quantity").build();
        OrderResponseType resp = respType(req);
        countOrders(apiKey, symbol, 2, usage);
        OrderListResult r;
        synchronized (venue) {
            try {
                r = venue.placeOco(apiKey, listClientOrderId, above, below);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeList(g, r, resp, false);
    }

    ResponseWriter.Body placeOto(Session session, WsRequest req, Usage usage) throws ApiError {
        return placeOto(session, req, usage, false);
    }

    ResponseWriter.Body placeOtoco(Session session, WsRequest req, Usage usage) throws ApiError {
        return placeOto(session, req, usage, true);
    }

    private ResponseWriter.Body placeOto(Session session, WsRequest req, Usage usage, boolean otoco)
            throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        String listClientOrderId = OrderParams.newClientId(req, "listClientOrderId");
        PlaceOrderCommand working = OrderParams.order(req, symbol, "working", "workingSide", "workingQuantity")
                .build();
        if (working.price() == null) {
            throw Errors.mandatory("workingPrice");
        }
        if (working.quantity() == null) {
            throw Errors.mandatory("workingQuantity");
        }
        PlaceOrderCommand pendingAbove;
        PlaceOrderCommand pendingBelow = null;
        if (otoco) {
            pendingAbove = OrderParams.order(req, symbol, "pendingAbove", "pendingSide", "pendingQuantity").build();
            if (req.text("pendingBelowType") == null) {
                throw Errors.mandatory("pendingBelowType");
            }
            pendingBelow = OrderParams.order(req, symbol, "pendingBelow", "pendingSide", "pendingQuantity").build();
        } else {
            pendingAbove = OrderParams.order(req, symbol, "pending", "pendingSide", "pendingQuantity").build();
        }
        if (pendingAbove.quantity() == null) {
            throw Errors.mandatory("pendingQuantity");
        }
        OrderResponseType resp = respType(req);
        countOrders(apiKey, symbol, otoco ? 3 : 2, usage);
        OrderListResult r;
        synchronized (venue) {
            try {
                r = venue.placeOto(apiKey, listClientOrderId, working, pendingAbove, pendingBelow);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeList(g, r, resp, false);
    }

    /** Order lists answer RESULT unless asked otherwise (the documented examples carry no fills). */
    private static OrderResponseType respType(WsRequest req) throws ApiError {
        OrderResponseType t = OrderParams.respType(req);
        return t == null ? OrderResponseType.RESULT : t;
    }

    private void countOrders(String apiKey, String symbol, int n, Usage usage) throws ApiError {
        synchronized (venue) {
            if (venue.symbol(symbol).isEmpty()) {
                throw Errors.invalidSymbol();
            }
        }
        for (int i = 0; i < n; i++) {
            limiter.addOrder(apiKey, usage);
        }
    }

    ResponseWriter.Body status(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        long orderListId = Params.optLong(req, "orderListId", -1L);
        String origClientOrderId = req.text("origClientOrderId");
        if (orderListId < 0 && origClientOrderId == null) {
            throw Errors.eitherMandatory("orderListId", "origClientOrderId");
        }
        OrderListResult r;
        synchronized (venue) {
            try {
                r = venue.orderListStatus(apiKey, orderListId, origClientOrderId);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeList(g, r, null, false);
    }

    ResponseWriter.Body cancel(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderListId = Params.optLong(req, "orderListId", -1L);
        String listClientOrderId = req.text("listClientOrderId");
        if (orderListId < 0 && listClientOrderId == null) {
            throw Errors.eitherMandatory("orderListId", "listClientOrderId");
        }
        String newClientOrderId = OrderParams.newClientId(req, "newClientOrderId");
        OrderListResult r;
        synchronized (venue) {
            try {
                r = venue.cancelOrderList(apiKey, symbol, orderListId, listClientOrderId, newClientOrderId);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeList(g, r, null, true);
    }

    ResponseWriter.Body open(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        List<OrderListResult> lists;
        synchronized (venue) {
            lists = venue.openOrderLists(apiKey);
        }
        return g -> OrderJson.writeLists(g, lists);
    }

    ResponseWriter.Body all(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        long fromId = Params.optLong(req, "fromId", -1L);
        long startTime = Params.optLong(req, "startTime", -1L);
        long endTime = Params.optLong(req, "endTime", -1L);
        OrderParams.checkTimeRange(startTime, endTime);
        int limit = OrderParams.limit(req);
        List<OrderListResult> lists;
        synchronized (venue) {
            lists = venue.orderLists(apiKey, fromId, startTime, endTime, limit);
        }
        return g -> OrderJson.writeLists(g, lists);
    }
}
