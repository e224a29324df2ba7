package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.ConnectionState;
import io.tradewire.client.Endpoints;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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
import static org.awaitility.Awaitility.await;

/** The client's connection discipline driven by the simulator's named faults. */
class FaultDrivenClientTest {
    private static final Map<String, BigDecimal> BALANCES = Map.of("USDT", new BigDecimal("1000000"),
            "BTC", new BigDecimal("100"));
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final DemoAccount account = SimAccount.generateEd25519Demo(BALANCES);
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final List<String> rotations = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private Simulator sim(Simulator.Builder b) {
        Simulator s = b.account(account.account()).unlimitedRates().build().start();
        closeables.add(s);
        return s;
    }

    private SpotWsApiClient client(Simulator sim, SpotWsApiClient.Builder b) throws Exception {
        SpotWsApiClient c = b.endpoints(Endpoints.of(sim.wsApiUri(), null))
                .credentials(ApiCredentials.of(account.account().apiKey(), Signers.ed25519(account.privateKey())))
                .reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(100))
                .listener(new ConnectionListener() {
                    @Override
                    public void onStateChange(ConnectionState previous, ConnectionState current) {
                        states.add(current);
                    }

                    @Override
                    public void onRotated(String reason) {
                        rotations.add(reason);
                    }
                }).build();
        closeables.add(c);
        c.connect().get(10, TimeUnit.SECONDS);
        return c;
    }

    private PlaceOrderRequest order(String clientId) {
        return PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"), new BigDecimal("0.01"))
                .newClientOrderId(clientId).build();
    }

    private String nextId() {
        return "f" + ids.incrementAndGet() + "x" + System.nanoTime();
    }

    private static BinanceApiException failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (BinanceApiException) e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    private static OrderStatus statusOf(SpotWsApiClient c, String clientId) throws Exception {
        try {
            return c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", clientId)).get(10, TimeUnit.SECONDS)
                    .result().status();
        } catch (ExecutionException e) {
            BinanceApiException b = (BinanceApiException) e.getCause();
            assertThat(b.code()).isEqualTo(-2013);
            return null;
        }
    }

    @Test
    void aDropAfterTheEngineLeavesTheOrderUnknownAndItIsResolvedByItsClientOrderId() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place"));
        String id = nextId();
        BinanceApiException e = failure(c.placeOrder(order(id)));
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        await().atMost(Duration.ofSeconds(10)).until(() -> c.state() == ConnectionState.LOGGED_ON);
        assertThat(statusOf(c, id)).as("it did reach the engine").isEqualTo(OrderStatus.NEW);
    }

    @Test
    void aDropBeforeTheEngineIsAlsoUnknownToTheClientButTheOrderDoesNotExist() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("order.place"));
        String id = nextId();
        assertThat(failure(c.placeOrder(order(id))).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        await().atMost(Duration.ofSeconds(10)).until(() -> c.state() == ConnectionState.LOGGED_ON);
        assertThat(statusOf(c, id)).isNull();
    }

    @Test
    void aReadInFlightWhenTheConnectionDropsIsAskedAgainOnTheNextOne() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        String id = nextId();
        c.placeOrder(order(id)).get(10, TimeUnit.SECONDS);
        sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("order.status"));
        // The first attempt kills the connection; the read must come back answered from the next connection.
        OrderResponse r = c.orderStatus(OrderStatusRequest.byClientOrderId("BTCUSDT", id)).get(10, TimeUnit.SECONDS)
                .result();
        assertThat(r.status()).isEqualTo(OrderStatus.NEW);
        assertThat(states).contains(ConnectionState.DISCONNECTED);
        assertThat(sim.faults().applied()).hasSize(1);
    }

    @Test
    void aResponseDelayedBeyondTheTimeoutIsUnknownAndItsLateAnswerIsDropped() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder().requestTimeout(Duration.ofMillis(300)));
        sim.faults().inject(Fault.of(FaultKind.DELAY_RESPONSE).method("order.place").delay(Duration.ofSeconds(1)));
        String id = nextId();
        BinanceApiException e = failure(c.placeOrder(order(id)));
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(e.getMessage()).contains("order.place");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statusOf(c, id)).isEqualTo(OrderStatus.NEW));
        assertThat(c.state()).isEqualTo(ConnectionState.LOGGED_ON);
    }

    @Test
    void fiveHundredsAndMinus1007AfterTheEngineAreUnknownOutcomes() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        for (FaultKind kind : new FaultKind[]{FaultKind.ERROR_5XX_AFTER_ENGINE, FaultKind.TIMEOUT_AFTER_ENGINE}) {
            sim.faults().inject(Fault.of(kind).method("order.place"));
            String id = nextId();
            BinanceApiException e = failure(c.placeOrder(order(id)));
            assertThat(e.category()).as(kind.wireName()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
            assertThat(statusOf(c, id)).as(kind.wireName() + ": the order executed").isEqualTo(OrderStatus.NEW);
        }
        sim.faults().inject(Fault.of(FaultKind.TIMEOUT_BEFORE_ENGINE).method("order.place"));
        String id = nextId();
        assertThat(failure(c.placeOrder(order(id))).code()).isEqualTo(-1007);
        assertThat(statusOf(c, id)).isNull();
    }

    @Test
    void serverShutdownRotatesMakeBeforeBreakWithoutLosingRequests() throws Exception {
        Simulator sim = sim(Simulator.builder().serverShutdownNotice(Duration.ofMillis(300)));
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        List<CompletableFuture<ApiResponse<OrderResponse>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inFlight.add(c.placeOrder(order(nextId())));
        }
        assertThat(sim.faults().serverShutdown()).isEqualTo(1);
        for (int i = 0; i < 20; i++) {
            inFlight.add(c.placeOrder(order(nextId())));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> rotations.size() == 1);
        for (CompletableFuture<ApiResponse<OrderResponse>> f : inFlight) {
            assertThat(f.get(10, TimeUnit.SECONDS).result().status()).isEqualTo(OrderStatus.NEW);
        }
        assertThat(rotations.get(0)).contains("serverShutdown");
        assertThat(states).doesNotContain(ConnectionState.DISCONNECTED);
        assertThat(c.sessionStatus().get(10, TimeUnit.SECONDS).result().isAuthorized()).isTrue();
    }

    @Test
    void aShortServerLifetimeIsLivedThroughByRotatingOnEachNotice() throws Exception {
        Simulator sim = sim(Simulator.builder().maxConnectionLifetime(Duration.ofMillis(800))
                .serverShutdownNotice(Duration.ofMillis(300)));
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        while (rotations.size() < 2) {
            List<CompletableFuture<?>> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(c.placeOrder(order(nextId())).thenCompose(r -> c.cancelOrder(
                        CancelOrderRequest.byOrderId("BTCUSDT", r.result().orderId()))));
                batch.add(c.time());
            }
            for (CompletableFuture<?> f : batch) {
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void forcedTooManyOrdersAndBansAreHonouredBeforeTheWire() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        sim.faults().inject(Fault.of(FaultKind.RATE_LIMIT_ORDERS).method("order.place")
                .retryAfter(Duration.ofSeconds(30)));
        BinanceApiException venue = failure(c.placeOrder(order(nextId())));
        assertThat(venue.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(venue.retryAfterEpochMs()).isGreaterThan(System.currentTimeMillis());
        BinanceApiException held = failure(c.placeOrder(order(nextId())));
        assertThat(held.getMessage()).contains("not sent");
        assertThat(sim.faults().applied()).hasSize(1); // the second never reached the venue
        assertThat(c.time().get(10, TimeUnit.SECONDS).status()).as("reads still go").isEqualTo(200);

        sim.faults().inject(Fault.of(FaultKind.IP_BAN).method("time").retryAfter(Duration.ofSeconds(60)));
        assertThat(failure(c.time()).category()).isEqualTo(ErrorCategory.BANNED);
        BinanceApiException banned = failure(c.ping());
        assertThat(banned.category()).isEqualTo(ErrorCategory.BANNED);
        assertThat(banned.getMessage()).contains("not sent");
    }

    @Test
    void aVenueThatStopsAnsweringPingsIsPresumedDeadAndReplaced() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder()
                .liveness(Duration.ofMillis(50), Duration.ofMillis(400)));
        Fault ignore = sim.faults().inject(Fault.of(FaultKind.IGNORE_PINGS).always());
        await().atMost(Duration.ofSeconds(10)).until(() -> states.contains(ConnectionState.DISCONNECTED));
        sim.faults().remove(ignore);
        await().atMost(Duration.ofSeconds(10)).until(() -> c.state() == ConnectionState.LOGGED_ON);
        assertThat(c.time().get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void theVenuesPingsAreAnsweredSoItKeepsTheConnection() throws Exception {
        Simulator sim = sim(Simulator.builder().serverPingInterval(Duration.ofMillis(50))
                .pongTimeout(Duration.ofMillis(200)));
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1200);
        await().atMost(Duration.ofSeconds(5)).until(() -> System.nanoTime() > until); // several ping periods pass
        assertThat(states).doesNotContain(ConnectionState.DISCONNECTED);
        assertThat(c.time().get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void aVenueClockThatJumpsIsFollowedAfterTheFirstMinus1021() throws Exception {
        Simulator sim = sim(Simulator.builder());
        SpotWsApiClient c = client(sim, SpotWsApiClient.builder());
        // The venue falls 3 s behind: our timestamps are now 3 s ahead, beyond the 1 s the venue tolerates.
        sim.faults().shiftClock(-3_000);
        BinanceApiException e = failure(c.orderStatus(OrderStatusRequest.byOrderId("BTCUSDT", 1)));
        assertThat(e.category()).isEqualTo(ErrorCategory.CLOCK);
        await().atMost(Duration.ofSeconds(10)).until(() -> Math.abs(c.clockOffsetMs() + 3_000) < 200);
        assertThat(c.placeOrder(order(nextId())).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
}
