package io.tradewire.simulator.server;

import io.tradewire.simulator.venue.AccountTrade;
import io.tradewire.simulator.venue.Amendment;
import io.tradewire.simulator.venue.Balance;
import io.tradewire.simulator.venue.CommissionRates;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PreventedMatch;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Account methods: account.status, account.commission, account.rateLimits.orders, allOrders, myTrades,
 * myPreventedMatches, order.amendments.
 */
final class AccountMethods {
    /** myTrades without orderId weighs 20, with it 5. */
    static final int MY_TRADES_WEIGHT = 20;
    /** myPreventedMatches by orderId weighs 20, by preventedMatchId 2. */
    static final int PREVENTED_BY_ORDER_WEIGHT = 20;

    private final Venue venue;
    private final RateLimiter limiter;
    private final RequestAuth auth;
    private final io.tradewire.core.time.EpochClock clock;

    AccountMethods(Venue venue, RateLimiter limiter, RequestAuth auth, io.tradewire.core.time.EpochClock clock) {
        this.venue = venue;
        this.limiter = limiter;
        this.auth = auth;
        this.clock = clock;
    }

    ResponseWriter.Body status(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        boolean omitZero = Params.optBoolean(req, "omitZeroBalances", false);
        Map<String, Balance> balances;
        CommissionRates rates;
        synchronized (venue) {
            balances = venue.balances(apiKey);
            rates = venue.commissionRates(apiKey);
        }
        long now = clock.epochMillis();
        long uid = apiKey.hashCode() & 0x7fffffffL;
        return g -> {
            g.writeStartObject();
            g.writeNumberField("makerCommission", bps(rates.maker()));
            g.writeNumberField("takerCommission", bps(rates.taker()));
            g.writeNumberField("buyerCommission", bps(rates.buyer()));
            g.writeNumberField("sellerCommission", bps(rates.seller()));
            g.writeBooleanField("canTrade", true);
            g.writeBooleanField("canWithdraw", true);
            g.writeBooleanField("canDeposit", true);
            g.writeObjectFieldStart("commissionRates");
            g.writeStringField("maker", OrderJson.dec(rates.maker()));
            g.writeStringField("taker", OrderJson.dec(rates.taker()));
            g.writeStringField("buyer", OrderJson.dec(rates.buyer()));
            g.writeStringField("seller", OrderJson.dec(rates.seller()));
            g.writeEndObject();
            g.writeBooleanField("brokered", false);
            g.writeBooleanField("requireSelfTradePrevention", false);
            g.writeBooleanField("preventSor", false);
            g.writeNumberField("updateTime", now);
            g.writeStringField("accountType", "SPOT");
            g.writeArrayFieldStart("balances");
            for (Map.Entry<String, Balance> e : balances.entrySet()) {
                Balance b = e.getValue();
                if (omitZero && b.free().signum() == 0 && b.locked().signum() == 0) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("asset", e.getKey());
                g.writeStringField("free", OrderJson.dec(b.free()));
                g.writeStringField("locked", OrderJson.dec(b.locked()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("permissions");
            g.writeString("SPOT");
            g.writeEndArray();
            g.writeNumberField("uid", uid);
            g.writeEndObject();
        };
    }

    /** A rate in basis points, as the legacy integer fields carry it (0.0015 is 15). */
    private static long bps(BigDecimal rate) {
        return rate.movePointRight(4).longValue();
    }

    ResponseWriter.Body commission(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        CommissionRates rates;
        synchronized (venue) {
            if (venue.symbol(symbol).isEmpty()) {
                throw Errors.invalidSymbol();
            }
            rates = venue.commissionRates(apiKey);
        }
        return g -> {
            g.writeStartObject();
            g.writeStringField("symbol", symbol);
            g.writeObjectFieldStart("standardCommission");
            g.writeStringField("maker", OrderJson.dec(rates.maker()));
            g.writeStringField("taker", OrderJson.dec(rates.taker()));
            g.writeStringField("buyer", OrderJson.dec(rates.buyer()));
            g.writeStringField("seller", OrderJson.dec(rates.seller()));
            g.writeEndObject();
            OrderMethods.writeZeroRates(g, "specialCommission", true);
            OrderMethods.writeZeroRates(g, "taxCommission", true);
            OrderMethods.writeDiscount(g);
            g.writeEndObject();
        };
    }

    ResponseWriter.Body orderRateLimits(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        long[] counts = limiter.orderCounts(apiKey);
        RateLimitConfig limits = limiter.limits();
        return g -> {
            g.writeStartArray();
            ResponseWriter.writeLimit(g, "ORDERS", "SECOND", 10, limits.ordersPer10Seconds, counts[0]);
            ResponseWriter.writeLimit(g, "ORDERS", "DAY", 1, limits.ordersPerDay, counts[1]);
            g.writeEndArray();
        };
    }

    ResponseWriter.Body allOrders(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.optLong(req, "orderId", -1L);
        long startTime = Params.optLong(req, "startTime", -1L);
        long endTime = Params.optLong(req, "endTime", -1L);
        OrderParams.checkTimeRange(startTime, endTime);
        int limit = OrderParams.limit(req);
        List<OrderResult> orders;
        synchronized (venue) {
            try {
                orders = venue.allOrders(apiKey, symbol, orderId, startTime, endTime, limit);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeStatuses(g, orders);
    }

    ResponseWriter.Body myTrades(Session session, WsRequest req, Usage usage) throws ApiError {
        long orderId = Params.optLong(req, "orderId", -1L);
        if (orderId < 0) {
            limiter.addWeight(session.remoteIp(), MY_TRADES_WEIGHT - 5, usage);
        }
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long startTime = Params.optLong(req, "startTime", -1L);
        long endTime = Params.optLong(req, "endTime", -1L);
        long fromId = Params.optLong(req, "fromId", -1L);
        boolean range = startTime >= 0 || endTime >= 0;
        if (range && (fromId >= 0 || orderId >= 0)) {
            throw Errors.badCombination();
        }
        OrderParams.checkTimeRange(startTime, endTime);
        int limit = OrderParams.limit(req);
        List<AccountTrade> trades;
        synchronized (venue) {
            try {
                trades = venue.myTrades(apiKey, symbol, orderId, startTime, endTime, fromId, limit);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeTrades(g, trades);
    }

    /** myAllocations (weight 20): the SOR allocations of the account. */
    ResponseWriter.Body myAllocations(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.optLong(req, "orderId", -1L);
        long startTime = Params.optLong(req, "startTime", -1L);
        long endTime = Params.optLong(req, "endTime", -1L);
        long fromAllocationId = Params.optLong(req, "fromAllocationId", -1L);
        boolean range = startTime >= 0 || endTime >= 0;
        if (range && (fromAllocationId >= 0 || orderId >= 0)) {
            throw Errors.badCombination(); // only the documented parameter combinations
        }
        OrderParams.checkTimeRange(startTime, endTime);
        int limit = OrderParams.limit(req);
        List<AccountTrade> allocations;
        synchronized (venue) {
            try {
                allocations = venue.myAllocations(apiKey, symbol, orderId, startTime, endTime, fromAllocationId, limit);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeAllocations(g, allocations);
    }

    ResponseWriter.Body preventedMatches(Session session, WsRequest req, Usage usage) throws ApiError {
        long orderId = Params.optLong(req, "orderId", -1L);
        long preventedMatchId = Params.optLong(req, "preventedMatchId", -1L);
        String symbol = Params.requireText(req, "symbol");
        boolean knownSymbol;
        synchronized (venue) {
            knownSymbol = venue.symbol(symbol).isPresent();
        }
        if (orderId >= 0 && knownSymbol) {
            limiter.addWeight(session.remoteIp(), PREVENTED_BY_ORDER_WEIGHT - 2, usage);
        }
        String apiKey = auth.authenticateSigned(session, req);
        long from = Params.optLong(req, "fromPreventedMatchId", -1L);
        if (preventedMatchId < 0 && orderId < 0) {
            throw Errors.eitherMandatory("preventedMatchId", "orderId");
        }
        if (preventedMatchId >= 0 && (orderId >= 0 || from >= 0) || from >= 0 && orderId < 0) {
            throw Errors.badCombination();
        }
        int limit = OrderParams.limit(req);
        List<PreventedMatch> list;
        synchronized (venue) {
            try {
                list = venue.preventedMatches(apiKey, symbol, preventedMatchId, orderId, from, limit);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writePreventedMatches(g, list);
    }

    ResponseWriter.Body amendments(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateSigned(session, req);
        String symbol = Params.requireText(req, "symbol");
        long orderId = Params.requireLong(req, "orderId");
        long fromExecutionId = Params.optLong(req, "fromExecutionId", -1L);
        int limit = OrderParams.limit(req);
        List<Amendment> list;
        synchronized (venue) {
            try {
                list = venue.amendments(apiKey, symbol, orderId, fromExecutionId, limit);
            } catch (VenueException e) {
                throw OrderParams.fromVenue(e);
            }
        }
        return g -> OrderJson.writeAmendments(g, list);
    }
}
