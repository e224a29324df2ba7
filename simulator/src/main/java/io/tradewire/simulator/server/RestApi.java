package io.tradewire.simulator.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.tradewire.core.signing.SignatureVerifier;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.FaultPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST {@code /api/v3} surface: turns an HTTP request into the WS API request the same operation takes there
 * (query string plus form body), authenticates it the REST way ({@code X-MBX-APIKEY} header, signature over
 * {@code totalParams} as sent), runs the WS API's own handler through {@link WsApi#invoke} and answers with the
 * bare result, or a {@code {"code":..,"msg":..}} error with the WS API error's HTTP status. Weights, ORDERS counts,
 * 429/418 and faults are the WS API's, counted on the same limiter (REQUEST_WEIGHT is per IP across both). Faults
 * name the operation by its WS API method ({@code order.place} hits {@code POST /api/v3/order} too).
 * Transport-free so tests can drive it; {@link RestHandler} feeds it from Netty.
 */
final class RestApi {
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final byte[] NOT_FOUND_HTML = "<html><body><h2>404 Not found</h2></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    /** What to do with an answer. */
    enum Action { SEND, DELAY, DROP }

    /** One HTTP answer: status, body and the values of Binance's headers ({@code -1}: header not sent). */
    static final class Answer {
        final int status;
        final ByteBuf body;
        final boolean html;
        long usedWeight = -1;
        long ordersTenSeconds = -1;
        long ordersDay = -1;
        long retryAfterSeconds = -1;
        Action action = Action.SEND;
        long delayMs;

        Answer(int status, ByteBuf body, boolean html) {
            this.status = status;
            this.body = body;
            this.html = html;
        }

        static Answer dropped() {
            Answer a = new Answer(0, Unpooled.EMPTY_BUFFER, false);
            a.action = Action.DROP;
            return a;
        }
    }

    private final WsApi api;

    RestApi(WsApi api) {
        this.api = api;
    }

    /**
     * Handles one request.
     *
     * @param httpMethod  GET, POST, PUT, DELETE
     * @param path        the path without the query string
     * @param rawQuery    the query string as sent, or null
     * @param body        the form body as sent, or null when the body carries no parameters
     * @param apiKey      the {@code X-MBX-APIKEY} header, or null
     * @param acceptsHtml whether the Accept header names text/html (only changes the 404 body)
     * @param remoteIp    the client's IP, the key of REQUEST_WEIGHT
     * @return the answer; its body is owned by the caller
     */
    Answer handle(String httpMethod, String path, byte[] rawQuery, byte[] body, String apiKey, boolean acceptsHtml,
                  String remoteIp, ByteBufAllocator alloc) {
        RestRoutes.Route route = RestRoutes.find(httpMethod, path);
        if (route == null) {
            // Binance: 404 for an endpoint it does not serve, an HTML body only for clients that ask for text/html.
            LOG.debug("REST {} {} from {}: no such endpoint", httpMethod, path, remoteIp);
            return acceptsHtml ? new Answer(404, Unpooled.wrappedBuffer(NOT_FOUND_HTML), true)
                    : new Answer(404, Unpooled.EMPTY_BUFFER, false);
        }
        Usage usage = new Usage(api.limiter().limits());
        Session session = new Session(remoteIp, api.clock().epochMillis());
        RestParams params;
        try {
            params = RestParams.parse(rawQuery, body);
        } catch (ApiError e) {
            return failure(session, route, e, usage, alloc);
        }
        // A REST client never sends apiKey as a parameter; one that does must not change whose request it is.
        params.params.remove("apiKey");
        WsRequest req = new WsRequest(WsRequest.IdKind.NULL, null, route.wsMethod, params.params);
        if (LOG.isDebugEnabled()) {
            // Names only: values can include signatures.
            LOG.debug("REST {} params={} from {}", route, req.params().keySet(), remoteIp);
        }
        FaultPlan faults = api.faults();
        Fault fault = faults.anyActive() ? faults.claim(FaultKind.Phase.REQUEST, route.wsMethod, apiKey) : null;
        if (fault != null) {
            return applyFault(fault, session, route, req, params, apiKey, usage, alloc);
        }
        return dispatch(session, route, req, params, apiKey, usage, alloc);
    }

    private Answer dispatch(Session session, RestRoutes.Route route, WsRequest req, RestParams params, String apiKey,
                            Usage usage, ByteBufAllocator alloc) {
        try {
            // Market data methods weigh 0 here and charge their parameter-dependent weight themselves.
            api.limiter().addRawRequest(session.remoteIp());
            api.limiter().addWeight(session.remoteIp(), api.weight(route.wsMethod), usage);
            if (route.signed) {
                authenticate(session, req, params, apiKey);
            }
            ResponseWriter.Body result = api.invoke(session, req, usage);
            if (WsApi.freeWhenSuccessful(route.wsMethod)) {
                api.limiter().refundWeight(session.remoteIp(), api.weight(route.wsMethod), usage);
            }
            return withHeaders(new Answer(200, write(alloc, result), false), usage, null);
        } catch (ApiError e) {
            return failure(session, route, e, usage, alloc);
        } catch (RuntimeException e) {
            LOG.warn("REST {} failed unexpectedly", route, e);
            return failure(session, route, Errors.unknown(), usage, alloc);
        }
    }

