package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.RateLimitPolicy;
import io.tradewire.client.spot.AccountInfo;
import io.tradewire.client.spot.AccountTrade;
import io.tradewire.client.spot.CancelOrderRequest;
import io.tradewire.client.spot.ExchangeInfo;
import io.tradewire.client.spot.HistoryRequest;
import io.tradewire.client.spot.OrderBookDepth;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.OrderStatusRequest;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The REST client against the simulator's REST side: every method, the three key types, errors and faults. */
class SpotRestClientTest {
    private static final String HMAC_KEY = "restHmacKey000000000000000000000000000000000000000000000000000001";
    private static final String HMAC_SECRET = "restHmacSecret00000000000000000000000000000000000000000000000001";
    private static final String RSA_KEY = "restRsaKey0000000000000000000000000000000000000000000000000000001";
    private static final Map<String, BigDecimal> RICH = Map.of("USDT", new BigDecimal("1000000"),
            "BTC", new BigDecimal("100"), "ETH", new BigDecimal("1000"));

    private static Simulator sim;
    private static DemoAccount ed25519;
    private static KeyPair rsa;
    private static final AtomicInteger ids = new AtomicInteger();
    private final List<SpotRestClient> clients = new ArrayList<>();

    @BeforeAll
    static void startVenue() throws Exception {
        ed25519 = SimAccount.generateEd25519Demo(RICH);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        rsa = g.generateKeyPair();
        sim = Simulator.builder()
                .account(ed25519.account())
                .account(SimAccount.hmac(HMAC_KEY, HMAC_SECRET, RICH))
                .account(SimAccount.withPublicKey(RSA_KEY, rsa.getPublic(), RICH))
                .noRateLimitBans()
                .build().start();
    }

    @AfterAll
    static void stopVenue() {
        sim.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(SpotRestClient::close);
        sim.faults().clear();
    }

    private SpotRestClient client(ApiCredentials credentials) {
        return client(SpotRestClient.builder().credentials(credentials));
    }

    private SpotRestClient client(SpotRestClient.Builder b) {
        SpotRestClient c = b.endpoints(Endpoints.of(sim.wsApiUri(), sim.restBaseUri())).build();
        clients.add(c);
        return c;
    }

    static ApiCredentials hmacCreds() {
        return ApiCredentials.of(HMAC_KEY, Signers.hmac(HMAC_SECRET));
    }

    private static ApiCredentials rsaCreds() {
        return ApiCredentials.of(RSA_KEY, Signers.rsa(rsa.getPrivate()));
    }

    private static ApiCredentials edCreds() {
        return ApiCredentials.of(ed25519.account().apiKey(), Signers.ed25519(ed25519.privateKey()));
    }

    private static String nextId() {
        return "r" + ids.incrementAndGet() + "x" + System.nanoTime();
    }

    /** A LIMIT buy far below the market: it rests. */
    private static PlaceOrderRequest resting(String clientId) {
        return PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"), new BigDecimal("0.01"))
                .newClientOrderId(clientId).build();
    }

    private static <T> ApiResponse<T> ok(CompletableFuture<ApiResponse<T>> f) throws Exception {
        return f.get(15, TimeUnit.SECONDS);
    }

    private static BinanceApiException failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(BinanceApiException.class);
            return (BinanceApiException) e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    /** The order's status at the venue, or null when the venue has no such order. */
    private static OrderStatus statusOf(SpotRestClient c, String clientId) throws Exception {
        try {
            return ok(c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", clientId))).result().status();
        } catch (ExecutionException e) {
            assertThat(((BinanceApiException) e.getCause()).code()).isEqualTo(-2013);
            return null;
        }
    }

    private static RateLimit find(List<RateLimit> limits, RateLimitType type, RateLimitInterval interval, int num) {
        return limits.stream().filter(r -> r.rateLimitType().equals(type) && r.interval().equals(interval)
                && r.intervalNum() == num).findFirst().orElseThrow(() -> new AssertionError(type + " " + num
                + " " + interval + " not in " + limits));
    }

    // ------------------------------------------------------------------------------------------------ methods

    @Test
    void publicEndpointsAnswerWithTheSameTypesAsTheWebSocketApi() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder());
        assertThat(ok(c.ping()).status()).isEqualTo(200);
        long before = System.currentTimeMillis();
        long serverTime = ok(c.time()).result().serverTimeMs();
        assertThat(serverTime).isBetween(before - 5_000, System.currentTimeMillis() + 5_000);

