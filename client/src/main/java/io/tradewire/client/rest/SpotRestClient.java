package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.RateLimitPolicy;
import io.tradewire.client.clock.RecvWindow;
import io.tradewire.client.clock.VenueClock;
import io.tradewire.client.ratelimit.RateLimiter;
import io.tradewire.client.spot.CancelOrderRequest;
import io.tradewire.client.spot.CancelReplaceException;
import io.tradewire.client.spot.ExchangeInfo;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.OrderStatusRequest;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.ServerTime;
import io.tradewire.client.spot.SpotOperation;
import io.tradewire.client.spot.SpotOperations;
import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.error.ErrorPayloads;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.time.EpochClock;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Binance Spot REST API ({@code /api/v3}) on the JDK's {@link HttpClient}: pooled keep-alive connections,
 * HTTP/2 where the server offers it (ALPN over TLS), TLS certificates and host names always verified.
 *
 * <p>Every Spot operation that REST offers, shaped like the WebSocket API client: {@link #placeOrder},
 * {@link #cancelOrder}, {@link #orderStatus}, {@link #ping}, {@link #time}, {@link #exchangeInfo} here, and groups
 * {@link #market()}, {@link #trading()} and {@link #account()} whose methods have the names, request types and
 * response types of {@link io.tradewire.client.spot.SpotMarketApi}, {@link io.tradewire.client.spot.SpotTradingApi}
 * and {@link io.tradewire.client.spot.SpotAccountApi} ({@link PlaceOrderRequest} → {@link OrderResponse},
 * {@link ExchangeInfo}, {@link ServerTime}, ...). Each request is checked by the same code before anything is sent
 * and decoded by the same streaming decoders ({@link SpotOperations}). Every method returns a
 * {@link CompletableFuture} of an {@link ApiResponse} whose {@link ApiResponse#rateLimits() rateLimits} come from
 * the {@code X-MBX-USED-WEIGHT-*} and {@code X-MBX-ORDER-COUNT-*} headers.
 *
 * <p>Signed endpoints (TRADE, USER_DATA) carry {@code timestamp} from the venue's clock (estimated from
 * {@code GET /api/v3/time} with round-trip correction before the first signed request, refreshed periodically and
 * after a -1021), the configured {@code recvWindow}, and a {@code signature} (HMAC, RSA or Ed25519) over the query
 * string exactly as sent, with the key in the {@code X-MBX-APIKEY} header. All parameters travel in the query
 * string, for every HTTP method.
 *
 * <p>Failures complete the future with a {@link BinanceApiException}: the venue's error as
 * {@link ErrorPayloads#parse} reads it with the HTTP status; a 5xx, a timeout or a connection lost after sending
 * is {@code UNKNOWN_OUTCOME} (resolve an order by its client order id; orders and cancels are never resent), a
 * connection that could not be opened is {@code REJECTED} (not sent). A cancel-replace that failed in part or in
 * whole (409 -2021, 400 -2022) completes with a {@link CancelReplaceException} that says what each half did, as on
 * the WebSocket API. A read whose connection failed is asked once more. A client-side {@link RateLimiter}, corrected from every usage header, holds requests before the venue
 * would answer 429, and after a 429 or 418 until its {@code Retry-After}.
 *
 * <p>Futures complete on the HTTP client's executor ({@link Builder#executor}). Thread-safe.
 */
public final class SpotRestClient implements AutoCloseable {
    private static final String API_KEY_HEADER = "X-MBX-APIKEY";
    private static final CompletableFuture<Void> READY = CompletableFuture.completedFuture(null);
    private static final long RESYNC_FLOOR_NS = TimeUnit.SECONDS.toNanos(1);

    private final String base;
    private final HttpClient http;
    private final HttpClient.Version version;
    private final ApiCredentials credentials;
    private final VenueClock clock;
    private final RateLimiter limiter;
    private final RateLimitPolicy rateLimitPolicy;
    private final Duration requestTimeout;
    private final String recvWindowText;
    private final int clockSamples;
    private final long clockRefreshNs;
    private final Executor executor;
    private final Set<Call<?>> live = ConcurrentHashMap.newKeySet();
    private final AtomicReference<CompletableFuture<Long>> clockRound = new AtomicReference<>();
    private volatile long clockRoundStartNs;
    /** Rounds started so far: a -1021 on a request stamped before the latest round began asks for no new one. */
    private final AtomicLong clockRounds = new AtomicLong();
    private volatile boolean clockKnown;
    private volatile List<RateLimit> lastRateLimits = List.of();
    private volatile boolean closed;
    private final RestMarketApi market = new RestMarketApi(this);
    private final RestTradingApi trading = new RestTradingApi(this);
    private final RestAccountApi account = new RestAccountApi(this);

    private SpotRestClient(Builder b) {
        URI rest = Objects.requireNonNull(b.endpoints, "endpoints").rest();
        if (rest == null) {
            throw new IllegalArgumentException("endpoints " + b.endpoints + " have no REST base URL");
        }
        String retryAll = System.getProperty("jdk.httpclient.enableAllMethodRetry");
        if (retryAll != null && !"false".equalsIgnoreCase(retryAll.trim())) {
            // With it the JDK resends a POST or DELETE whose connection failed: an order could be placed twice.
            throw new IllegalStateException("system property jdk.httpclient.enableAllMethodRetry is set: the JDK "
                    + "HTTP client would resend orders and cancels on its own; unset it to use SpotRestClient");
        }
        String s = rest.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        // HTTP/2 is negotiated by ALPN over TLS; plain http (a local simulator) stays on HTTP/1.1 rather than
        // attempting an h2c upgrade nobody serves.
        this.version = "https".equalsIgnoreCase(rest.getScheme()) ? HttpClient.Version.HTTP_2
                : HttpClient.Version.HTTP_1_1;
        this.credentials = b.credentials;
        this.clock = new VenueClock(b.clock);
        this.limiter = new RateLimiter(clock);
        this.rateLimitPolicy = b.rateLimitPolicy;
        this.requestTimeout = b.requestTimeout;
        this.recvWindowText = b.recvWindowMs == null ? null : Decimals.toPlainString(b.recvWindowMs);
        this.clockSamples = b.clockSamples;
        this.clockRefreshNs = b.clockRefresh.isZero() ? Long.MAX_VALUE : b.clockRefresh.toNanos();
        this.executor = b.executor;
        HttpClient.Builder hb = HttpClient.newBuilder()
                .version(version)
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER); // a redirected signed request would be re-sent
        if (b.executor != null) {
            hb.executor(b.executor);
        }
        this.http = hb.build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------------ general

    /** @return {@code GET /api/v3/ping}: completes when the venue answers */
    public CompletableFuture<ApiResponse<Object>> ping() {
        return send(SpotOperations.ping());
    }

    /** @return {@code GET /api/v3/time}: the venue's clock */
    public CompletableFuture<ApiResponse<ServerTime>> time() {
        return send(SpotOperations.time());
    }

    /**
     * {@code GET /api/v3/exchangeInfo} for some symbols, or for all when none are given. Its rate limits also
     * become the client-side limiter's.
     *
     * @param symbols symbols to describe
     * @return trading rules
     * @throws IllegalArgumentException when a symbol is malformed (nothing is sent)
     */
    public CompletableFuture<ApiResponse<ExchangeInfo>> exchangeInfo(String... symbols) {
        return send(SpotOperations.exchangeInfo(symbols));
    }

    /** @return market data: {@code depth}, trades, klines, average price, tickers (no key needed) */
    public RestMarketApi market() {
        return market;
    }

    /** @return trading beyond place, cancel and status: tests, cancel-replace, amendments, order lists, SOR */
    public RestTradingApi trading() {
        return trading;
    }

    /** @return account queries: account, commission, order count, history, prevented matches, allocations */
    public RestAccountApi account() {
        return account;
    }

    // ------------------------------------------------------------------------------------------------ orders

    /**
     * {@code POST /api/v3/order}. Never resent: on {@code UNKNOWN_OUTCOME} resolve it with {@link #orderStatus}
     * by its client order id.
     *
     * @param request the order, checked by its builder
     * @return the venue's answer
     */
    public CompletableFuture<ApiResponse<OrderResponse>> placeOrder(PlaceOrderRequest request) {
        return send(SpotOperations.placeOrder(Objects.requireNonNull(request, "request")));
    }

    /**
     * {@code DELETE /api/v3/order}. Never resent.
     *
     * @param request which order
     * @return the canceled order
     */
    public CompletableFuture<ApiResponse<OrderResponse>> cancelOrder(CancelOrderRequest request) {
        return send(SpotOperations.cancelOrder(Objects.requireNonNull(request, "request")));
    }

    /**
     * {@code GET /api/v3/order}.
     *
     * @param request which order
     * @return the order
     */
    public CompletableFuture<ApiResponse<OrderResponse>> orderStatus(OrderStatusRequest request) {
        return send(SpotOperations.orderStatus(Objects.requireNonNull(request, "request")));
    }

    // ------------------------------------------------------------------------------------------------ state

    /**
     * Re-estimates the venue's clock from a few {@code GET /api/v3/time} round trips, one at a time, keeping the
     * sample with the smallest round trip. Runs by itself before the first signed request, when the estimate is
     * older than the refresh interval, and after a -1021 answer.
     *
     * @return the new offset (venue minus local, ms); a round already running is joined
     */
    public CompletableFuture<Long> syncClock() {
        CompletableFuture<Long> running = clockRound.get();
        if (running != null && !running.isDone()) {
            return running;
        }
        CompletableFuture<Long> mine = new CompletableFuture<>();
        if (!clockRound.compareAndSet(running, mine)) {
            return clockRound.get();
        }
        clockRoundStartNs = clock.nanoTime();
        clockRounds.incrementAndGet();
        clock.beginRound();
        CompletableFuture<Void> chain = READY;
        for (int i = 0; i < Math.max(1, clockSamples); i++) {
            chain = chain.thenCompose(v -> clockSample());
        }
        chain.whenComplete((v, e) -> {
            if (clock.endRound()) {
                clockKnown = true;
            }
            if (e != null && !clockKnown) {
                mine.completeExceptionally(unwrap(e));
            } else {
                mine.complete(clock.offsetMs());
            }
        });
        return mine;
    }

    private CompletableFuture<Void> clockSample() {
        return send(SpotOperations.time()).thenAccept(r -> {
            // Timed from the moment the request left, not from when it was asked for: a wait in the limiter
            // must not widen the window the venue's reading falls in.
            long receivedMs = clock.local().epochMillis();
            long sentMs = receivedMs - TimeUnit.NANOSECONDS.toMillis(r.roundTripNs());
            clock.sample(sentMs, receivedMs, r.roundTripNs(), r.result().serverTimeMs());
        });
    }

    /** @return the estimated venue-minus-local clock offset in ms used for {@code timestamp} */
    public long clockOffsetMs() {
        return clock.offsetMs();
    }

    /** @return the usage reported by the most recent answer that carried usage headers; empty before that */
    public List<RateLimit> lastRateLimits() {
        return lastRateLimits;
    }

    /**
     * @return every rate limit with its use in its current window, as this client counts it (corrected from the
     *         venue's headers); the headroom of a limit is {@code limit() - count()}
     */
    public List<RateLimit> rateLimitUsage() {
        return limiter.usage();
    }

    /**
     * Ends the client: requests not yet sent fail as not sent; requests in flight are abandoned and complete
     * with {@code UNKNOWN_OUTCOME} (the venue may still execute them).
     */
    @Override
    public void close() {
        closed = true;
        for (Call<?> c : live) {
            c.abandon();
        }
    }

    // ------------------------------------------------------------------------------------------------ calls

    /**
     * Sends an operation to its endpoint ({@link RestEndpoint#of}): one path for every method of this client and
     * its groups. A signed endpoint without credentials fails at once, not sent.
     */
    <T> CompletableFuture<ApiResponse<T>> send(SpotOperation<T> op) {
        RestEndpoint ep = RestEndpoint.of(op.method());
        if (ep.signed && credentials == null) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent(ep.method,
                    "no credentials configured"));
        }
        RequestParams p = new RequestParams();
        op.addParams(p);
        return call(ep, op.weight(), p, op.decoder());
    }

    /** Any endpoint: waits for a first clock estimate when signed, then goes through the limiter. */
    private <T> CompletableFuture<ApiResponse<T>> call(RestEndpoint ep, int weight, RequestParams params,
                                                       ResponseDecoder<T> decoder) {
        Call<T> call = new Call<>(ep, weight, RestCodec.entries(params), decoder);
        if (closed) {
            call.fail(BinanceApiException.notSent(ep.method, "client closed"));
            return call.future;
        }
        live.add(call);
        call.future.whenComplete((r, e) -> live.remove(call));
        if (ep.signed) {
            call.future.whenComplete((r, e) -> {
                if (clockSamples > 0 && e instanceof BinanceApiException
                        && ((BinanceApiException) e).category() == ErrorCategory.CLOCK
                        && clockRounds.get() == call.clockRoundAtSend) {
                    // One new estimate however many requests failed together: only a request stamped with the
                    // latest estimate asks for one (a round already running is joined).
                    syncClock();
                }
            });
            clockReady().whenComplete((v, e) -> dispatch(call));
        } else {
            dispatch(call);
        }
        return call.future;
    }

    /**
     * What a signed request waits for: the first clock estimate (once; a failed estimate is retried at most once a
     * second and then not waited for), and a background refresh when the estimate is old.
     */
    private CompletableFuture<?> clockReady() {
        if (clockSamples == 0) {
            return READY;
        }
        CompletableFuture<Long> round = clockRound.get();
        if (clockKnown) {
            if ((round == null || round.isDone()) && clock.nanoTime() - clockRoundStartNs > clockRefreshNs) {
                syncClock(); // the current estimate serves meanwhile
            }
            return READY;
        }
        if (round != null && !round.isDone()) {
            return round;
        }
        if (round == null || clock.nanoTime() - clockRoundStartNs > RESYNC_FLOOR_NS) {
            return syncClock();
        }
        return READY; // the estimate failed a moment ago: go with the local clock rather than wait
    }

    private void dispatch(Call<?> call) {
        if (call.future.isDone()) {
            return;
        }
        if (closed) {
            call.fail(BinanceApiException.notSent(call.ep.method, "client closed"));
            return;
        }
        long verdict = limiter.tryAcquire(call.weight, call.ep.orders);
        if (verdict == RateLimiter.GRANTED) {
            send(call);
            return;
        }
        if (verdict < 0 || rateLimitPolicy == RateLimitPolicy.FAIL_FAST) {
            call.fail(RateLimiter.heldBack(call.ep.method, verdict));
            return;
        }
        // WAIT: try again when the full window turns over; nothing has left, so nothing is at stake meanwhile.
        // At least every 250 ms: the clock estimate may move, and a ban may be reported meanwhile.
        long delayMs = Math.max(1, Math.min(250, verdict - clock.epochMillis()));
        Executor later = executor == null ? CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS)
                : CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS, executor);
        later.execute(() -> dispatch(call));
    }

    private <T> void send(Call<T> call) {
        HttpRequest request;
        try {
            String query;
            if (call.ep.signed) {
                // Stamped when it actually leaves: a request held by the limiter must not go out stale.
                call.clockRoundAtSend = clockRounds.get();
                query = RestCodec.signedQuery(call.params, clock.epochMillis(), recvWindowText, credentials.signer());
            } else {
                query = RestCodec.query(call.params);
            }
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(query.isEmpty() ? base + call.ep.path
                            : base + call.ep.path + '?' + query))
                    .version(version)
                    .timeout(requestTimeout)
                    .method(call.ep.httpMethod, HttpRequest.BodyPublishers.noBody());
            if (call.ep.signed) {
                rb.header(API_KEY_HEADER, credentials.apiKey());
            }
            request = rb.build();
        } catch (RuntimeException e) {
            // Never the exception's message: it could quote a parameter, and nothing left anyway.
            call.fail(BinanceApiException.notSent(call.ep.method, "request could not be built ("
                    + e.getClass().getSimpleName() + ")"));
            return;
        }
        synchronized (call) {
            if (call.future.isDone()) {
                return;
            }
            call.sentNs = System.nanoTime();
            call.attempts++;
            // The request timeout covers the wait for the headers; the same deadline bounds the body too.
            call.exchange = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        call.exchange.whenComplete((response, error) -> {
            if (error != null) {
                onFailure(call, unwrap(error));
            } else {
                onResponse(call, response);
            }
        });
    }

    private <T> void onResponse(Call<T> call, HttpResponse<byte[]> response) {
        long rttNs = System.nanoTime() - call.sentNs;
        List<RateLimit> usage = RateLimitHeaders.read(response.headers(), limiter.usage());
        if (!usage.isEmpty()) {
            lastRateLimits = List.copyOf(usage);
            for (RateLimit r : usage) {
                if (r.limit() >= 0) { // a window whose limit is unknown is shown, never enforced
                    limiter.onReported(List.of(r));
                }
            }
        }
        int status = response.statusCode();
        byte[] body = response.body();
        if (status >= 200 && status < 300) {
            T result;
            try {
                result = RestCodec.decode(body, call.decoder);
            } catch (IOException | RuntimeException e) {
                // The venue said yes and the answer is unreadable: what it did is not known here.
                call.fail(BinanceApiException.of(status, 0, call.ep.method + ": answer could not be decoded ("
                        + e.getMessage() + ")", 0));
                return;
            }
            if (result instanceof ExchangeInfo) {
                limiter.onReported(((ExchangeInfo) result).rateLimits());
            }
            call.future.complete(new ApiResponse<>(result, status, usage, rttNs));
            return;
        }
        BinanceApiException e = ErrorPayloads.parse(status, new String(body, StandardCharsets.UTF_8));
        if ((status == 429 || status == 418) && e.retryAfterEpochMs() == 0) {
            long until = retryAfter(response, e);
            if (until > 0) {
                e = BinanceApiException.of(e.httpStatus(), e.code(), e.binanceMessage(), until);
            }
        }
        if (e.category() == ErrorCategory.RATE_LIMITED || e.category() == ErrorCategory.BANNED) {
            limiter.onRejected(e.retryAfterEpochMs(), e.category() == ErrorCategory.BANNED, e.code() == -1015);
        }
        if (call.decoder.hasErrorData()) {
            // order.cancelReplace's 409 and 400 say what each half did: the same payload as the WebSocket API's
            // error.data, completed the same way (a CancelReplaceException).
            Object data = RestCodec.errorData(body, call.decoder);
            if (data != null) {
                call.future.completeExceptionally(call.decoder.errorWithData(e, data));
                return;
            }
        }
        call.fail(e);
    }

    /**
     * When a 429 or 418 ends, in venue time: a 418's message names the ban's end to the millisecond; otherwise the
     * {@code Retry-After} header (seconds from now); 0 when neither says.
     */
    private long retryAfter(HttpResponse<?> response, BinanceApiException e) {
        if (e.httpStatus() == 418) {
            long until = bannedUntil(e.binanceMessage());
            if (until > 0) {
                return until;
            }
        }
        String h = response.headers().firstValue("Retry-After").orElse(null);
        if (h != null) {
            try {
                long seconds = Long.parseLong(h.trim());
                if (seconds >= 0) {
                    return clock.epochMillis() + TimeUnit.SECONDS.toMillis(seconds);
                }
            } catch (NumberFormatException ignored) {
                // An HTTP date: Binance sends seconds; the limiter's default hold applies.
            }
        }
        return 0;
    }

    /** Reads N from "... IP banned until N. ..."; 0 when absent. */
    static long bannedUntil(String msg) {
        String marker = "banned until ";
        int i = msg.indexOf(marker);
        if (i < 0) {
            return 0;
        }
        int from = i + marker.length();
        int to = from;
        while (to < msg.length() && to - from < 18 && Character.isDigit(msg.charAt(to))) {
            to++;
        }
        return to == from ? 0 : Long.parseLong(msg.substring(from, to));
    }

    private <T> void onFailure(Call<T> call, Throwable t) {
        if (call.future.isDone()) {
            return;
        }
        String method = call.ep.method;
        if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) {
            // No connection, so the request never left.
            call.fail(BinanceApiException.notSent(method, "could not connect to " + base + " ("
                    + t.getClass().getSimpleName() + ")"));
        } else if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
            call.fail(BinanceApiException.timeout(method, requestTimeout.toNanos()));
        } else if (t instanceof IOException && !call.ep.mutating && call.attempts < 2 && !closed) {
            // A read whose connection failed (a kept-alive connection the server had closed, a reset): ask once
            // more, on a fresh connection. Orders and cancels are never resent.
            dispatch(call);
        } else {
            call.fail(BinanceApiException.disconnected(method));
        }
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** One request from the caller's call to its completion, across limiter waits and a read's second attempt. */
    private static final class Call<T> {
        final RestEndpoint ep;
        final int weight;
        final List<Map.Entry<String, String>> params;
        final ResponseDecoder<T> decoder;
        final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
        CompletableFuture<HttpResponse<byte[]>> exchange; // guarded by this
        int attempts; // guarded by this
        volatile long sentNs;
        volatile long clockRoundAtSend = -1;

        Call(RestEndpoint ep, int weight, List<Map.Entry<String, String>> params, ResponseDecoder<T> decoder) {
            this.ep = ep;
            this.weight = weight;
            this.params = params;
            this.decoder = decoder;
        }

        void fail(BinanceApiException e) {
            future.completeExceptionally(e);
        }

        /** On close: not sent if it never left, unknown if it is on the wire. */
        void abandon() {
            CompletableFuture<HttpResponse<byte[]>> ex;
            synchronized (this) {
                ex = exchange;
                if (ex == null || ex.isDone()) {
                    fail(BinanceApiException.notSent(ep.method, "client closed"));
                } else {
                    fail(BinanceApiException.of(0, 0, ep.method
                            + ": client closed before the answer; outcome unknown", 0));
                }
            }
            if (ex != null) {
                ex.cancel(true);
            }
        }
    }

    /** Configures a {@link SpotRestClient}. */
    public static final class Builder {
        private Endpoints endpoints = Endpoints.PRODUCTION;
        private ApiCredentials credentials;
        private EpochClock clock = EpochClock.system();
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private BigDecimal recvWindowMs;
        private int clockSamples = 5;
        private Duration clockRefresh = Duration.ofMinutes(5);
        private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.FAIL_FAST;
        private Executor executor;

        private Builder() {
        }

        /** @param v where to connect; its {@link Endpoints#rest()} is used (default production) @return this */
        public Builder endpoints(Endpoints v) {
            endpoints = Objects.requireNonNull(v, "endpoints");
            return this;
        }

        /** @param v API key and signer; needed for signed endpoints @return this */
        public Builder credentials(ApiCredentials v) {
            credentials = v;
            return this;
        }

        /** @param v the local clock (default the system clock) @return this */
        public Builder clock(EpochClock v) {
            clock = Objects.requireNonNull(v, "clock");
            return this;
        }

        /**
         * @param v how long a request may wait for its answer once sent (default 10 s); then it completes with
         *          {@code UNKNOWN_OUTCOME}
         * @return this
         */
        public Builder requestTimeout(Duration v) {
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("requestTimeout must be positive, was " + v);
            }
            requestTimeout = v;
            return this;
        }

        /** @param v deadline of TCP and TLS handshakes (default 10 s) @return this */
        public Builder connectTimeout(Duration v) {
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be positive, was " + v);
            }
            connectTimeout = v;
            return this;
        }

        /**
         * @param v {@code recvWindow} in milliseconds, up to 3 decimals (microseconds), at most 60000; unset means
         *          the venue's default of 5000
         * @return this
         */
        public Builder recvWindowMs(BigDecimal v) {
            recvWindowMs = RecvWindow.check(v);
            return this;
        }

        /**
         * How the venue's clock is tracked: {@code samples} {@code time} round trips before the first signed
         * request, after a -1021, and when the estimate is older than {@code refresh}; 0 samples turns tracking
         * off (timestamps then come from the local clock).
         *
         * @param samples round trips per estimate (default 5)
         * @param refresh age at which the estimate is renewed (default 5 minutes; zero for never)
         * @return this
         */
        public Builder clockSync(int samples, Duration refresh) {
            if (samples < 0 || refresh.isNegative()) {
                throw new IllegalArgumentException("clockSync: samples must be >= 0 and refresh not negative");
            }
            clockSamples = samples;
            clockRefresh = refresh;
            return this;
        }

        /**
         * What a request does when a rate limit has no room left, or after a 429 until {@code Retry-After}
         * (default {@link RateLimitPolicy#FAIL_FAST}). During a 418 ban requests always fail fast.
         *
         * @param v the policy
         * @return this
         */
        public Builder rateLimitPolicy(RateLimitPolicy v) {
            rateLimitPolicy = Objects.requireNonNull(v, "rateLimitPolicy");
            return this;
        }

        /**
         * @param v the executor of the HTTP client, on which futures complete (default: the JDK HTTP client's
         *          own); the client does not shut it down
         * @return this
         */
        public Builder executor(Executor v) {
            executor = v;
            return this;
        }

        /**
         * @return the client (no connection is opened before the first request)
         * @throws IllegalArgumentException when the endpoints have no REST base URL
         */
        public SpotRestClient build() {
            return new SpotRestClient(this);
        }
    }
}