    /**
     * REST authentication, in Binance's order: the API key header, then timestamp and recvWindow (the WS API's
     * own check), then the signature over {@code totalParams}. The request then runs as if its connection were
     * logged on with the key, so the handler's own check passes without a second signature.
     */
    private void authenticate(Session session, WsRequest req, RestParams params, String apiKey) throws ApiError {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new ApiError(401, -2014, "API-key format invalid.");
        }
        SignatureVerifier verifier = api.keys().verifier(apiKey);
        if (verifier == null) {
            throw Errors.rejectedApiKey();
        }
        session.logon(apiKey, api.clock().epochMillis());
        api.auth().authenticateSigned(session, req); // timestamp mandatory and fresh enough
        if (params.signature == null || params.signature.isEmpty()) {
            throw Errors.mandatory("signature");
        }
        if (!verifier.verify(params.payload, params.signature)) {
            throw Errors.invalidSignature();
        }
    }

    /** An injected fault, as {@code WsApi} applies it to WS API requests, in HTTP terms. */
    private Answer applyFault(Fault fault, Session session, RestRoutes.Route route, WsRequest req, RestParams params,
                              String apiKey, Usage usage, ByteBufAllocator alloc) {
        FaultKind kind = fault.kind();
        api.faults().applied(kind.wireName(), "REST " + route + " from " + session.remoteIp());
        if (kind.runsRequest()) {
            Answer out = dispatch(session, route, req, params, apiKey, usage, alloc);
            switch (kind) {
                case DELAY_RESPONSE:
                    out.action = Action.DELAY;
                    out.delayMs = fault.delayMs();
                    return out;
                case DROP_AFTER_ENGINE:
                    out.body.release();
                    return Answer.dropped();
                case ERROR_5XX_AFTER_ENGINE:
                    out.body.release();
                    return forced(session, route, FaultAnswers.serverError(fault.status()), usage, alloc);
                default: // TIMEOUT_AFTER_ENGINE
                    out.body.release();
                    return forced(session, route, FaultAnswers.timeout(fault.status()), usage, alloc);
            }
        }
        long now = api.clock().epochMillis();
        RateLimitConfig limits = api.limiter().limits();
        switch (kind) {
            case DROP_BEFORE_ENGINE:
                return Answer.dropped();
            case ERROR_5XX_BEFORE_ENGINE:
                return forced(session, route, FaultAnswers.serverError(fault.status()), usage, alloc);
            case TIMEOUT_BEFORE_ENGINE:
                return forced(session, route, FaultAnswers.timeout(fault.status()), usage, alloc);
            case RATE_LIMIT_WEIGHT:
                return forced(session, route, FaultAnswers.tooMuchWeight(fault.status(), limits.weightPerMinute,
                        fault.retryAfterMs() > 0 ? now + fault.retryAfterMs()
                                : Math.floorDiv(now, 60_000L) * 60_000L + 60_000L), usage, alloc);
            case RATE_LIMIT_ORDERS:
                return forced(session, route, FaultAnswers.tooManyOrders(fault.status(), limits.ordersPer10Seconds,
                        fault.retryAfterMs() > 0 ? now + fault.retryAfterMs()
                                : Math.floorDiv(now, 10_000L) * 10_000L + 10_000L), usage, alloc);
            default: // IP_BAN
                return forced(session, route, FaultAnswers.ipBanned(fault.status(), now + fault.retryAfterMs()), usage,
                        alloc);
        }
    }

    private Answer forced(Session session, RestRoutes.Route route, ApiError e, Usage usage, ByteBufAllocator alloc) {
        return failure(session, route, e, usage, alloc);
    }

    /** An error answer; a request that failed before its weight was charged still costs 1, as on the WS API. */
    private Answer failure(Session session, RestRoutes.Route route, ApiError e, Usage usage, ByteBufAllocator alloc) {
        if (usage.weightCount < 0) {
            try {
                api.limiter().addWeight(session.remoteIp(), 1, usage);
            } catch (ApiError ignored) {
                // Already failing; the count is still reported.
            }
        }
        LOG.debug("REST {} from {} -> {} {} {}", route, session.remoteIp(), e.status(), e.code(), e.msg());
        return withHeaders(new Answer(e.status(), writeError(alloc, e), false), usage, e);
    }

    private Answer withHeaders(Answer a, Usage usage, ApiError e) {
        a.usedWeight = usage.weightCount;
        a.ordersTenSeconds = usage.ordersSecondCount;
        a.ordersDay = usage.ordersDayCount;
        if (e != null && (e.status() == 429 || e.status() == 418) && e.retryAfterMs() != 0) {
            // Retry-After is in seconds: until the window rolls over (429) or the ban ends (418), rounded up.
            long ms = e.retryAfterMs() - api.clock().epochMillis();
            a.retryAfterSeconds = Math.max(1L, Math.floorDiv(ms + 999L, 1000L));
        }
        return a;
    }

    private static ByteBuf write(ByteBufAllocator alloc, ResponseWriter.Body body) {
        ByteBuf buf = alloc.buffer(256);
        try (JsonGenerator g = FACTORY.createGenerator((OutputStream) new ByteBufOutputStream(buf), JsonEncoding.UTF8)) {
            body.write(g);
        } catch (IOException | RuntimeException e) {
            buf.release();
            throw e instanceof IOException ? new UncheckedIOException((IOException) e) : (RuntimeException) e;
        }
        return buf;
    }

    private static ByteBuf writeError(ByteBufAllocator alloc, ApiError e) {
        return write(alloc, g -> {
            g.writeStartObject();
            g.writeNumberField("code", e.code());
            g.writeStringField("msg", e.msg());
            if (e.data() != null) {
                g.writeFieldName("data"); // cancelReplace: what happened to each half
                e.data().write(g);
            }
            g.writeEndObject();
        });
    }
}
