package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tradewire.core.enums.CancelRestrictions;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.Side;
import io.tradewire.simulator.venue.AmendResult;
import io.tradewire.simulator.venue.CommissionRates;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Trading methods on single orders: order.place, order.test, order.cancel, order.status, order.cancelReplace,
 * order.amend.keepPriority, openOrders.status, openOrders.cancelAll, sor.order.place, sor.order.test. Parameter
 * mapping, the venue call under its lock, the result shape.
 */
final class OrderMethods {
    /** Weight of order.test / sor.order.test with computeCommissionRates (1 without). */
    static final int COMMISSION_TEST_WEIGHT = 20;
    /** Weight of openOrders.status without a symbol (6 with one). */
    static final int OPEN_ORDERS_ALL_WEIGHT = 80;

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
        PlaceOrderCommand cmd = OrderParams.order(req, symbol, "", "side", "quantity").build();
        requireSymbol(symbol);
        limiter.addOrder(apiKey, usage); // unknown symbols are rejected before they count
        OrderResult result;
        synchronized (venue) {
            try {
                result = venue.placeOrder(apiKey, cmd);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        OrderResponseType effective = cmd.effectiveResponseType();
        return g -> OrderJson.writePlace(g, result, effective);
    }

    ResponseWriter.Body test(Session session, WsRequest req, Usage usage) throws ApiError {
        return test(session, req, usage, false);
    }

    ResponseWriter.Body sorTest(Session session, WsRequest req, Usage usage) throws ApiError {
        return test(session, req, usage, true);
    }

    private ResponseWriter.Body test(Session session, WsRequest req, Usage usage, boolean sor) throws ApiError {
        boolean commission = Params.optBoolean(req, "computeCommissionRates", false);
        if (commission) {
            limiter.addWeight(session.remoteIp(), COMMISSION_TEST_WEIGHT - 1, usage);
        }
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        PlaceOrderCommand cmd = OrderParams.order(req, symbol, "", "side", "quantity").build();
        requireSymbol(symbol);
        CommissionRates rates;
        synchronized (venue) {
            try {
                venue.testOrder(apiKey, cmd, sor);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
            rates = venue.commissionRates(apiKey);
        }
        if (!commission) {
            return WsApi::writeEmpty;
        }
        boolean buy = Side.BUY.equals(cmd.side());
        return g -> writeOrderCommission(g, rates, buy, !sor);
    }

    /** The commission rates that would apply to an order: its role's rate plus its side's. */
    private static void writeOrderCommission(JsonGenerator g, CommissionRates r, boolean buy, boolean special)
            throws IOException {
        BigDecimal side = buy ? r.buyer() : r.seller();
        g.writeStartObject();
        g.writeObjectFieldStart("standardCommissionForOrder");
        g.writeStringField("maker", OrderJson.dec(r.maker().add(side)));
        g.writeStringField("taker", OrderJson.dec(r.taker().add(side)));
        g.writeEndObject();
        if (special) {
            writeZeroRates(g, "specialCommissionForOrder", false);
        }
        writeZeroRates(g, "taxCommissionForOrder", false);
        writeDiscount(g);
        g.writeEndObject();
    }

    static void writeZeroRates(JsonGenerator g, String name, boolean withSides) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("maker", "0.00000000");
        g.writeStringField("taker", "0.00000000");
        if (withSides) {
            g.writeStringField("buyer", "0.00000000");
            g.writeStringField("seller", "0.00000000");
        }
        g.writeEndObject();
    }

    /** The venue has no BNB discount. */
    static void writeDiscount(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("discount");
        g.writeBooleanField("enabledForAccount", false);
        g.writeBooleanField("enabledForSymbol", false);
        g.writeStringField("discountAsset", "BNB");
        g.writeStringField("discount", "0.00000000");
        g.writeEndObject();
    }

    ResponseWriter.Body sorPlace(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        PlaceOrderCommand cmd = OrderParams.order(req, symbol, "", "side", "quantity").build();
        requireSymbol(symbol);
        limiter.addOrder(apiKey, usage);
        OrderResult result;
        synchronized (venue) {
            try {
                result = venue.placeSorOrder(apiKey, cmd);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        OrderResponseType effective = cmd.effectiveResponseType();
        return g -> {
            g.writeStartArray();
            OrderJson.writePlace(g, result, effective);
            g.writeEndArray();
        };
    }

    ResponseWriter.Body cancel(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.optLong(req, "orderId", -1L);
        String origClientOrderId = req.text("origClientOrderId");
        if (orderId < 0 && origClientOrderId == null) {
            throw Errors.eitherMandatory("orderId", "origClientOrderId");
        }
        String newClientOrderId = OrderParams.newClientId(req, "newClientOrderId");
        CancelRestrictions restriction = OrderParams.cancelRestrictions(req);
        OrderResult result;
        synchronized (venue) {
            try {
                if (restriction != null) {
                    checkRestriction(apiKey, symbol, orderId, origClientOrderId, restriction);
                }
                result = venue.cancelOrder(apiKey, symbol, orderId, origClientOrderId, newClientOrderId);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeCancelOrList(g, result);
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
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeStatus(g, result);
    }

    /**
     * order.cancelReplace. New-order parameters and filters are checked before anything happens (a failure is a plain
     * error); the order count is charged even when the new order is not attempted; then cancel, then place (unless
     * STOP_ON_FAILURE and the cancel failed). 200 when both succeed, 409 -2021 when one does, 400 -2022 when none.
     */
    ResponseWriter.Body cancelReplace(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        String mode = Params.requireText(req, "cancelReplaceMode");
        if (!"STOP_ON_FAILURE".equals(mode) && !"ALLOW_FAILURE".equals(mode)) {
            throw Errors.invalidData("cancelReplaceMode");
        }
        boolean stopOnFailure = "STOP_ON_FAILURE".equals(mode);
        long cancelOrderId = Params.optLong(req, "cancelOrderId", -1L);
        String cancelOrigClientOrderId = req.text("cancelOrigClientOrderId");
        if (cancelOrderId < 0 && cancelOrigClientOrderId == null) {
            throw Errors.eitherMandatory("cancelOrderId", "cancelOrigClientOrderId");
        }
        String cancelNewClientOrderId = OrderParams.newClientId(req, "cancelNewClientOrderId");
        CancelRestrictions restriction = OrderParams.cancelRestrictions(req);
        String rateMode = req.text("orderRateLimitExceededMode");
        if (rateMode != null && !"DO_NOTHING".equals(rateMode) && !"CANCEL_ONLY".equals(rateMode)) {
            throw Errors.invalidData("orderRateLimitExceededMode");
        }
        boolean cancelOnly = "CANCEL_ONLY".equals(rateMode);
        PlaceOrderCommand cmd = OrderParams.order(req, symbol, "", "side", "quantity").build();
        requireSymbol(symbol);
        synchronized (venue) {
            try {
                venue.testOrder(apiKey, cmd, false);
            } catch (VenueException e) {
                // Matching engine rejections (-2010: duplicate id, balance, ...) come after the cancel, which may
                // change them (the canceled order frees its id and its funds); request and filter errors do not.
                if (e.code() != -2010) {
                    throw OrderParams.fromVenue(e);
                }
            }
        }
        ApiError rateLimited = null;
        try {
            limiter.addOrder(apiKey, usage);
        } catch (ApiError e) {
            if (!cancelOnly || e.code() != -1015) {
                throw e;
            }
            rateLimited = e;
        }
        OrderResult canceled = null;
        ApiError cancelError = null;
        OrderResult placed = null;
        ApiError placeError = null;
        boolean attempted = false;
        synchronized (venue) {
            try {
                if (restriction != null) {
                    checkRestriction(apiKey, symbol, cancelOrderId, cancelOrigClientOrderId, restriction);
                }
                canceled = venue.cancelOrder(apiKey, symbol, cancelOrderId, cancelOrigClientOrderId,
                        cancelNewClientOrderId);
            } catch (VenueException e) {
                cancelError = OrderParams.fromVenue(e);
            } catch (ApiError e) {
                cancelError = e;
            }
            if (cancelError == null || !stopOnFailure) {
                attempted = true;
                if (rateLimited != null) {
                    placeError = rateLimited;
                } else {
                    try {
                        placed = venue.placeOrder(apiKey, cmd);
                    } catch (VenueException e) {
                        placeError = OrderParams.fromVenue(e);
                    }
                }
            }
        }
        OrderResponseType respType = cmd.effectiveResponseType();
        ResponseWriter.Body data = replaceData(canceled, cancelError, placed, placeError, attempted, respType);
        if (cancelError == null && placeError == null) {
            return data;
        }
        if (cancelError != null && (placeError != null || !attempted)) {
            throw ApiError.withData(400, -2022, "Order cancel-replace failed.", data);
        }
        throw ApiError.withData(409, -2021, "Order cancel-replace partially failed.", data);
    }

    private static ResponseWriter.Body replaceData(OrderResult canceled, ApiError cancelError, OrderResult placed,
                                                   ApiError placeError, boolean attempted,
                                                   OrderResponseType respType) {
        return g -> {
            g.writeStartObject();
            g.writeStringField("cancelResult", cancelError == null ? "SUCCESS" : "FAILURE");
            g.writeStringField("newOrderResult", !attempted ? "NOT_ATTEMPTED"
                    : placeError == null ? "SUCCESS" : "FAILURE");
            g.writeFieldName("cancelResponse");
            if (cancelError != null) {
                writeErrorObject(g, cancelError);
            } else {
                OrderJson.writeCancelOrList(g, canceled);
            }
            g.writeFieldName("newOrderResponse");
            if (!attempted) {
                g.writeNull();
            } else if (placeError != null) {
                writeErrorObject(g, placeError);
            } else {
                OrderJson.writePlace(g, placed, respType);
            }
            g.writeEndObject();
        };
    }

    private static void writeErrorObject(JsonGenerator g, ApiError e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", e.code());
        g.writeStringField("msg", e.msg());
        g.writeEndObject();
    }

    ResponseWriter.Body amend(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.optLong(req, "orderId", -1L);
        String origClientOrderId = req.text("origClientOrderId");
        if (orderId < 0 && origClientOrderId == null) {
            throw Errors.eitherMandatory("orderId", "origClientOrderId");
        }
        String newClientOrderId = OrderParams.newClientId(req, "newClientOrderId");
        BigDecimal newQty = Params.optDecimal(req, "newQty");
        if (newQty == null) {
            throw Errors.mandatory("newQty");
        }
        AmendResult result;
        synchronized (venue) {
            try {
                result = venue.amendOrder(apiKey, symbol, orderId, origClientOrderId, newClientOrderId, newQty);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeAmend(g, result);
    }

    ResponseWriter.Body openOrders(Session session, WsRequest req, Usage usage) throws ApiError {
        String symbol = req.text("symbol");
        if (symbol == null) {
            limiter.addWeight(session.remoteIp(), OPEN_ORDERS_ALL_WEIGHT - 6, usage);
        }
        String apiKey = auth.authenticateSigned(session, req);
        List<OrderResult> open;
        synchronized (venue) {
            if (symbol != null && venue.symbol(symbol).isEmpty()) {
                throw Errors.invalidSymbol();
            }
            open = venue.openOrders(apiKey, symbol);
        }
        return g -> OrderJson.writeStatuses(g, open);
    }

    ResponseWriter.Body cancelAll(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        List<OrderResult> canceled;
        synchronized (venue) {
            try {
                canceled = venue.cancelAllOpenOrders(apiKey, symbol);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> {
            g.writeStartArray();
            for (OrderResult r : canceled) {
                OrderJson.writeCancelOrList(g, r);
            }
            g.writeEndArray();
        };
    }

    private void requireSymbol(String symbol) throws ApiError {
        synchronized (venue) {
            if (venue.symbol(symbol).isEmpty()) {
                throw Errors.invalidSymbol();
            }
        }
    }

    /** Called with the venue lock held, so the status cannot change between check and cancel. */
    private void checkRestriction(String apiKey, String symbol, long orderId, String origClientOrderId,
                                  CancelRestrictions restriction) throws VenueException, ApiError {
        OrderResult current;
        try {
            current = venue.queryOrder(apiKey, symbol, orderId, origClientOrderId);
        } catch (VenueException e) {
            return; // the cancel itself answers "Unknown order sent."
        }
        OrderStatus required = CancelRestrictions.ONLY_NEW.equals(restriction) ? OrderStatus.NEW
                : OrderStatus.PARTIALLY_FILLED;
        if (OrderStatus.NEW.equals(current.status()) || OrderStatus.PARTIALLY_FILLED.equals(current.status())) {
            if (!required.equals(current.status())) {
                throw Errors.cancelRestricted();
            }
        }
    }
}
