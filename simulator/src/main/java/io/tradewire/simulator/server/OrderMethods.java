package io.tradewire.simulator.server;

import io.tradewire.core.enums.CancelRestrictions;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.math.BigDecimal;

/** order.place, order.cancel and order.status: parameter mapping, venue call under its lock, result shape. */
final class OrderMethods {
    private final Venue venue;
    private final RateLimiter limiter;
    private final RequestAuth auth;

    OrderMethods(Venue venue, RateLimiter limiter, RequestAuth auth) {
        this.venue = venue;
        this.limiter = limiter;
        this.auth = auth;
    }

    ResponseWriter.Body place(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        Side side = Side.of(Params.requireText(req, "side"));
        if (!side.isKnown()) {
            throw Errors.invalidSide();
        }
        OrderType type = OrderType.of(Params.requireText(req, "type"));
        if (!type.isKnown()) {
            throw Errors.invalidOrderType();
        }
        TimeInForce tif = null;
        String tifText = req.text("timeInForce");
        if (tifText != null) {
            tif = TimeInForce.of(tifText);
            if (!tif.isKnown()) {
                throw Errors.invalidTif();
            }
        }
        BigDecimal quantity = Params.optDecimal(req, "quantity");
        BigDecimal quoteOrderQty = Params.optDecimal(req, "quoteOrderQty");
        BigDecimal price = Params.optDecimal(req, "price");
        Param cid = req.params().get("newClientOrderId");
        if (cid != null && cid.kind() != Param.Kind.NULL && cid.text().isEmpty()) {
            throw Errors.emptyNewClientOrderId();
        }
        OrderResponseType respType = null;
        String respText = req.text("newOrderRespType");
        if (respText != null) {
            respType = OrderResponseType.of(respText);
            if (!respType.isKnown()) {
                throw Errors.invalidData("newOrderRespType");
            }
        }
        SelfTradePreventionMode stp = null;
        String stpText = req.text("selfTradePreventionMode");
        if (stpText != null) {
            stp = SelfTradePreventionMode.of(stpText);
            if (!stp.isKnown()) {
                throw Errors.invalidData("selfTradePreventionMode");
            }
        }
        PlaceOrderCommand cmd = PlaceOrderCommand.builder()
                .symbol(symbol)
                .side(side)
                .type(type)
                .timeInForce(tif)
                .quantity(quantity)
                .quoteOrderQty(quoteOrderQty)
                .price(price)
                .newClientOrderId(req.text("newClientOrderId"))
                .newOrderRespType(respType)
                .selfTradePreventionMode(stp)
                .build();
        // Unknown symbols are rejected before they count against the order limits.
        synchronized (venue) {
            if (venue.symbol(symbol).isEmpty()) {
                throw Errors.invalidSymbol();
            }
        }
        limiter.addOrder(apiKey, usage);
        OrderResult result;
        synchronized (venue) {
            try {
                result = venue.placeOrder(apiKey, cmd);
            } catch (VenueException e) {
                throw fromVenue(e);
            }
        }
        OrderResponseType effective = cmd.effectiveResponseType();
        return g -> OrderJson.writePlace(g, result, effective);
    }

    ResponseWriter.Body cancel(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.optLong(req, "orderId", -1L);
        String origClientOrderId = req.text("origClientOrderId");
        if (orderId < 0 && origClientOrderId == null) {
            throw Errors.eitherMandatory("orderId", "origClientOrderId");
        }
        Param cid = req.params().get("newClientOrderId");
        if (cid != null && cid.kind() != Param.Kind.NULL && cid.text().isEmpty()) {
            throw Errors.emptyNewClientOrderId();
        }
        CancelRestrictions restriction = null;
        String restrictionText = req.text("cancelRestrictions");
        if (restrictionText != null) {
            restriction = CancelRestrictions.of(restrictionText);
            if (!restriction.isKnown()) {
                throw Errors.invalidCancelRestrictions();
            }
        }
        OrderResult result;
        synchronized (venue) {
            try {
                if (restriction != null) {
                    checkRestriction(apiKey, symbol, orderId, origClientOrderId, restriction);
                }
                result = venue.cancelOrder(apiKey, symbol, orderId, origClientOrderId, req.text("newClientOrderId"));
            } catch (VenueException e) {
                throw fromVenue(e);
            }
        }
        return g -> OrderJson.writeCancel(g, result);
    }

    ResponseWriter.Body status(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.optLong(req, "orderId", -1L);
        String origClientOrderId = req.text("origClientOrderId");
        if (orderId < 0 && origClientOrderId == null) {
            throw Errors.eitherMandatory("orderId", "origClientOrderId");
        }
        OrderResult result;
        synchronized (venue) {
            try {
                result = venue.queryOrder(apiKey, symbol, orderId, origClientOrderId);
            } catch (VenueException e) {
                throw fromVenue(e);
            }
        }
        return g -> OrderJson.writeStatus(g, result);
    }

    /** Called with the venue lock held, so the status cannot change between check and cancel. */
    private void checkRestriction(String apiKey, String symbol, long orderId, String origClientOrderId,
                                  CancelRestrictions restriction) throws VenueException, ApiError {
        OrderResult current = venue.queryOrder(apiKey, symbol, orderId, origClientOrderId);
        OrderStatus required = CancelRestrictions.ONLY_NEW.equals(restriction) ? OrderStatus.NEW
                : OrderStatus.PARTIALLY_FILLED;
        if (OrderStatus.NEW.equals(current.status()) || OrderStatus.PARTIALLY_FILLED.equals(current.status())) {
            if (!required.equals(current.status())) {
                throw Errors.cancelRestricted();
            }
        }
    }

    private static ApiError fromVenue(VenueException e) {
        int status = e.httpStatus() == 0 ? 400 : e.httpStatus();
        return new ApiError(status, e.code(), e.message());
    }
}