        ExchangeInfo one = ok(c.exchangeInfo("BTCUSDT")).result();
        assertThat(one.symbols()).extracting(s -> s.symbol()).containsExactly("BTCUSDT");
        ExchangeInfo two = ok(c.exchangeInfo("BTCUSDT", "ETHUSDT")).result(); // symbols=["..",".."], encoded
        assertThat(two.symbols()).extracting(s -> s.symbol()).containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT");
        assertThat(ok(c.exchangeInfo()).result().symbols()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(one.rateLimits()).isNotEmpty();
    }

    @Test
    void anOrderIsPlacedQueriedAndCanceledWithAnHmacKey() throws Exception {
        SpotRestClient c = client(hmacCreds());
        String id = nextId();
        ApiResponse<OrderResponse> placed = ok(c.placeOrder(resting(id)));
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.result().status()).isEqualTo(OrderStatus.NEW);
        assertThat(placed.result().clientOrderId()).isEqualTo(id);
        assertThat(placed.result().price()).isEqualByComparingTo("1000.00");

        OrderResponse byClientId = ok(c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", id))).result();
        assertThat(byClientId.orderId()).isEqualTo(placed.result().orderId());
        OrderResponse byOrderId = ok(c.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT",
                placed.result().orderId()))).result();
        assertThat(byOrderId.clientOrderId()).isEqualTo(id);

        OrderResponse canceled = ok(c.cancelOrder(CancelOrderRequest.byClientOrderId("BTCUSDT", id))).result();
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(statusOf(c, id)).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void rsaAndEd25519KeysSignEveryRequest() throws Exception {
        for (ApiCredentials creds : List.of(rsaCreds(), edCreds())) {
            SpotRestClient c = client(creds);
            String id = nextId();
            assertThat(ok(c.placeOrder(resting(id))).result().status()).as(creds.toString())
                    .isEqualTo(OrderStatus.NEW);
            assertThat(ok(c.cancelOrder(CancelOrderRequest.byClientOrderId("BTCUSDT", id))).result().status())
                    .isEqualTo(OrderStatus.CANCELED);
        }
    }

    @Test
    void aTestOrderIsCheckedAndNotPlaced() throws Exception {
        SpotRestClient c = client(hmacCreds());
        String id = nextId();
        assertThat(ok(c.trading().testOrder(resting(id), false)).status()).isEqualTo(200);
        assertThat(statusOf(c, id)).isNull();
    }

    @Test
    void marketAccountAndHistoryEndpointsAnswerWithTheWebSocketApiTypes() throws Exception {
        SpotRestClient c = client(hmacCreds());
        String id = nextId();
        long orderId = ok(c.placeOrder(resting(id))).result().orderId();

        OrderBookDepth book = ok(c.market().depth("BTCUSDT", 5, null)).result();
        assertThat(book.bids()).isNotEmpty();
        assertThat(book.bids().get(0).price()).isGreaterThanOrEqualTo(new BigDecimal("1000.00"));
        assertThat(ok(c.market().depth("BTCUSDT")).result().lastUpdateId()).isGreaterThanOrEqualTo(book.lastUpdateId());

        assertThat(ok(c.trading().openOrders("BTCUSDT")).result()).extracting(OrderResponse::clientOrderId)
                .contains(id);
        assertThat(ok(c.trading().openOrders(null)).result()).extracting(OrderResponse::orderId).contains(orderId);
        assertThat(ok(c.account().allOrders(HistoryRequest.forSymbol("BTCUSDT").build())).result())
                .extracting(OrderResponse::orderId).contains(orderId);

        AccountInfo account = ok(c.account().accountStatus(true)).result();
        assertThat(account.canTrade()).isTrue();
        assertThat(account.balance("USDT")).isNotNull();

        assertThat(ok(c.trading().testOrder(resting(nextId()), true)).result().computed()).isTrue();
        assertThat(ok(c.trading().testOrder(resting(nextId()), false)).result().computed()).isFalse();

        // A trade of our own on ETHUSDT, which no other test touches: RSA sells, HMAC buys.
        SpotRestClient seller = client(rsaCreds());
        ok(seller.placeOrder(PlaceOrderRequest.limit("ETHUSDT", Side.SELL, new BigDecimal("3000.00"),
                new BigDecimal("0.0100")).build()));
        OrderResponse bought = ok(c.placeOrder(PlaceOrderRequest.limit("ETHUSDT", Side.BUY,
                new BigDecimal("3000.00"), new BigDecimal("0.0100")).build())).result();
        assertThat(bought.status()).isEqualTo(OrderStatus.FILLED);
        List<AccountTrade> trades = ok(c.account().myTrades(HistoryRequest.forSymbol("ETHUSDT")
                .orderId(bought.orderId()).build())).result();
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).price()).isEqualByComparingTo("3000");
        assertThat(trades.get(0).isBuyer()).isTrue();

        assertThatThrownBy(() -> c.market().depth("BTCUSDT", 6000, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.account().allOrders(HistoryRequest.forSymbol("BTCUSDT").fromId(1).build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSignatureCoversThePercentEncodedQueryAsSent() throws Exception {
        // A non-ASCII symbol travels percent-encoded; the venue checks the signature over exactly those bytes
        // before it looks the symbol up, so "Invalid symbol" (not -1022) proves the signature matched.
        for (ApiCredentials creds : List.of(hmacCreds(), rsaCreds(), edCreds())) {
            BinanceApiException e = failure(client(creds).orderStatus(
                    OrderStatusRequest.byClientOrderId("１２３４５６", "abc")));
            assertThat(e.code()).as(creds.toString()).isEqualTo(-1121);
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.category()).isEqualTo(ErrorCategory.BAD_REQUEST);
        }
        // And a wrong secret is caught: the check is real.
        BinanceApiException bad = failure(client(ApiCredentials.of(HMAC_KEY, Signers.hmac("wrong-secret")))
                .orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", "abc")));
        assertThat(bad.code()).isEqualTo(-1022);
        assertThat(bad.category()).isEqualTo(ErrorCategory.AUTH);
    }

    @Test
    void venueErrorsCarryTheHttpStatusAndTheirCategory() throws Exception {
        SpotRestClient c = client(hmacCreds());
        BinanceApiException unknownOrder = failure(c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT",
                "never-placed")));
        assertThat(unknownOrder.code()).isEqualTo(-2013);
        assertThat(unknownOrder.httpStatus()).isEqualTo(400);
        assertThat(unknownOrder.category()).isEqualTo(ErrorCategory.REJECTED);

        BinanceApiException unknownKey = failure(client(ApiCredentials.of(
                "unknownKey000000000000000000000000000000000000000000000000000001", Signers.hmac(HMAC_SECRET)))
                .placeOrder(resting(nextId())));
        assertThat(unknownKey.code()).isEqualTo(-2015);
        assertThat(unknownKey.category()).isEqualTo(ErrorCategory.AUTH);
    }

    @Test
    void badInputIsRejectedBeforeTheWire() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder()); // no credentials
        assertThatThrownBy(() -> PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("-1"),
                BigDecimal.ONE).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> c.exchangeInfo("btc usdt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbol");
        BinanceApiException noKey = failure(c.placeOrder(resting(nextId())));
        assertThat(noKey.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(noKey.binanceMessage()).contains("not sent");
        assertThat(c.lastRateLimits()).isEmpty(); // nothing reached the venue
        assertThatThrownBy(() -> SpotRestClient.builder().endpoints(Endpoints.of(sim.wsApiUri(), null)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REST");
        assertThatThrownBy(() -> SpotRestClient.builder().recvWindowMs(new BigDecimal("60000.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------------ rate limits

    @Test
    void usageHeadersAreReflectedInTheResponseAndCorrectTheLimiter() throws Exception {
        SpotRestClient c = client(hmacCreds());
        ApiResponse<OrderResponse> placed = ok(c.placeOrder(resting(nextId())));
        RateLimit weight = find(placed.rateLimits(), RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1);
        assertThat(weight.count()).isPositive();
        assertThat(weight.limit()).isPositive();
        assertThat(find(placed.rateLimits(), RateLimitType.ORDERS, RateLimitInterval.SECOND, 10).count())
                .isPositive();
        assertThat(find(placed.rateLimits(), RateLimitType.ORDERS, RateLimitInterval.DAY, 1).count()).isPositive();
        assertThat(c.lastRateLimits()).isEqualTo(placed.rateLimits());

        // REQUEST_WEIGHT is per IP: a fresh client learns from the header what others used.
        for (int i = 0; i < 5; i++) {
            ok(c.ping());
        }
        SpotRestClient fresh = client(SpotRestClient.builder());
        long reported = find(ok(fresh.ping()).rateLimits(), RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE,
                1).count();
        assertThat(reported).isGreaterThan(5);
        assertThat(find(fresh.rateLimitUsage(), RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1).count())
                .isGreaterThanOrEqualTo(reported);
    }

    @Test
    void a429HoldsFurtherRequestsUntilItsRetryAfter() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder());
        int applied = sim.faults().applied().size();
        sim.faults().inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).method("ping").retryAfter(Duration.ofSeconds(30)));
        BinanceApiException venue = failure(c.ping());
        assertThat(venue.httpStatus()).isEqualTo(429);
        assertThat(venue.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        // From Retry-After (whole seconds from now).
        assertThat(venue.retryAfterEpochMs()).isBetween(System.currentTimeMillis() + 25_000,
                System.currentTimeMillis() + 35_000);
        BinanceApiException held = failure(c.time());
        assertThat(held.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(held.binanceMessage()).contains("not sent");
        assertThat(sim.faults().applied()).hasSize(applied + 1); // the second never reached the venue
    }

    @Test
    void withTheWaitPolicyARequestLeavesWhenTheRetryAfterHasPassed() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder().rateLimitPolicy(RateLimitPolicy.WAIT));
        sim.faults().inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).method("ping").retryAfter(Duration.ofMillis(900)));
        BinanceApiException venue = failure(c.ping());
        assertThat(venue.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        long until = venue.retryAfterEpochMs();
        assertThat(ok(c.ping()).status()).isEqualTo(200);
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(until - 50);
    }

    @Test
    void tooManyOrdersHoldsOnlyNewOrders() throws Exception {
        SpotRestClient c = client(hmacCreds());
        int applied = sim.faults().applied().size();
        sim.faults().inject(Fault.of(FaultKind.RATE_LIMIT_ORDERS).method("order.place")
                .retryAfter(Duration.ofSeconds(30)));
        BinanceApiException venue = failure(c.placeOrder(resting(nextId())));
        assertThat(venue.code()).isEqualTo(-1015);
        BinanceApiException held = failure(c.placeOrder(resting(nextId())));
        assertThat(held.binanceMessage()).contains("not sent");
        assertThat(ok(c.ping()).status()).isEqualTo(200); // reads still go
        assertThat(sim.faults().applied()).hasSize(applied + 1);
    }

    @Test
    void after418NothingLeavesUntilTheBanEndsWhateverThePolicy() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder().credentials(hmacCreds())
                .rateLimitPolicy(RateLimitPolicy.WAIT));
        int applied = sim.faults().applied().size();
        sim.faults().inject(Fault.of(FaultKind.IP_BAN).method("ping").retryAfter(Duration.ofSeconds(60)));
        long before = System.currentTimeMillis();
        BinanceApiException banned = failure(c.ping());
        assertThat(banned.httpStatus()).isEqualTo(418);
        assertThat(banned.category()).isEqualTo(ErrorCategory.BANNED);
        // From the message's "banned until <ms>", to the millisecond.
        assertThat(banned.retryAfterEpochMs()).isBetween(before + 59_000, System.currentTimeMillis() + 61_000);
        BinanceApiException held = failure(c.placeOrder(resting(nextId())));
        assertThat(held.category()).isEqualTo(ErrorCategory.BANNED);
        assertThat(held.binanceMessage()).contains("not sent");
        assertThat(sim.faults().applied()).hasSize(applied + 1);
    }

    // ------------------------------------------------------------------------------------------------ faults

    @Test
    void a5xxAfterTheEngineIsAnUnknownOutcomeAndTheOrderExists() throws Exception {
        SpotRestClient c = client(hmacCreds());
        sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_AFTER_ENGINE).method("order.place"));
        String id = nextId();
        BinanceApiException e = failure(c.placeOrder(resting(id)));
        assertThat(e.httpStatus()).isGreaterThanOrEqualTo(500);
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(statusOf(c, id)).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void a5xxBeforeTheEngineIsAlsoUnknownToTheClient() throws Exception {
        SpotRestClient c = client(hmacCreds());
        sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).method("order.place"));
        String id = nextId();
        assertThat(failure(c.placeOrder(resting(id))).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(statusOf(c, id)).isNull(); // resolved by its client order id: it was not placed
    }

    @Test
    void aConnectionDroppedAfterTheEngineLeavesTheOrderUnknownAndItIsNotResent() throws Exception {
        SpotRestClient c = client(hmacCreds());
        ok(c.ping()); // a kept-alive connection first: the drop must not pass for a stale one
        sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place"));
        String id = nextId();
        BinanceApiException e = failure(c.placeOrder(resting(id)));
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(statusOf(c, id)).isEqualTo(OrderStatus.NEW);
        assertThat(ok(c.cancelOrder(CancelOrderRequest.byClientOrderId("BTCUSDT", id))).result().status())
                .isEqualTo(OrderStatus.CANCELED); // there was exactly one
    }

    @Test
    void aDroppedCancelIsUnknownToo() throws Exception {
        SpotRestClient c = client(hmacCreds());
        String id = nextId();
        ok(c.placeOrder(resting(id)));
        sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.cancel"));
        assertThat(failure(c.cancelOrder(CancelOrderRequest.byClientOrderId("BTCUSDT", id))).category())
                .isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(statusOf(c, id)).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void aReadWhoseConnectionDroppedIsAskedAgain() throws Exception {
        SpotRestClient c = client(hmacCreds());
        String id = nextId();
        ok(c.placeOrder(resting(id)));
        int applied = sim.faults().applied().size();
        sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("order.status"));
        assertThat(ok(c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", id))).result().status())
                .isEqualTo(OrderStatus.NEW);
        assertThat(sim.faults().applied()).hasSize(applied + 1);
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsAnUnknownOutcome() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder().credentials(hmacCreds())
                .requestTimeout(Duration.ofMillis(300)));
        ok(c.ping());
        sim.faults().inject(Fault.of(FaultKind.DELAY_RESPONSE).method("order.place").delay(Duration.ofSeconds(2)));
        String id = nextId();
        BinanceApiException e = failure(c.placeOrder(resting(id)));
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(e.binanceMessage()).contains("timed out");
        assertThat(statusOf(c, id)).isEqualTo(OrderStatus.NEW); // the venue placed it all the same
    }

    @Test
    void aVenueTimeoutIsAnUnknownOutcome() throws Exception {
        SpotRestClient c = client(hmacCreds());
        sim.faults().inject(Fault.of(FaultKind.TIMEOUT_AFTER_ENGINE).method("order.place"));
        BinanceApiException e = failure(c.placeOrder(resting(nextId())));
        assertThat(e.code()).isEqualTo(-1007);
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
    }

    @Test
    void aVenueThatCannotBeReachedMeansNotSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SpotRestClient c = client(SpotRestClient.builder().credentials(hmacCreds()).clockSync(0, Duration.ZERO));
        SpotRestClient dead = SpotRestClient.builder().credentials(hmacCreds()).clockSync(0, Duration.ZERO)
                .endpoints(Endpoints.of(sim.wsApiUri(), URI.create("http://127.0.0.1:" + port))).build();
        clients.add(dead);
        BinanceApiException e = failure(dead.placeOrder(resting(nextId())));
        assertThat(e.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(e.binanceMessage()).contains("not sent");
        assertThat(ok(c.ping()).status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------ clock

    @Test
    void timestampsFollowTheVenueClockAndA1021Resyncs() throws Exception {
        sim.faults().shiftClock(3_000);
        SpotRestClient c = client(SpotRestClient.builder().credentials(hmacCreds())
                .recvWindowMs(new BigDecimal("1000.5")));
        // The first signed request waits for the clock estimate: the venue's 3 s lead is no -1021.
        assertThat(ok(c.placeOrder(resting(nextId()))).result().status()).isEqualTo(OrderStatus.NEW);
        assertThat(c.clockOffsetMs()).isBetween(2_500L, 3_500L);

        sim.faults().shiftClock(-6_000); // now 3 s behind: the estimate is stale
        BinanceApiException stale = failure(c.placeOrder(resting(nextId())));
        assertThat(stale.code()).isEqualTo(-1021);
        assertThat(stale.category()).isEqualTo(ErrorCategory.CLOCK);
        await().atMost(Duration.ofSeconds(10)).until(() -> c.clockOffsetMs() < -2_500);
        assertThat(ok(c.placeOrder(resting(nextId()))).result().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void syncClockEstimatesTheOffsetOnDemand() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder().clockSync(3, Duration.ZERO));
        sim.faults().shiftClock(-3_000);
        assertThat(c.syncClock().get(10, TimeUnit.SECONDS)).isBetween(-3_500L, -2_500L);
    }

    // ------------------------------------------------------------------------------------------------ close

    @Test
    void closingFailsWhatIsPendingAndRefusesNewRequests() throws Exception {
        SpotRestClient c = client(SpotRestClient.builder().credentials(hmacCreds()));
        ok(c.ping());
        int applied = sim.faults().applied().size();
        sim.faults().inject(Fault.of(FaultKind.DELAY_RESPONSE).method("order.place").delay(Duration.ofSeconds(3)));
        CompletableFuture<ApiResponse<OrderResponse>> inFlight = c.placeOrder(resting(nextId()));
        await().atMost(Duration.ofSeconds(5)).until(() -> sim.faults().applied().size() > applied);
        c.close();
        assertThat(failure(inFlight).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        BinanceApiException after = failure(c.ping());
        assertThat(after.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(after.binanceMessage()).contains("closed");
    }

    @Test
    void manyConcurrentRequestsShareThePooledConnections() throws Exception {
        SpotRestClient c = client(hmacCreds());
        List<CompletableFuture<ApiResponse<OrderResponse>>> all = new ArrayList<>();
        List<String> idsPlaced = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String id = nextId();
            idsPlaced.add(id);
            all.add(c.placeOrder(resting(id)));
        }
        for (CompletableFuture<ApiResponse<OrderResponse>> f : all) {
            assertThat(ok(f).result().status()).isEqualTo(OrderStatus.NEW);
        }
        Function<String, CompletableFuture<ApiResponse<OrderResponse>>> cancel =
                id -> c.cancelOrder(CancelOrderRequest.byClientOrderId("BTCUSDT", id));
        for (String id : idsPlaced) {
            assertThat(ok(cancel.apply(id)).result().status()).isEqualTo(OrderStatus.CANCELED);
        }
    }
}
