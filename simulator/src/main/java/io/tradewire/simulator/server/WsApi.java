package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.FaultPlan;
import io.tradewire.simulator.venue.Venue;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WS API request dispatcher: parses a frame, charges rate limits, authenticates, runs the method
 * and writes the response. Transport-free so it can be driven from tests; {@link WsApiServer} feeds it
 * frames from Netty event loops. All venue calls are serialized on the venue's monitor
 * ({@code synchronized (venue)}), which is the lock other code must take too.
 *
 * <p>Simulator internal: public only so the root package can assemble it.
 */
public final class WsApi {
    private static final Logger LOG = LoggerFactory.getLogger(WsApi.class);

    /** Weight charged when a WebSocket API connection opens (per the docs). */
    static final int CONNECT_WEIGHT = 2;

    /** One method: its request weight and its handler. */
    private static final class Method {
        final int weight;
        final Handler handler;

        Method(int weight, Handler handler) {
            this.weight = weight;
            this.handler = handler;
        }
    }

    @FunctionalInterface
    private interface Handler {
        ResponseWriter.Body handle(Session session, WsRequest req, Usage usage) throws ApiError;
    }

    private final Venue venue;
    private final EpochClock clock;
    private final RateLimiter limiter;
    private final RequestAuth auth;
    /** The accepted API keys; REST verifies its signatures against them (see {@link RestApi}). */
    private final ApiKeyRegistry keys;
    private final OrderMethods orders;
    /** Market data methods; also the market data and streams the server routes /ws and /stream to. */
    final MarketDataMethods market;
    private final Map<String, Method> methods = new HashMap<>();
    /** User data subscriptions and their events (userDataStream.*, session.subscriptions). */
    private final UserDataHub userDataHub;
    private final UserDataMethods userData;
    /** Faults on demand; a plan nobody can arm until {@link #faults(FaultPlan, BanPolicy)} wires the simulator's. */
    private FaultPlan faults = new FaultPlan(EpochClock.system());

    /**
     * Creates the dispatcher.
     *
     * @param venue           the venue; its monitor serializes every call made on it
     * @param keys            the accepted API keys
     * @param clock           server time
     * @param recvWindowMaxMs largest accepted {@code recvWindow} (Binance: 60000)
     */
    public WsApi(Venue venue, ApiKeyRegistry keys, EpochClock clock, long recvWindowMaxMs) {
        this(venue, keys, clock, recvWindowMaxMs, RateLimitConfig.BINANCE);
    }

