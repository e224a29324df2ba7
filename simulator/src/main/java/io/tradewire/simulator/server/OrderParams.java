package io.tradewire.simulator.server;

import io.tradewire.core.enums.CancelRestrictions;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.VenueException;

/**
 * Reads the parameters of a new order (order.place, order.test, order.cancelReplace, sor.*) or of an order list leg
 * ("above", "working", "pendingBelow", ...) into a {@link PlaceOrderCommand}, with Binance's errors for malformed
 * values; what the values mean is the venue's business.
 */
final class OrderParams {
    private OrderParams() {
    }

    /** A prefixed parameter name: {@code ("above", "price")} is "abovePrice"; no prefix, the name itself. */
    static String name(String prefix, String param) {
        return prefix.isEmpty() ? param : prefix + Character.toUpperCase(param.charAt(0)) + param.substring(1);
    }

    /**
     * @param prefix   leg prefix, "" for a plain order
     * @param sideName the side's parameter name (list legs may share one side)
     * @param qtyName  the quantity's parameter name (list legs may share one quantity)
     */
    static PlaceOrderCommand.Builder order(WsRequest req, String symbol, String prefix, String sideName,
                                           String qtyName) throws ApiError {
        Side side = Side.of(Params.requireText(req, sideName));
        if (!side.isKnown()) {
            throw Errors.invalidSide();
        }
        OrderType type = OrderType.of(Params.requireText(req, name(prefix, "type")));
        if (!type.isKnown()) {
            throw Errors.invalidOrderType();
        }
        TimeInForce tif = null;
        String tifText = req.text(name(prefix, "timeInForce"));
        if (tifText != null) {
            tif = TimeInForce.of(tifText);
            if (!tif.isKnown()) {
                throw Errors.invalidTif();
            }
        }
        String cidName = prefix.isEmpty() ? "newClientOrderId" : prefix + "ClientOrderId";
        Param cid = req.params().get(cidName);
        if (cid != null && cid.kind() != Param.Kind.NULL && cid.text().isEmpty()) {
            throw Errors.emptyNewClientOrderId();
        }
        if (req.text(name(prefix, "pegPriceType")) != null || req.text(name(prefix, "pegOffsetType")) != null
                || req.text(name(prefix, "pegOffsetValue")) != null) {
            throw new ApiError(400, -2010, "Pegged orders are not supported for this symbol.");
        }
        String trailing = req.text(name(prefix, "trailingDelta"));
        String strategyId = req.text(name(prefix, "strategyId"));
        String strategyType = req.text(name(prefix, "strategyType"));
        return PlaceOrderCommand.builder()
                .symbol(symbol)
                .side(side)
                .type(type)
                .timeInForce(tif)
                .quantity(Params.optDecimal(req, qtyName))
                .quoteOrderQty(prefix.isEmpty() ? Params.optDecimal(req, "quoteOrderQty") : null)
                .price(Params.optDecimal(req, name(prefix, "price")))
                .stopPrice(Params.optDecimal(req, name(prefix, "stopPrice")))
                .icebergQty(Params.optDecimal(req, name(prefix, "icebergQty")))
                .trailingDelta(trailing == null ? null : Params.parseLong(name(prefix, "trailingDelta"), trailing))
                .strategyId(strategyId == null ? null : Params.parseLong(name(prefix, "strategyId"), strategyId))
                .strategyType(strategyType == null ? null
                        : Params.parseLong(name(prefix, "strategyType"), strategyType))
                .newClientOrderId(req.text(cidName))
                .newOrderRespType(respType(req))
                .selfTradePreventionMode(stp(req));
    }

    static OrderResponseType respType(WsRequest req) throws ApiError {
        String respText = req.text("newOrderRespType");
        if (respText == null) {
            return null;
        }
        OrderResponseType t = OrderResponseType.of(respText);
        if (!t.isKnown()) {
            throw Errors.invalidData("newOrderRespType");
        }
        return t;
    }

    static SelfTradePreventionMode stp(WsRequest req) throws ApiError {
        String stpText = req.text("selfTradePreventionMode");
        if (stpText == null) {
            return null;
        }
        SelfTradePreventionMode m = SelfTradePreventionMode.of(stpText);
        if (!m.isKnown()) {
            throw Errors.invalidData("selfTradePreventionMode");
        }
        return m;
    }

    static CancelRestrictions cancelRestrictions(WsRequest req) throws ApiError {
        String text = req.text("cancelRestrictions");
        if (text == null) {
            return null;
        }
        CancelRestrictions r = CancelRestrictions.of(text);
        if (!r.isKnown()) {
            throw Errors.invalidCancelRestrictions();
        }
        return r;
    }

    /** A new client id parameter that was sent empty: -1118. */
    static String newClientId(WsRequest req, String name) throws ApiError {
        Param cid = req.params().get(name);
        if (cid != null && cid.kind() != Param.Kind.NULL && cid.text().isEmpty()) {
            throw Errors.emptyNewClientOrderId();
        }
        return req.text(name);
    }

    /** The page size: default 500, at most 1000. */
    static int limit(WsRequest req) throws ApiError {
        long limit = Params.optLong(req, "limit", 500L);
        if (limit > 1000) {
            throw Errors.tooLarge("limit", 1000);
        }
        return (int) Math.max(1, limit);
    }

    /** startTime/endTime at most 24 hours apart. */
    static void checkTimeRange(long startTime, long endTime) throws ApiError {
        if (startTime >= 0 && endTime >= 0 && endTime - startTime > 86_400_000L) {
            throw new ApiError(400, -1127, "More than 24 hours between startTime and endTime.");
        }
    }

    static ApiError fromVenue(VenueException e) {
        int status = e.httpStatus() == 0 ? 400 : e.httpStatus();
        return new ApiError(status, e.code(), e.message());
    }
}
