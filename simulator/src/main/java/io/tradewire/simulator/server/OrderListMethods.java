package io.tradewire.simulator.server;

import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.simulator.venue.OrderListResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Order list methods: orderList.place (deprecated OCO), orderList.place.oco / .oto / .otoco, orderList.status, orderList.cancel, openOrderLists.status
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
        return placePair(apiKey, symbol, listClientOrderId, above, below, req, usage);
    }

    /**
     * orderList.place, the deprecated OCO (web-socket-api.md "Place new OCO - Deprecated"), still served by Binance
     * and the only list call of the official Java connector 3.4.1: a LIMIT_MAKER leg at {@code price} and a
     * STOP_LOSS leg at {@code stopPrice} (STOP_LOSS_LIMIT when {@code stopLimitPrice} is sent), sharing side and
     * quantity. That is the orderList.place.oco pair with the limit leg above for SELL and below for BUY.
     */
    ResponseWriter.Body placeDeprecatedOco(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        String listClientOrderId = OrderParams.newClientId(req, "listClientOrderId");
        Side side = Side.of(Params.requireText(req, "side"));
        if (!side.isKnown()) {
            throw Errors.invalidSide();
        }
        BigDecimal price = requireDecimal(req, "price");
        BigDecimal quantity = requireDecimal(req, "quantity");
        BigDecimal stopPrice = Params.optDecimal(req, "stopPrice");
        Long trailingDelta = optLong(req, "trailingDelta");
        if (stopPrice == null && trailingDelta == null) {
            throw Errors.eitherMandatory("stopPrice", "trailingDelta");
        }
        BigDecimal stopLimitPrice = Params.optDecimal(req, "stopLimitPrice");
        TimeInForce stopTif = null;
        String tifText = req.text("stopLimitTimeInForce");
        if (tifText != null) {
            stopTif = TimeInForce.of(tifText);
            if (!stopTif.isKnown()) {
                throw Errors.invalidTif();
            }
        }
        if (stopLimitPrice != null && stopTif == null) {
            throw Errors.mandatory("stopLimitTimeInForce");
        }
        PlaceOrderCommand limit = PlaceOrderCommand.builder()
                .symbol(symbol).side(side).type(OrderType.LIMIT_MAKER).quantity(quantity).price(price)
                .icebergQty(Params.optDecimal(req, "limitIcebergQty"))
                .strategyId(optLong(req, "limitStrategyId")).strategyType(optLong(req, "limitStrategyType"))
                .newClientOrderId(OrderParams.newClientId(req, "limitClientOrderId"))
                .newOrderRespType(OrderParams.respType(req)).selfTradePreventionMode(OrderParams.stp(req))
                .build();
        PlaceOrderCommand stop = PlaceOrderCommand.builder()
                .symbol(symbol).side(side)
                .type(stopLimitPrice == null ? OrderType.STOP_LOSS : OrderType.STOP_LOSS_LIMIT)
                .timeInForce(stopLimitPrice == null ? null : stopTif)
                .quantity(quantity).price(stopLimitPrice).stopPrice(stopPrice).trailingDelta(trailingDelta)
                .icebergQty(Params.optDecimal(req, "stopIcebergQty"))
                .strategyId(optLong(req, "stopStrategyId")).strategyType(optLong(req, "stopStrategyType"))
                .newClientOrderId(OrderParams.newClientId(req, "stopClientOrderId"))
                .newOrderRespType(OrderParams.respType(req)).selfTradePreventionMode(OrderParams.stp(req))
                .build();
        boolean buy = Side.BUY.equals(side);
        return placePair(apiKey, symbol, listClientOrderId, buy ? stop : limit, buy ? limit : stop, req, usage);
    }

    private static BigDecimal requireDecimal(WsRequest req, String name) throws ApiError {
        BigDecimal v = Params.optDecimal(req, name);
        if (v == null) {
            throw Errors.mandatory(name);
        }
        return v;
    }

    private static Long optLong(WsRequest req, String name) throws ApiError {
        String s = req.text(name);
        return s == null ? null : Params.parseLong(name, s);
    }

    private ResponseWriter.Body placePair(String apiKey, String symbol, String listClientOrderId,
                                          PlaceOrderCommand above, PlaceOrderCommand below, WsRequest req,
                                          Usage usage) throws ApiError {
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