    /**
     * Creates the dispatcher with the given rate limits.
     *
     * @param venue           the venue; its monitor serializes every call made on it
     * @param keys            the accepted API keys
     * @param clock           server time
     * @param recvWindowMaxMs largest accepted {@code recvWindow} (Binance: 60000)
     * @param limits          the venue's rate limits
     */
    public WsApi(Venue venue, ApiKeyRegistry keys, EpochClock clock, long recvWindowMaxMs, RateLimitConfig limits) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limiter = new RateLimiter(clock, Objects.requireNonNull(limits, "limits"));
        this.auth = new RequestAuth(Objects.requireNonNull(keys, "keys"), clock, recvWindowMaxMs);
        this.keys = keys;
        this.orders = new OrderMethods(venue, limiter, auth);
        this.userDataHub = new UserDataHub(venue, clock, () -> faults);
        this.userData = new UserDataMethods(venue, auth, userDataHub);
        this.market = new MarketDataMethods(venue, limiter, clock); // charges its own, parameter-dependent weights
        MarketDataMethods.NAMES.forEach(n -> methods.put(n, new Method(0, (s, r, u) -> market.handle(n, s, r, u))));
        methods.put("ping", new Method(1, (s, r, u) -> g -> {
            g.writeStartObject();
            g.writeEndObject();
        }));
        methods.put("time", new Method(1, (s, r, u) -> {
            long now = clock.epochMillis();
            return g -> {
                g.writeStartObject();
                g.writeNumberField("serverTime", now);
                g.writeEndObject();
            };
        }));
        methods.put("exchangeInfo", new Method(20, this::exchangeInfo));
        methods.put("session.logon", new Method(2, this::logon));
        methods.put("session.status", new Method(2, (s, r, u) -> sessionBody(s)));
        methods.put("session.logout", new Method(2, (s, r, u) -> {
            userData.logout(s);
            s.logout();
            return sessionBody(s);
        }));
        methods.put("order.place", new Method(1, orders::place));
        methods.put("order.cancel", new Method(1, orders::cancel));
        methods.put("order.status", new Method(4, orders::status));
        registerTrading(new OrderListMethods(venue, limiter, auth), new AccountMethods(venue, limiter, auth, clock));
        methods.put("userDataStream.subscribe", new Method(UserDataMethods.WEIGHT, userData::subscribe));
        methods.put("userDataStream.subscribe.signature",
                new Method(UserDataMethods.WEIGHT, userData::subscribeSignature));
        methods.put("userDataStream.unsubscribe", new Method(UserDataMethods.WEIGHT, userData::unsubscribe));
        methods.put("session.subscriptions", new Method(UserDataMethods.WEIGHT, userData::subscriptions));
    }

    /**
     * Wires the simulator's faults and the IP ban rule; call before serving.
     *
     * @param faults the fault plan the requests consult
     * @param bans   when repeated 429s turn into a 418 ban
     * @return this dispatcher
     */
    public WsApi faults(FaultPlan faults, BanPolicy bans) {
        this.faults = Objects.requireNonNull(faults, "faults");
        limiter.banPolicy(bans);
        return this;
    }

    /**
     * The fault plan in use.
     *
     * @return the plan
     */
    public FaultPlan faults() {
        return faults;
    }

    /** Trading and account methods beyond place/cancel/status; weights as documented (extras charged inside). */
    private void registerTrading(OrderListMethods lists, AccountMethods account) {
        methods.put("order.test", new Method(1, orders::test));
        methods.put("order.cancelReplace", new Method(1, orders::cancelReplace));
        methods.put("order.amend.keepPriority", new Method(4, orders::amend));
        methods.put("openOrders.status", new Method(6, orders::openOrders));
        methods.put("openOrders.cancelAll", new Method(1, orders::cancelAll));
        methods.put("sor.order.place", new Method(1, orders::sorPlace));
        methods.put("sor.order.test", new Method(1, orders::sorTest));
        methods.put("orderList.place", new Method(1, lists::placeDeprecatedOco)); // deprecated, still served
        methods.put("orderList.place.oco", new Method(1, lists::placeOco));
        methods.put("orderList.place.oto", new Method(1, lists::placeOto));
        methods.put("orderList.place.otoco", new Method(1, lists::placeOtoco));
        methods.put("orderList.status", new Method(4, lists::status));
        methods.put("orderList.cancel", new Method(1, lists::cancel));
        methods.put("openOrderLists.status", new Method(6, lists::open));
        methods.put("allOrderLists", new Method(20, lists::all));
        methods.put("account.status", new Method(20, account::status));
        methods.put("account.commission", new Method(20, account::commission));
        methods.put("account.rateLimits.orders", new Method(40, account::orderRateLimits));
        methods.put("allOrders", new Method(20, account::allOrders));
        methods.put("myTrades", new Method(5, account::myTrades));
        methods.put("myPreventedMatches", new Method(2, account::preventedMatches));
        methods.put("myAllocations", new Method(20, account::myAllocations));
        methods.put("order.amendments", new Method(4, account::amendments));
    }

    /**
     * Gives a WebSocket session its connection, for user data events; its subscriptions end when the connection
     * closes.
     */
    void attach(Session session, io.netty.channel.Channel channel) {
        if (session.userData() != null) {
            return;
        }
        UserDataConnection c = new UserDataConnection(channel);
        session.userData(c);
        channel.closeFuture().addListener(f -> {
            synchronized (venue) {
                userDataHub.connectionClosed(c);
            }
        });
    }

    Session openSession(String remoteIp) {
        Session s = new Session(remoteIp, clock.epochMillis());
        try {
            limiter.addWeight(remoteIp, CONNECT_WEIGHT, new Usage(limiter.limits()));
        } catch (ApiError ignored) {
            // Over the limit already: the next request is the one that gets the 429.
        }
        return s;
    }

    /**
     * Handles one text frame.
     *
     * @return the response frame's content (owned by the caller)
     */
    ByteBuf handle(Session session, byte[] src, int offset, int length, ByteBufAllocator alloc) {
        Usage usage = new Usage(limiter.limits());
        WsRequest req;
        try {
            req = RequestParser.parse(src, offset, length);
        } catch (RequestParser.Malformed e) {
            LOG.debug("malformed request from {}: {}", session.remoteIp(), e.getMessage());
            return failure(session, WsRequest.NULL_ID, Errors.invalidJson(), usage, session.returnRateLimitsDefault(), alloc);
        } catch (RequestParser.Rejected e) {
            WsRequest r = e.request();
            return failure(session, r, e.error(), usage, returnRateLimits(session, r), alloc);
        }
        boolean withLimits = returnRateLimits(session, req);
        if (LOG.isDebugEnabled()) {
            // Parameter names only: values can include signatures and API keys.
            LOG.debug("request {} id={} params={} from {}", req.method(), req.idText(), req.params().keySet(),
                    session.remoteIp());
        }
        Fault fault = faults.anyActive() ? faults.claim(FaultKind.Phase.REQUEST, req.method(), actingKey(session, req))
                : null;
        if (fault != null) {
            return applyFault(fault, session, req, usage, withLimits, alloc);
        }
        return dispatch(session, req, usage, withLimits, alloc);
    }

    /** Runs a parsed request: rate limits, method, response. */
    private ByteBuf dispatch(Session session, WsRequest req, Usage usage, boolean withLimits, ByteBufAllocator alloc) {
        Method m = methods.get(req.method());
        try {
            limiter.addWeight(session.remoteIp(), m == null ? 1 : m.weight, usage);
            if (m == null) {
                throw Errors.unsupportedMethod();
            }
            ResponseWriter.Body body = m.handler.handle(session, req, usage);
            if (freeWhenSuccessful(req.method())) {
                limiter.refundWeight(session.remoteIp(), m.weight, usage);
            }
            return ResponseWriter.success(alloc, req, body, usage, withLimits);
        } catch (ApiError e) {
            if (e.status() == 418) {
                // The IP is banned: "you will be disconnected" (web-socket-api.md, IP limits).
                session.afterResponse(Session.SEND_THEN_CLOSE, 0);
            }
            return failure(session, req, e, usage, withLimits, alloc);
        } catch (RuntimeException e) {
            LOG.warn("request {} failed unexpectedly", req.method(), e);
            return failure(session, req, Errors.unknown(), usage, withLimits, alloc);
        }
    }

    /** The API key a request acts for, for faults that target one: its {@code apiKey} or the session's. */
    private static String actingKey(Session session, WsRequest req) {
        String k = req.text("apiKey");
        return k != null ? k : session.apiKey();
    }

    /**
     * Applies an injected fault to a request: answers in the request's place (before-engine kinds, rate-limit
     * answers), or runs it and then drops, delays or replaces the answer (after-engine kinds).
     *
     * @return the response, or null when the connection is dropped instead
     */
    private ByteBuf applyFault(Fault fault, Session session, WsRequest req, Usage usage, boolean withLimits,
                               ByteBufAllocator alloc) {
        FaultKind kind = fault.kind();
        faults.applied(kind.wireName(), req.method() + " id=" + req.idText() + " from " + session.remoteIp());
        if (kind.runsRequest()) {
            ByteBuf out = dispatch(session, req, usage, withLimits, alloc);
            session.takeAfterResponse(); // a fault overrides what the request itself asked for
            switch (kind) {
                case DELAY_RESPONSE:
                    session.afterResponse(Session.DELAY, fault.delayMs());
                    return out;
                case DROP_AFTER_ENGINE:
                    out.release();
                    session.afterResponse(Session.DROP, 0);
                    return null;
                case ERROR_5XX_AFTER_ENGINE:
                    out.release();
                    return forced(session, req, FaultAnswers.serverError(fault.status()), usage, withLimits, alloc);
                default: // TIMEOUT_AFTER_ENGINE
                    out.release();
                    return forced(session, req, FaultAnswers.timeout(fault.status()), usage, withLimits, alloc);
            }
        }
        long now = clock.epochMillis();
        switch (kind) {
            case DROP_BEFORE_ENGINE:
                session.afterResponse(Session.DROP, 0);
                return null;
            case ERROR_5XX_BEFORE_ENGINE:
                return forced(session, req, FaultAnswers.serverError(fault.status()), usage, withLimits, alloc);
            case TIMEOUT_BEFORE_ENGINE:
                return forced(session, req, FaultAnswers.timeout(fault.status()), usage, withLimits, alloc);
            case RATE_LIMIT_WEIGHT:
                return forced(session, req, FaultAnswers.tooMuchWeight(fault.status(), limiter.limits().weightPerMinute,
                        fault.retryAfterMs() > 0 ? now + fault.retryAfterMs() : Math.floorDiv(now, 60_000L) * 60_000L + 60_000L),
                        usage, withLimits, alloc);
            case RATE_LIMIT_ORDERS:
                return forced(session, req, FaultAnswers.tooManyOrders(fault.status(), limiter.limits().ordersPer10Seconds,
                        fault.retryAfterMs() > 0 ? now + fault.retryAfterMs() : Math.floorDiv(now, 10_000L) * 10_000L + 10_000L),
                        usage, withLimits, alloc);
            default: // IP_BAN
                return forced(session, req, FaultAnswers.ipBanned(fault.status(), now + fault.retryAfterMs()), usage,
                        withLimits, alloc);
        }
    }

    /** A fault's error answer: charged like any failed request, but never a real ban's disconnection. */
    private ByteBuf forced(Session session, WsRequest req, ApiError e, Usage usage, boolean withLimits,
                           ByteBufAllocator alloc) {
        return failure(session, req, e, usage, withLimits, alloc);
    }

    /** Response to a frame that is not text (binary frames are not requests). */
    ByteBuf notText(Session session, ByteBufAllocator alloc) {
        return failure(session, WsRequest.NULL_ID, Errors.invalidJson(), new Usage(limiter.limits()), session.returnRateLimitsDefault(), alloc);
    }

    private ByteBuf failure(Session session, WsRequest req, ApiError e, Usage usage, boolean withLimits,
                            ByteBufAllocator alloc) {
        if (usage.weightCount < 0) {
            try {
                limiter.addWeight(session.remoteIp(), 1, usage);
            } catch (ApiError ignored) {
                // Already failing; the count is still reported.
            }
        }
        LOG.debug("request {} id={} -> {} {}", req.method(), req.idText(), e.code(), e.msg());
        return ResponseWriter.error(alloc, req, e, clock.epochMillis(), usage, withLimits);
    }

    private static boolean returnRateLimits(Session session, WsRequest req) {
        String s = req.text("returnRateLimits");
        if ("false".equalsIgnoreCase(s)) {
            return false;
        }
        if ("true".equalsIgnoreCase(s)) {
            return true;
        }
        return session.returnRateLimitsDefault();
    }

    private ResponseWriter.Body logon(Session session, WsRequest req, Usage usage) throws ApiError {
        String apiKey = auth.authenticateLogon(req);
        session.logon(apiKey, clock.epochMillis());
        return sessionBody(session);
    }

    private ResponseWriter.Body sessionBody(Session s) {
        String apiKey = s.apiKey();
        // "true" while the session has at least one user data subscription (web-socket-api.md, session.status).
        boolean userDataStream = s.userData() != null && s.userData().hasActive();
        long authorizedSince = s.authorizedSince();
        long now = clock.epochMillis();
        return g -> {
            g.writeStartObject();
            g.writeStringField("apiKey", apiKey);
            if (apiKey == null) {
                g.writeNullField("authorizedSince");
            } else {
                g.writeNumberField("authorizedSince", authorizedSince);
            }
            g.writeNumberField("connectedSince", s.connectedSince());
            g.writeBooleanField("returnRateLimits", s.returnRateLimitsDefault());
            g.writeNumberField("serverTime", now);
            g.writeBooleanField("userDataStream", userDataStream);
            g.writeEndObject();
        };
    }

    private ResponseWriter.Body exchangeInfo(Session session, WsRequest req, Usage usage) throws ApiError {
        ExchangeInfoJson.Selection sel = ExchangeInfoJson.select(venue, req);
        long now = clock.epochMillis();
        return g -> ExchangeInfoJson.write(g, now, sel, limiter.limits());
    }

    // ---- the REST surface (RestApi) runs the same method table: no handler exists twice ----------------------

    /** The weight a method charges before its handler runs, or -1 when there is no such method. */
    /**
     * Whether a method weighs 0 when it succeeds (Binance since 2026-04-02, CHANGELOG 2026-03-27); failures are
     * charged the documented weight. {@code order.amend.keepPriority} is free only when the amendment expires the
     * order, which this simulator does not single out: it is always charged.
     *
     * @param method a WS API method name
     * @return whether success is free
     */
    static boolean freeWhenSuccessful(String method) {
        switch (method) {
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
                return true;
            default:
                return false;
        }
    }

    int weight(String method) {
        Method m = methods.get(method);
        return m == null ? -1 : m.weight;
    }

    /** Runs a method's handler only: the caller has charged {@link #weight(String)} and writes the answer. */
    ResponseWriter.Body invoke(Session session, WsRequest req, Usage usage) throws ApiError {
        Method m = methods.get(req.method());
        if (m == null) {
            throw Errors.unsupportedMethod();
        }
        return m.handler.handle(session, req, usage);
    }

    RateLimiter limiter() {
        return limiter;
    }

    RequestAuth auth() {
        return auth;
    }

    ApiKeyRegistry keys() {
        return keys;
    }

    EpochClock clock() {
        return clock;
    }

    static void writeEmpty(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeEndObject();
    }
}
