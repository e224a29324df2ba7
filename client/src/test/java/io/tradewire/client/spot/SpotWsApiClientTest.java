package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.ConnectionState;
import io.tradewire.client.Endpoints;
import io.tradewire.client.transport.EventLoops;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Our client against our simulator on loopback: every method of the first slice, and each error. */
class SpotWsApiClientTest {
    private static final String HMAC_KEY = "hmacKey0000000000000000000000000000000000000000000000000000000001";
    private static final String HMAC_SECRET = "hmacSecret000000000000000000000000000000000000000000000000000001";
    private static final String RSA_KEY = "rsaKey00000000000000000000000000000000000000000000000000000000001";
    private static final String POOR_KEY = "poorKey0000000000000000000000000000000000000000000000000000000001";
    private static final Map<String, BigDecimal> RICH = Map.of("USDT", new BigDecimal("1000000"),
            "BTC", new BigDecimal("100"), "ETH", new BigDecimal("1000"));

    private static Simulator sim;
    private static DemoAccount ed25519;
    private static KeyPair rsa;
    private static EventLoops loops;
    private final List<SpotWsApiClient> clients = new ArrayList<>();
    private static final AtomicInteger ids = new AtomicInteger();

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
                .account(SimAccount.hmac(POOR_KEY, HMAC_SECRET, Map.of("USDT", new BigDecimal("10"))))
                .build().start();
        loops = new EventLoops(1, "test-client");
    }

    @AfterAll
    static void stopVenue() {
        loops.close();
        sim.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(SpotWsApiClient::close);
    }

    private SpotWsApiClient connect(ApiCredentials credentials) throws Exception {
        return connect(SpotWsApiClient.builder().credentials(credentials));
    }

    private SpotWsApiClient connect(SpotWsApiClient.Builder b) throws Exception {
        SpotWsApiClient c = b.endpoints(Endpoints.of(sim.wsApiUri(), null)).eventLoops(loops)
                .requestTimeout(Duration.ofSeconds(5)).build();
        clients.add(c);
        c.connect().get(10, TimeUnit.SECONDS);
        return c;
    }

    private static ApiCredentials edCreds() {
        return ApiCredentials.of(ed25519.account().apiKey(), Signers.ed25519(ed25519.privateKey()));
    }

    private static ApiCredentials hmacCreds() {
        return ApiCredentials.of(HMAC_KEY, Signers.hmac(HMAC_SECRET));
    }

    private static ApiCredentials rsaCreds() {
        return ApiCredentials.of(RSA_KEY, Signers.rsa(rsa.getPrivate()));
    }

    private static <T> T get(CompletableFuture<ApiResponse<T>> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS).result();
    }

    private static BinanceApiException failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(BinanceApiException.class);
            return (BinanceApiException) e.getCause();
        }
        throw new AssertionError("expected the request to fail");
    }

    private static String clientId() {
        return "t-" + ids.incrementAndGet() + "-" + System.nanoTime();
    }

    @Test
    void pingTimeAndExchangeInfo() throws Exception {
        SpotWsApiClient c = connect(SpotWsApiClient.builder());
        assertThat(c.ping().get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        long before = System.currentTimeMillis();
        long t = get(c.time()).serverTimeMs();
        assertThat(t).isBetween(before - 1000, System.currentTimeMillis() + 1000);

        ExchangeInfo all = get(c.exchangeInfo());
        assertThat(all.timezone()).isEqualTo("UTC");
        assertThat(all.symbols()).extracting(SymbolInfo::symbol).contains("BTCUSDT", "ETHUSDT", "ETHBTC");
        assertThat(all.rateLimits()).extracting(r -> r.rateLimitType()).contains(RateLimitType.REQUEST_WEIGHT);

        ExchangeInfo one = get(c.exchangeInfo("BTCUSDT"));
        assertThat(one.symbols()).hasSize(1);
        SymbolInfo btc = one.symbol("BTCUSDT").orElseThrow();
        assertThat(btc.baseAsset()).isEqualTo("BTC");
        assertThat(btc.quoteAsset()).isEqualTo("USDT");
        assertThat(btc.filters().hasPriceFilter()).isTrue();
        assertThat(btc.filters().tickSize()).isEqualByComparingTo("0.01");
        assertThat(btc.filters().hasLotSize()).isTrue();
        assertThat(btc.filters().hasNotional()).isTrue();
        assertThat(btc.orderTypes()).contains(OrderType.LIMIT, OrderType.MARKET);

        ExchangeInfo two = get(c.exchangeInfo("ETHUSDT", "ETHBTC"));
        assertThat(two.symbols()).extracting(SymbolInfo::symbol).containsExactlyInAnyOrder("ETHUSDT", "ETHBTC");

        BinanceApiException bad = failure(c.exchangeInfo("NOPEUSDT"));
        assertThat(bad.code()).isEqualTo(-1121);
        assertThat(bad.category()).isEqualTo(ErrorCategory.BAD_REQUEST);
        assertThat(bad.outcomeUnknown()).isFalse();
        assertThat(c.lastRateLimits()).isNotEmpty();
    }

    @Test
    void ed25519SessionLogonThenUnsignedOrders() throws Exception {
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        SpotWsApiClient c = connect(SpotWsApiClient.builder().credentials(edCreds())
                .listener(new ConnectionListener() {
                    @Override
                    public void onStateChange(ConnectionState previous, ConnectionState current) {
                        states.add(current);
                    }
                }));
        assertThat(c.isLoggedOn()).isTrue();
        assertThat(states).containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.LOGGED_ON);
        SessionStatus status = get(c.sessionStatus());
        assertThat(status.apiKey()).isEqualTo(ed25519.account().apiKey());
        assertThat(status.authorizedSince()).isPositive();

        roundTripLifecycle(c);

        SessionStatus out = get(c.logout());
        assertThat(out.isAuthorized()).isFalse();
        assertThat(c.isLoggedOn()).isFalse();
        // Logged out: the client signs every request again, and the venue accepts it.
        roundTripLifecycle(c);
    }

    @Test
    void hmacSignedOrders() throws Exception {
        SpotWsApiClient c = connect(hmacCreds());
        assertThat(c.isLoggedOn()).isFalse();
        roundTripLifecycle(c);
        BinanceApiException e = failure(c.logon());
        assertThat(e.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(e.getMessage()).contains("Ed25519");
    }

    @Test
    void rsaSignedOrders() throws Exception {
        roundTripLifecycle(connect(rsaCreds()));
    }

    @Test
    void ed25519SignedPerRequestWithoutLogon() throws Exception {
        SpotWsApiClient c = connect(SpotWsApiClient.builder().credentials(edCreds()).autoLogon(false));
        assertThat(c.isLoggedOn()).isFalse();
        roundTripLifecycle(c);
    }

    /** Rest an order, query it, cancel it by client id, query it again. */
    private static void roundTripLifecycle(SpotWsApiClient c) throws Exception {
        String id = clientId();
        OrderResponse placed = get(c.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("1000.00"), new BigDecimal("0.01000")).newClientOrderId(id).build()));
        assertThat(placed.status()).isEqualTo(OrderStatus.NEW);
        assertThat(placed.clientOrderId()).isEqualTo(id);
        assertThat(placed.price()).isEqualByComparingTo("1000");
        OrderResponse queried = get(c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", id)));
        assertThat(queried.orderId()).isEqualTo(placed.orderId());
        assertThat(queried.status()).isEqualTo(OrderStatus.NEW);
        assertThat(queried.isWorking()).isTrue();
        OrderResponse canceled = get(c.cancelOrder(CancelOrderRequest.byClientOrderId("BTCUSDT", id)));
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.origClientOrderId()).isEqualTo(id);
        OrderResponse after = get(c.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", placed.orderId())));
        assertThat(after.status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void restingOrderIsFilledByACrossingOrderFromAnotherAccount() throws Exception {
        SpotWsApiClient maker = connect(edCreds());
        SpotWsApiClient taker = connect(hmacCreds());
        OrderResponse ask = get(maker.placeOrder(PlaceOrderRequest.limit("ETHUSDT", Side.SELL,
                new BigDecimal("3100.00"), new BigDecimal("0.5000")).build()));
        assertThat(ask.status()).isEqualTo(OrderStatus.NEW);

        OrderResponse buy = get(taker.placeOrder(PlaceOrderRequest.limit("ETHUSDT", Side.BUY,
                        new BigDecimal("3200.00"), new BigDecimal("0.2000")).timeInForce(TimeInForce.IOC)
                .newOrderRespType(OrderResponseType.FULL).build()));
        assertThat(buy.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(buy.fills()).hasSize(1);
        assertThat(buy.fills().get(0).price()).isEqualByComparingTo("3100"); // the maker's price
        assertThat(buy.fills().get(0).qty()).isEqualByComparingTo("0.2");
        assertThat(buy.cummulativeQuoteQty()).isEqualByComparingTo("620");

        OrderResponse partly = get(maker.orderStatus(OrderStatusRequest.byOrderId("ETHUSDT", ask.orderId())));
        assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(partly.executedQty()).isEqualByComparingTo("0.2");

        OrderResponse market = get(taker.placeOrder(PlaceOrderRequest.market("ETHUSDT", Side.BUY,
                new BigDecimal("0.3000")).build()));
        assertThat(market.status()).isEqualTo(OrderStatus.FILLED);
        OrderResponse done = get(maker.orderStatus(OrderStatusRequest.byOrderId("ETHUSDT", ask.orderId())));
        assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.executedQty()).isEqualByComparingTo("0.5");
        // Binance's own order.status example shows FILLED with isWorking true: it means "reached the book".
        assertThat(done.isWorking()).isTrue();
    }

    @Test
    void fillOrKillThatCannotFillExpiresWholly() throws Exception {
        SpotWsApiClient c = connect(hmacCreds());
        OrderResponse fok = get(c.placeOrder(PlaceOrderRequest.limit("ETHBTC", Side.BUY, new BigDecimal("0.04000"),
                new BigDecimal("1.0000")).timeInForce(TimeInForce.FOK).build()));
        assertThat(fok.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(fok.executedQty()).isEqualByComparingTo("0");
    }

    @Test
    void venueErrorsArriveWithBinanceCodesMessagesAndCategories() throws Exception {
        SpotWsApiClient c = connect(hmacCreds());
        BinanceApiException symbol = failure(c.placeOrder(PlaceOrderRequest.limit("NOPEUSDT", Side.BUY,
                new BigDecimal("1.00"), new BigDecimal("1")).build()));
        assertThat(symbol.code()).isEqualTo(-1121);
        assertThat(symbol.binanceMessage()).isEqualTo("Invalid symbol.");

        BinanceApiException tick = failure(c.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("1000.001"), new BigDecimal("0.01")).build()));
        assertThat(tick.code()).isEqualTo(-1013);
        assertThat(tick.binanceMessage()).isEqualTo("Filter failure: PRICE_FILTER");
        assertThat(tick.category()).isEqualTo(ErrorCategory.REJECTED);

        BinanceApiException lot = failure(c.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("1000.00"), new BigDecimal("0.000001")).build()));
        assertThat(lot.binanceMessage()).isEqualTo("Filter failure: LOT_SIZE");

        BinanceApiException notional = failure(c.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("1.00"), new BigDecimal("0.01")).build()));
        assertThat(notional.binanceMessage()).isEqualTo("Filter failure: NOTIONAL");

        BinanceApiException unknownStatus = failure(c.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 987654321L)));
        assertThat(unknownStatus.code()).isEqualTo(-2013);
        assertThat(unknownStatus.binanceMessage()).isEqualTo("Order does not exist.");

        BinanceApiException unknownCancel = failure(c.cancelOrder(CancelOrderRequest.byOrderId("BTCUSDT", 987654321L)));
        assertThat(unknownCancel.code()).isEqualTo(-2011);
        assertThat(unknownCancel.binanceMessage()).isEqualTo("Unknown order sent.");
    }

    @Test
    void insufficientBalanceIsRejected() throws Exception {
        SpotWsApiClient c = connect(ApiCredentials.of(POOR_KEY, Signers.hmac(HMAC_SECRET)));
        BinanceApiException e = failure(c.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.00"), new BigDecimal("0.01")).build()));
        assertThat(e.code()).isEqualTo(-2010);
        assertThat(e.binanceMessage()).isEqualTo("Account has insufficient balance for requested action.");
        assertThat(e.category()).isEqualTo(ErrorCategory.REJECTED);
    }

    @Test
    void authenticationErrors() throws Exception {
        SpotWsApiClient wrongSecret = connect(ApiCredentials.of(HMAC_KEY, Signers.hmac("not-the-secret")));
        BinanceApiException sig = failure(wrongSecret.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1)));
        assertThat(sig.code()).isEqualTo(-1022);
        assertThat(sig.category()).isEqualTo(ErrorCategory.AUTH);
        assertThat(sig.getMessage()).doesNotContain("not-the-secret");

        SpotWsApiClient unknownKey = connect(ApiCredentials.of("unknownKey", Signers.hmac(HMAC_SECRET)));
        BinanceApiException key = failure(unknownKey.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1)));
        assertThat(key.code()).isEqualTo(-2015);
        assertThat(key.category()).isEqualTo(ErrorCategory.AUTH);
    }

    @Test
    void staleAndFutureTimestampsAreClockErrorsWhenTheClockIsNotTracked() throws Exception {
        EpochClock past = clockShiftedBy(-10_000);
        SpotWsApiClient late = connect(SpotWsApiClient.builder().credentials(hmacCreds()).clock(past)
                .clockSync(0, Duration.ZERO));
        BinanceApiException stale = failure(late.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1)));
        assertThat(stale.code()).isEqualTo(-1021);
        assertThat(stale.category()).isEqualTo(ErrorCategory.CLOCK);

        // The same skew fits inside a wider recvWindow, sent with microsecond precision.
        SpotWsApiClient wide = connect(SpotWsApiClient.builder().credentials(hmacCreds()).clock(past)
                .clockSync(0, Duration.ZERO).recvWindowMs(new BigDecimal("20000.500")));
        assertThat(failure(wide.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1))).code()).isEqualTo(-2013);

        SpotWsApiClient early = connect(SpotWsApiClient.builder().credentials(hmacCreds())
                .clock(clockShiftedBy(5_000)).clockSync(0, Duration.ZERO));
        BinanceApiException ahead = failure(early.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1)));
        assertThat(ahead.code()).isEqualTo(-1021);
    }

    @Test
    void trackedClockAbsorbsALocalClockOffByTenSeconds() throws Exception {
        for (long skew : new long[]{-10_000, 10_000}) {
            SpotWsApiClient c = connect(SpotWsApiClient.builder().credentials(edCreds()).clock(clockShiftedBy(skew)));
            assertThat(c.isLoggedOn()).as("logon with a timestamp corrected by %d ms", -skew).isTrue();
            assertThat(c.clockOffsetMs()).isBetween(-skew - 100, -skew + 100);
            assertThat(failure(c.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1))).code()).isEqualTo(-2013);
        }
    }

    @Test
    void requestsWithoutConnectionOrCredentialsFailBeforeTheWire() throws Exception {
        SpotWsApiClient notConnected = SpotWsApiClient.builder().endpoints(Endpoints.of(sim.wsApiUri(), null))
                .eventLoops(loops).credentials(hmacCreds()).build();
        clients.add(notConnected);
        assertThat(failure(notConnected.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("1000.00"), new BigDecimal("0.01")).build())).category())
                .isEqualTo(ErrorCategory.REJECTED);
        SpotWsApiClient anonymous = connect(SpotWsApiClient.builder());
        assertThat(failure(anonymous.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1))).getMessage())
                .contains("no credentials");
    }

    @Test
    void closingCompletesPendingRequestsAndReportsTheState() throws Exception {
        SpotWsApiClient c = connect(hmacCreds());
        c.close();
        assertThat(c.state()).isEqualTo(ConnectionState.CLOSED);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(failure(c.ping()).category()).isEqualTo(ErrorCategory.REJECTED));
    }

    private static EpochClock clockShiftedBy(long ms) {
        EpochClock system = EpochClock.system();
        return new EpochClock() {
            @Override
            public long epochMillis() {
                return system.epochMillis() + ms;
            }

            @Override
            public long nanoTime() {
                return system.nanoTime();
            }
        };
    }
}
