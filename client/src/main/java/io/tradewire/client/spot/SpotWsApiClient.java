package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.ConnectionState;
import io.tradewire.client.Endpoints;
import io.tradewire.client.RateLimitPolicy;
import io.tradewire.client.clock.RecvWindow;
import io.tradewire.client.clock.VenueClock;
import io.tradewire.client.ratelimit.RateLimiter;
import io.tradewire.client.transport.EventLoops;
import io.tradewire.client.transport.WebSocketConnector;
import io.tradewire.client.wsapi.AnswerObserver;
import io.tradewire.client.wsapi.ConnectionKeeper;
import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.client.wsapi.WsApiConnection;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.KeyType;
import io.tradewire.core.time.EpochClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The Binance Spot WebSocket API over one connection.
 *
 * <p>Lifecycle: {@link #connect()} opens the connection, estimates the venue's clock and, with an Ed25519 key, logs
 * the session on ({@code session.logon}) so that signed requests then carry only a {@code timestamp}; with HMAC or
 * RSA keys each signed request carries {@code apiKey} and {@code signature}. A lost connection is replaced with
 * exponential backoff and jitter and set up again (clock, logon); a connection nearing the venue's 24 h limit, or one
 * the venue announces it will shut down, is rotated make-before-break. A connection on which nothing arrives for too
 * long is presumed dead and replaced. {@link #close()} ends it all. The {@link ConnectionListener} sees every state
 * change and rotation.
 *
 * <p>When the connection is lost, reads in flight are asked again on the next connection and reads issued meanwhile
 * wait for it (bounded queue, within the request timeout); requests that change state (placing, cancelling) in flight
 * complete with {@code UNKNOWN_OUTCOME} and are never resent, and those issued meanwhile fail at once, not sent.
 *
 * <p>Every method returns a {@link CompletableFuture} that completes exactly once: with the typed answer, or
 * exceptionally with a {@link BinanceApiException} whose {@link BinanceApiException#category() category} says
 * whether the request was certainly not executed ({@code REJECTED}), may have been
 * ({@code UNKNOWN_OUTCOME}: timeout, disconnect, 5xx, -1007), and so on. Requests that change state are never
 * resent by the client. Futures complete on the connection's I/O thread: dependent stages must not block (use the
 * {@code ...Async} variants with an executor for slow work).
 *
 * <p>Thread-safe: requests may be sent from any thread.
 */
public final class SpotWsApiClient implements AutoCloseable {
    /**
     * Parameters are filled, stamped, signed and encoded in one synchronous step on the sending thread, so each
     * thread reuses one buffer: the order path allocates no parameter storage.
     */
    private static final ThreadLocal<RequestParams> SCRATCH = ThreadLocal.withInitial(RequestParams::new);
    private final Endpoints endpoints;
    private final ApiCredentials credentials;
    private final VenueClock clock;
    private final int clockSamples;
    private final Duration clockRefresh;
    private final AtomicLong lastClockSyncNs = new AtomicLong(Long.MIN_VALUE / 2);
    private final java.util.concurrent.atomic.AtomicBoolean clockSyncing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile ScheduledFuture<?> clockTask;
    private final RateLimiter limiter;
    private final RateLimitPolicy rateLimitPolicy;
    private final long requestTimeoutNs;
    private final String recvWindowText;
    private final boolean autoLogon;
    private final EventLoops loops;
    private final boolean ownsLoops;
    private final ConnectionKeeper keeper;
    private final SpotMarketApi market;
    private final SpotTradingApi trading;
    private final SpotAccountApi account;
    private final SpotUserDataApi userData;

    private SpotWsApiClient(Builder b) {
        this.endpoints = Objects.requireNonNull(b.endpoints, "endpoints");
        this.credentials = b.credentials;
        this.clock = new VenueClock(b.clock);
        this.clockSamples = b.clockSamples;
        this.clockRefresh = b.clockRefresh;
        this.limiter = new RateLimiter(this.clock);
        this.rateLimitPolicy = b.rateLimitPolicy;
        this.requestTimeoutNs = b.requestTimeout.toNanos();
        this.recvWindowText = b.recvWindowMs == null ? null : Decimals.toPlainString(b.recvWindowMs);
        this.autoLogon = b.autoLogon;
        this.ownsLoops = b.eventLoops == null;
        this.loops = ownsLoops ? new EventLoops(1, "tradewire-wsapi") : b.eventLoops;
        WebSocketConnector connector = new WebSocketConnector(loops, b.maxFrameBytes, b.connectTimeout,
                b.pingInterval, b.deadAfter);
        this.market = new SpotMarketApi(this);
        this.trading = new SpotTradingApi(this);
        this.account = new SpotAccountApi(this);
        this.userData = new SpotUserDataApi(this, requestTimeoutNs);
        // User data events reach the typed listener first; the raw onEvent path still sees every frame.
        this.keeper = new ConnectionKeeper(connector, endpoints.wsApi(), requestTimeoutNs, userData.route(b.listener),
                this::setUp,
                new ConnectionKeeper.Policy(b.reconnect, b.backoffMin, b.backoffMax, b.maxConnectionAge, 1024),
                loops.group());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the connection, estimates the venue's clock, and logs on when the credentials hold an Ed25519 key and
     * auto-logon is on. A failure of this first connection is reported, not retried.
     *
     * @return completes when requests can be sent
     */
    public CompletableFuture<Void> connect() {
        if (clockSamples > 0 && !clockRefresh.isZero() && clockTask == null) {
            long ms = clockRefresh.toMillis();
            clockTask = loops.group().scheduleAtFixedRate(this::syncClock, ms, ms, TimeUnit.MILLISECONDS);
        }
        return keeper.start();
    }

    /**
     * The set-up of every fresh connection, before it takes user requests: the clock first, then the logon, then
     * the user data subscription if there was one (a rotation overlaps the old connection's subscription; a
     * reconnect follows a gap, which the user data listener is told about).
     */
    private CompletableFuture<Void> setUp(WsApiConnection c) {
        c.observeAnswers(answers); // before its first request: every answer updates the limiter and the clock
        WsApiConnection live = keeper.current();
        boolean rotation = live != null && live != c && live.isOpen();
        // The clock first: session.logon carries a timestamp the venue checks against recvWindow.
        CompletableFuture<Long> synced = clockSamples > 0 ? syncClockOn(c) : CompletableFuture.completedFuture(0L);
        return synced.thenCompose(offset -> {
            if (autoLogon && credentials != null && credentials.keyType() == KeyType.ED25519) {
                return logonOn(c).thenApply(r -> (Void) null);
            }
            return CompletableFuture.completedFuture((Void) null);
        }).thenCompose(v -> userData.restoreOn(c, rotation));
    }

    /** @return market data methods ({@code depth}, {@code klines}, tickers, ...) */
    public SpotMarketApi market() {
        return market;
    }

    /** @return trading methods beyond place/cancel/status (tests, cancel-replace, amend, order lists, SOR) */
    public SpotTradingApi trading() {
        return trading;
    }

    /** @return account methods (balances, commissions, order and trade history) */
    public SpotAccountApi account() {
        return account;
    }

    /** @return the user data stream: subscription, typed events, restoration after reconnects */
    public SpotUserDataApi userData() {
        return userData;
    }

    /**
     * Re-estimates the venue's clock from a few {@code time} round trips, one at a time, keeping the sample with
     * the smallest round trip. Runs on connect, periodically, and after a -1021 answer.
     *
     * @return the new offset (venue minus local, ms)
     */
    public CompletableFuture<Long> syncClock() {
        return syncClockOn(null);
    }

    private CompletableFuture<Long> syncClockOn(WsApiConnection pinned) {
        lastClockSyncNs.set(clock.nanoTime());
        clock.beginRound();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < Math.max(1, clockSamples); i++) {
            chain = chain.thenCompose(v -> clockSample(pinned));
        }
        return chain.thenApply(v -> {
            clock.endRound();
            return clock.offsetMs();
        });
    }

    private CompletableFuture<Void> clockSample(WsApiConnection pinned) {
        long sentMs = clock.local().epochMillis();
        long sentNs = clock.nanoTime();
        return request(pinned, "time", c -> null, SpotDecoders.TIME, false).thenAccept(r -> clock.sample(sentMs,
                clock.local().epochMillis(), clock.nanoTime() - sentNs, r.result().serverTimeMs()));
    }

    /** @return the estimated venue-minus-local clock offset in ms used for {@code timestamp} */
    public long clockOffsetMs() {
        return clock.offsetMs();
    }

    /** @return the connection state */
    public ConnectionState state() {
        return keeper.state();
    }

    /** @return whether the current connection is logged on (signed requests need no signature) */
    public boolean isLoggedOn() {
        WsApiConnection c = keeper.current();
        return c != null && c.isLoggedOn();
    }

    /** @return the rate-limit usage from the most recent answer that carried one; empty before that */
    public List<RateLimit> lastRateLimits() {
        WsApiConnection c = keeper.current();
        return c == null ? List.of() : c.lastRateLimits();
    }

    /**
     * @return every rate limit with its use in its current window, as this client counts it (corrected from the
     *         venue's reports); the headroom of a limit is {@code limit() - count()}
     */
    public List<RateLimit> rateLimitUsage() {
        return limiter.usage();
    }

    /** Replaces the connection make-before-break now (it also happens by age and on {@code serverShutdown}). */
    public void rotateConnection() {
        keeper.rotate("requested");
    }

    /** @return {@code ping}: completes when the venue answers */
    public CompletableFuture<ApiResponse<Object>> ping() {
        return unsigned(SpotOperations.ping());
    }

    /** @return {@code time}: the venue's clock */
    public CompletableFuture<ApiResponse<ServerTime>> time() {
        return unsigned(SpotOperations.time());
    }

    /**
     * {@code exchangeInfo} for some symbols, or for all when none are given.
     *
     * @param symbols symbols to describe
     * @return trading rules
     */
    public CompletableFuture<ApiResponse<ExchangeInfo>> exchangeInfo(String... symbols) {
        return unsigned(SpotOperations.exchangeInfo(symbols));
    }

    /**
     * {@code session.logon}: authenticates the current connection with the Ed25519 key. {@link #connect()} does
     * this already unless auto-logon is off; reconnections and rotations log on again by themselves.
     *
     * @return the session status
     */
    public CompletableFuture<ApiResponse<SessionStatus>> logon() {
        WsApiConnection c = keeper.current();
        if (c == null) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent("session.logon", "not connected"));
        }
        return logonOn(c).thenApply(r -> {
            keeper.refreshState();
            return r;
        });
    }

    private CompletableFuture<ApiResponse<SessionStatus>> logonOn(WsApiConnection c) {
        if (credentials == null) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent("session.logon", "no credentials"));
        }
        if (credentials.keyType() != KeyType.ED25519) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent("session.logon",
                    "session.logon needs an Ed25519 key; this key is " + credentials.keyType()));
        }
        Function<WsApiConnection, RequestParams> params = conn -> {
            RequestParams p = new RequestParams().add("apiKey", credentials.apiKey())
                    .add("timestamp", clock.epochMillis());
            if (recvWindowText != null) {
                p.addRawJson("recvWindow", recvWindowText);
            }
            return p.sign(credentials.signer());
        };
        return request(c, "session.logon", params, SpotDecoders.SESSION, false).thenApply(r -> {
            c.loggedOn(r.result().isAuthorized());
            return r;
        });
    }

    /** @return {@code session.status} of the current connection */
    public CompletableFuture<ApiResponse<SessionStatus>> sessionStatus() {
        return request(null, "session.status", c -> null, SpotDecoders.SESSION, false);
    }

    /** @return {@code session.logout}; signed requests on this connection carry signatures again afterwards */
    public CompletableFuture<ApiResponse<SessionStatus>> logout() {
        WsApiConnection c = keeper.current();
        if (c == null) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent("session.logout", "not connected"));
        }
        return request(c, "session.logout", conn -> null, SpotDecoders.SESSION, false).thenApply(r -> {
            c.loggedOn(false);
            keeper.refreshState();
            return r;
        });
    }

    /**
     * {@code order.place}.
     *
     * @param request the order
     * @return the venue's answer; on {@code UNKNOWN_OUTCOME} resolve with {@link #orderStatus} by client order id
     */
    public CompletableFuture<ApiResponse<OrderResponse>> placeOrder(PlaceOrderRequest request) {
        return signed("order.place", request::addTo, SpotDecoders.ORDER, true);
    }

    /**
     * {@code order.cancel}.
     *
     * @param request which order
     * @return the canceled order
     */
    public CompletableFuture<ApiResponse<OrderResponse>> cancelOrder(CancelOrderRequest request) {
        return signed("order.cancel", request::addTo, SpotDecoders.ORDER, true);
    }

    /**
     * {@code order.status}.
     *
     * @param request which order
     * @return the order
     */
    public CompletableFuture<ApiResponse<OrderResponse>> orderStatus(OrderStatusRequest request) {
        return signed("order.status", request::addTo, SpotDecoders.ORDER, false);
    }

    /**
     * Sends a signed method (USER_DATA, TRADE): parameters from {@code fill}, then {@code apiKey}, {@code timestamp},
     * {@code recvWindow} and the signature, unless the connection is logged on. For the method groups of this
     * package.
     *
     * @param method   API method
     * @param fill     adds the method's own parameters (called on the sending thread, possibly more than once)
     * @param d        result decoder
     * @param mutating whether it may change state at the venue (never resent; UNKNOWN_OUTCOME when unanswered)
     * @param <T>      result type
     * @return the answer
     */
    <T> CompletableFuture<ApiResponse<T>> signed(String method, java.util.function.Consumer<RequestParams> fill,
                                                 ResponseDecoder<T> d, boolean mutating) {
        return signed(method, SpotWeights.weight(method), fill, d, mutating);
    }

    /** {@link #signed(String, java.util.function.Consumer, ResponseDecoder, boolean)} with a parameter-dependent weight. */
    <T> CompletableFuture<ApiResponse<T>> signed(String method, int weight,
                                                 java.util.function.Consumer<RequestParams> fill,
                                                 ResponseDecoder<T> d, boolean mutating) {
        if (credentials == null) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent(method, "no credentials configured"));
        }
        // Stamped and signed when it actually leaves, for the connection that carries it: a request held by the
        // rate limiter must not go out stale, and only a logged-on connection may go without a signature.
        // A -1021 answer re-syncs the clock: see the answer observer.
        return request(null, method, weight, c -> stampAndSign(fill, c.isLoggedOn()), d, mutating);
    }

    /**
     * Sends a signed operation of {@link SpotOperations}, already checked; its weight and decoder are the
     * operation's. For the method groups of this package.
     *
     * @param op       the operation (its parameters are written again for each attempt)
     * @param mutating whether it may change state at the venue (never resent; UNKNOWN_OUTCOME when unanswered)
     * @param <T>      result type
     * @return the answer
     */
    <T> CompletableFuture<ApiResponse<T>> signed(SpotOperation<T> op, boolean mutating) {
        return signed(op.method(), op.weight(), op::addParams, op.decoder(), mutating);
    }

    /**
     * Sends an unsigned operation of {@link SpotOperations}, already checked. For the method groups of this
     * package.
     *
     * @param op  the operation
     * @param <T> result type
     * @return the answer
     */
    <T> CompletableFuture<ApiResponse<T>> unsigned(SpotOperation<T> op) {
        return unsigned(op.method(), op.weight(), op.hasParams() ? op::addParams : null, op.decoder());
    }

    /**
     * One re-sync at a time, however many requests failed together, and at least 250 ms after the previous one so a
     * venue that keeps answering -1021 (a recvWindow too small for the network) is not hammered; a re-sync due
     * sooner is postponed, not dropped.
     */
    private void resyncAfterClockError() {
        if (!clockSyncing.compareAndSet(false, true)) {
            return;
        }
        Runnable sync = () -> syncClock().whenComplete((o, x) -> clockSyncing.set(false));
        long waitNs = TimeUnit.MILLISECONDS.toNanos(250) - (clock.nanoTime() - lastClockSyncNs.get());
        if (waitNs > 0) {
            loops.group().schedule(sync, waitNs, TimeUnit.NANOSECONDS);
        } else {
            sync.run();
        }
    }

    private RequestParams stampAndSign(java.util.function.Consumer<RequestParams> fill, boolean session) {
        RequestParams p = SCRATCH.get().clear();
        fill.accept(p);
        if (!session) {
            p.add("apiKey", credentials.apiKey());
        }
        p.add("timestamp", clock.epochMillis());
        if (recvWindowText != null) {
            p.addRawJson("recvWindow", recvWindowText);
        }
        if (!session) {
            p.sign(credentials.signer());
        }
        return p;
    }

    /**
     * Sends an unsigned method (NONE) on the current connection. For the method groups of this package.
     *
     * @param method API method
     * @param fill   adds its parameters (called on the sending thread, possibly more than once); null for none
     * @param d      result decoder
     * @param <T>    result type
     * @return the answer
     */
    <T> CompletableFuture<ApiResponse<T>> unsigned(String method, java.util.function.Consumer<RequestParams> fill,
                                                   ResponseDecoder<T> d) {
        return unsigned(method, SpotWeights.weight(method), fill, d);
    }

    /** {@link #unsigned(String, java.util.function.Consumer, ResponseDecoder)} with a parameter-dependent weight. */
    <T> CompletableFuture<ApiResponse<T>> unsigned(String method, int weight,
                                                   java.util.function.Consumer<RequestParams> fill,
                                                   ResponseDecoder<T> d) {
        return request(null, method, weight, c -> {
            if (fill == null) {
                return null;
            }
            RequestParams p = SCRATCH.get().clear();
            fill.accept(p);
            return p;
        }, d, false);
    }

    /**
     * Sends a request on {@code pinned} (set-up of a fresh connection, logon/logout) or on whichever connection is
     * current when it leaves.
     */
    private <T> CompletableFuture<ApiResponse<T>> request(WsApiConnection pinned, String method,
                                                          Function<WsApiConnection, RequestParams> params,
                                                          ResponseDecoder<T> d, boolean mutating) {
        return request(pinned, method, SpotWeights.weight(method), params, d, mutating);
    }

    private <T> CompletableFuture<ApiResponse<T>> request(WsApiConnection pinned, String method, int weight,
                                                          Function<WsApiConnection, RequestParams> params,
                                                          ResponseDecoder<T> d, boolean mutating) {
        CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
        dispatch(pinned, method, weight, params, d, mutating, future);
        return future;
    }

    /**
     * Sends a read on one given connection (the set-up of a fresh connection: restoring the user data
     * subscription), signed per request unless {@code signed} is false. For the method groups of this package.
     */
    <T> CompletableFuture<ApiResponse<T>> sendOn(WsApiConnection c, String method, boolean signed,
                                                 java.util.function.Consumer<RequestParams> fill,
                                                 ResponseDecoder<T> d) {
        if (signed && credentials == null) {
            return CompletableFuture.failedFuture(BinanceApiException.notSent(method, "no credentials configured"));
        }
        return request(c, method, conn -> {
            if (signed) {
                return stampAndSign(fill, conn.isLoggedOn());
            }
            if (fill == null) {
                return null;
            }
            RequestParams p = SCRATCH.get().clear();
            fill.accept(p);
            return p;
        }, d, false);
    }

    private <T> void dispatch(WsApiConnection pinned, String method, int weight,
                              Function<WsApiConnection, RequestParams> params,
                              ResponseDecoder<T> d, boolean mutating, CompletableFuture<ApiResponse<T>> future) {
        if (future.isDone()) {
            return;
        }
        WsApiConnection c = pinned != null ? pinned : keeper.current();
        if (c == null || !c.isOpen()) {
            if (pinned == null && !mutating && keeper.replacing()) {
                // A read while the connection is being replaced: ask it on the next one (bounded wait).
                keeper.whenConnected(() -> dispatch(null, method, weight, params, d, false, future),
                        () -> future.completeExceptionally(BinanceApiException.notSent(method,
                                "no connection within the request timeout")));
                return;
            }
            future.completeExceptionally(BinanceApiException.notSent(method, "not connected"));
            return;
        }
        long verdict = limiter.tryAcquire(weight, SpotWeights.orders(method));
        if (verdict == RateLimiter.GRANTED) {
            // A read lost with its connection is asked again on the next one; writes are never resent.
            Runnable resend = mutating || pinned != null ? null
                    : () -> dispatch(null, method, weight, params, d, false, future);
            c.send(method, params.apply(c), d, mutating, future, resend);
            return;
        }
        if (verdict < 0 || rateLimitPolicy == RateLimitPolicy.FAIL_FAST) {
            future.completeExceptionally(RateLimiter.heldBack(method, verdict));
            return;
        }
        // WAIT: retry when the full window turns over; the request has not left, so nothing is at stake meanwhile.
        // Re-check at least every 250 ms: the venue clock estimate may move, and a ban may be reported meanwhile.
        long delayMs = Math.max(1, Math.min(250, verdict - clock.epochMillis()));
        loops.group().schedule(() -> dispatch(pinned, method, weight, params, d, mutating, future), delayMs,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps the rate limiter and the clock up to date from every answer, on the I/O thread before the request's
     * future completes: no completion stage per request, and a caller reacting to its answer already sees the
     * limiter updated.
     */
    private final AnswerObserver answers = new AnswerObserver() {
        @Override
        public void onAnswer(String method, Object result, List<RateLimit> rateLimits) {
            if (!rateLimits.isEmpty()) {
                limiter.onReported(rateLimits);
            }
            if (result instanceof ExchangeInfo) {
                limiter.onReported(((ExchangeInfo) result).rateLimits());
            }
        }

        @Override
        public void onError(String method, BinanceApiException b) {
            if (b.category() == ErrorCategory.RATE_LIMITED || b.category() == ErrorCategory.BANNED) {
                limiter.onRejected(b.retryAfterEpochMs(), b.category() == ErrorCategory.BANNED, b.code() == -1015);
            } else if (b.category() == ErrorCategory.CLOCK && clockSamples > 0) {
                resyncAfterClockError();
            }
        }
    };

    /** Closes the connection (pending requests complete as on a disconnect) and the I/O threads it owns. */
    @Override
    public void close() {
        ScheduledFuture<?> t = clockTask;
        if (t != null) {
            t.cancel(false);
        }
        keeper.close();
        if (ownsLoops) {
            loops.close();
        }
    }

    /** Configures a {@link SpotWsApiClient}. */
    public static final class Builder {
        private Endpoints endpoints = Endpoints.PRODUCTION;
        private ApiCredentials credentials;
        private EpochClock clock = EpochClock.system();
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private BigDecimal recvWindowMs;
        private boolean autoLogon = true;
        private int clockSamples = 5;
        private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.FAIL_FAST;
        private Duration clockRefresh = Duration.ofMinutes(5);
        private ConnectionListener listener = ConnectionListener.NONE;
        private EventLoops eventLoops;
        private int maxFrameBytes = 16 * 1024 * 1024;
        private boolean reconnect = true;
        private Duration backoffMin = Duration.ofMillis(100);
        private Duration backoffMax = Duration.ofSeconds(30);
        private Duration maxConnectionAge = Duration.ofHours(23);
        private Duration pingInterval = Duration.ofSeconds(20);
        private Duration deadAfter = Duration.ofSeconds(60);

        private Builder() {
        }

        /** @param v where to connect (default production) @return this */
        public Builder endpoints(Endpoints v) {
            endpoints = Objects.requireNonNull(v, "endpoints");
            return this;
        }

        /** @param v API key and signer; needed for signed methods @return this */
        public Builder credentials(ApiCredentials v) {
            credentials = v;
            return this;
        }

        /**
         * @param v the local clock (default the system clock); {@code timestamp} is this plus the venue offset
         *          estimated by {@link #clockSync}
         * @return this
         */
        public Builder clock(EpochClock v) {
            clock = Objects.requireNonNull(v, "clock");
            return this;
        }

        /** @param v deadline of every request (default 10 s) @return this */
        public Builder requestTimeout(Duration v) {
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("requestTimeout must be positive, was " + v);
            }
            requestTimeout = v;
            return this;
        }

        /** @param v deadline of TCP, TLS and WebSocket handshakes (default 10 s) @return this */
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
         * How the venue's clock is tracked: {@code samples} {@code time} round trips on connect, after a -1021,
         * and every {@code refresh}; 0 samples turns tracking off (timestamps then come from the local clock).
         *
         * @param samples round trips per estimate (default 5)
         * @param refresh interval between estimates (default 5 minutes; zero for never)
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
         * What a request does when a rate limit has no room left, or after a 429 until {@code retryAfter}
         * (default {@link RateLimitPolicy#FAIL_FAST}). During a 418 ban requests always fail fast.
         *
         * @param v the policy
         * @return this
         */
        public Builder rateLimitPolicy(RateLimitPolicy v) {
            rateLimitPolicy = Objects.requireNonNull(v, "rateLimitPolicy");
            return this;
        }

        /** @param v whether {@link #connect()} logs on with an Ed25519 key (default true) @return this */
        public Builder autoLogon(boolean v) {
            autoLogon = v;
            return this;
        }

        /** @param v connection observer; must not block @return this */
        public Builder listener(ConnectionListener v) {
            listener = Objects.requireNonNull(v, "listener");
            return this;
        }

        /** @param v I/O threads to share with other clients; the client then does not close them @return this */
        public Builder eventLoops(EventLoops v) {
            eventLoops = v;
            return this;
        }

        /** @param v the largest frame accepted (default 16 MiB) @return this */
        public Builder maxFrameBytes(int v) {
            maxFrameBytes = v;
            return this;
        }

        /**
         * @param v whether a lost connection is replaced (default true)
         * @return this
         */
        public Builder reconnect(boolean v) {
            reconnect = v;
            return this;
        }

        /**
         * Exponential backoff between reconnection attempts, with jitter (each delay is between half and all of
         * the current step).
         *
         * @param min first step (default 100 ms)
         * @param max largest step (default 30 s)
         * @return this
         */
        public Builder reconnectBackoff(Duration min, Duration max) {
            if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("reconnectBackoff: need 0 < min <= max, got " + min + ", " + max);
            }
            backoffMin = min;
            backoffMax = max;
            return this;
        }

        /**
         * @param v rotate the connection make-before-break at this age (default 23 h: Binance closes at 24 h);
         *          zero: only on {@code serverShutdown}
         * @return this
         */
        public Builder maxConnectionAge(Duration v) {
            if (v.isNegative()) {
                throw new IllegalArgumentException("maxConnectionAge must not be negative, was " + v);
            }
            maxConnectionAge = v;
            return this;
        }

        /**
         * Liveness: a ping after {@code pingInterval} without writing, and the connection presumed dead (closed and
         * replaced) after {@code deadAfter} without receiving anything. Zero turns either off.
         *
         * @param pingInterval default 20 s
         * @param deadAfter    default 60 s
         * @return this
         */
        public Builder liveness(Duration pingInterval, Duration deadAfter) {
            if (pingInterval.isNegative() || deadAfter.isNegative()) {
                throw new IllegalArgumentException("liveness durations must not be negative");
            }
            this.pingInterval = pingInterval;
            this.deadAfter = deadAfter;
            return this;
        }

        /** @return the client, not yet connected */
        public SpotWsApiClient build() {
            return new SpotWsApiClient(this);
        }
    }
}
