package io.tradewire.client.spot;

import io.tradewire.client.ConnectionListener;
import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static io.tradewire.client.spot.CoverageVenue.get;
import static io.tradewire.client.spot.CoverageVenue.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The user data stream against the simulator: event sequences, both subscription methods, restoration. */
class UserDataStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private CoverageVenue venue;

    @BeforeEach
    void start() throws Exception {
        venue = new CoverageVenue();
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    /** Records typed events and restorations; the raw path separately. */
    static final class Recorder implements UserDataListener, ConnectionListener {
        final List<UserDataEvent> events = new CopyOnWriteArrayList<>();
        final List<String> unknown = new CopyOnWriteArrayList<>();
        final List<Boolean> resubscribed = new CopyOnWriteArrayList<>();
        final List<String> raw = new CopyOnWriteArrayList<>();

        @Override
        public void onExecutionReport(ExecutionReport e) {
            events.add(e);
        }

        @Override
        public void onAccountPosition(OutboundAccountPosition e) {
            events.add(e);
        }

        @Override
        public void onBalanceUpdate(BalanceUpdate e) {
            events.add(e);
        }

        @Override
        public void onListStatus(ListStatus e) {
            events.add(e);
        }

        @Override
        public void onExternalLockUpdate(ExternalLockUpdate e) {
            events.add(e);
        }

        @Override
        public void onStreamTerminated(EventStreamTerminated e) {
            events.add(e);
        }

        @Override
        public void onUnknownEvent(String eventType, String json) {
            unknown.add(json);
        }

        @Override
        public void onResubscribed(long subscriptionId, boolean eventsMayHaveBeenMissed) {
            resubscribed.add(eventsMayHaveBeenMissed);
        }

        @Override
        public void onEvent(CharSequence json) {
            raw.add(json.toString());
        }

        List<ExecutionReport> reports(long orderId) {
            return events.stream().filter(e -> e instanceof ExecutionReport).map(e -> (ExecutionReport) e)
                    .filter(e -> e.orderId() == orderId).collect(Collectors.toList());
        }

        <T extends UserDataEvent> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
        }
    }

    private SpotWsApiClient subscribed(ApiCredentials creds, Recorder r) throws Exception {
        SpotWsApiClient c = venue.connect(creds, r, b -> b);
        long id = get(c.userData().subscribe(r));
        assertThat(id).isNotNegative();
        assertThat(c.userData().isSubscribed()).isTrue();
        assertThat(c.userData().subscriptionId()).isEqualTo(id);
        return c;
    }

    private static OrderResponse restingBuy(SpotWsApiClient c) throws Exception {
        return get(c.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("59000.00"),
                new BigDecimal("0.03000")).newClientOrderId(newId()).build()));
    }

    @Test
    void fillAndCancelOnALoggedOnSession() throws Exception {
        Recorder r = new Recorder();
        SpotWsApiClient client = subscribed(venue.edCreds(), r);
        assertThat(client.isLoggedOn()).isTrue();
        OrderResponse order = restingBuy(client);
        await().atMost(WAIT).until(() -> r.reports(order.orderId()).size() == 1);
        ExecutionReport placed = r.reports(order.orderId()).get(0);
        assertThat(placed.executionType()).isEqualTo(ExecutionType.NEW);
        assertThat(placed.orderStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(placed.clientOrderId()).isEqualTo(order.clientOrderId());
        assertThat(placed.price()).isEqualByComparingTo("59000");
        assertThat(placed.quantity()).isEqualByComparingTo("0.03");
        assertThat(placed.isWorking()).isTrue();

        // Another account sells into it: a partial fill.
        SpotWsApiClient other = venue.connect(CoverageVenue.otherCreds());
        get(other.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.SELL, new BigDecimal("0.01000")).build()));
        await().atMost(WAIT).until(() -> r.reports(order.orderId()).size() == 2);
        ExecutionReport fill = r.reports(order.orderId()).get(1);
        assertThat(fill.isTrade()).isTrue();
        assertThat(fill.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(fill.lastExecutedQty()).isEqualByComparingTo("0.01");
        assertThat(fill.lastExecutedPrice()).isEqualByComparingTo("59000");
        assertThat(fill.cumulativeFilledQty()).isEqualByComparingTo("0.01");
        assertThat(fill.cumulativeQuoteQty()).isEqualByComparingTo("590");
        assertThat(fill.isMaker()).isTrue();
        assertThat(fill.tradeId()).isNotNegative();
        assertThat(fill.commission()).isNotNull();

        get(client.cancelOrder(CancelOrderRequest.byOrderId("BTCUSDT", order.orderId())));
        await().atMost(WAIT).until(() -> r.reports(order.orderId()).size() == 3);
        ExecutionReport canceled = r.reports(order.orderId()).get(2);
        assertThat(canceled.executionType()).isEqualTo(ExecutionType.CANCELED);
        assertThat(canceled.orderStatus()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.cumulativeFilledQty()).isEqualByComparingTo("0.01");
        assertThat(canceled.origClientOrderId()).isEqualTo(order.clientOrderId());
        assertThat(r.of(OutboundAccountPosition.class)).isNotEmpty();
        assertThat(r.of(OutboundAccountPosition.class).get(0).balances()).extracting(Balance::asset)
                .contains("USDT");

        // A deposit, and an order list.
        venue.sim.deposit(venue.ed25519.account().apiKey(), "ETH", new BigDecimal("1.5"));
        await().atMost(WAIT).until(() -> !r.of(BalanceUpdate.class).isEmpty());
        assertThat(r.of(BalanceUpdate.class).get(0).delta()).isEqualByComparingTo("1.5");
        OrderListResponse oco = get(client.trading().placeOrderList(OrderListRequest.oco("BTCUSDT", Side.SELL,
                new BigDecimal("0.01"), OrderListLeg.builder(OrderType.LIMIT_MAKER).price(new BigDecimal("61000.00"))
                        .build(), OrderListLeg.builder(OrderType.STOP_LOSS_LIMIT).price(new BigDecimal("58000.00"))
                        .stopPrice(new BigDecimal("58100.00")).timeInForce(TimeInForce.GTC).build()).build()));
        await().atMost(WAIT).until(() -> !r.of(ListStatus.class).isEmpty());
        ListStatus ls = r.of(ListStatus.class).get(0);
        assertThat(ls.orderListId()).isEqualTo(oco.orderListId());
        assertThat(ls.orders()).hasSize(2);

        // The raw path still sees every frame; nothing was unknown.
        assertThat(r.raw).hasSizeGreaterThanOrEqualTo(r.events.size());
        assertThat(r.unknown).isEmpty();

        get(client.userData().unsubscribe());
        assertThat(client.userData().isSubscribed()).isFalse();
        await().atMost(WAIT).until(() -> !r.of(EventStreamTerminated.class).isEmpty());
    }

    @Test
    void hmacKeysSubscribeWithASignature() throws Exception {
        Recorder r = new Recorder();
        SpotWsApiClient client = subscribed(CoverageVenue.hmacCreds(), r);
        assertThat(client.isLoggedOn()).isFalse();
        OrderResponse order = restingBuy(client);
        await().atMost(WAIT).until(() -> r.reports(order.orderId()).size() == 1);
        assertThat(get(client.account().sessionSubscriptions())).hasSize(1);
    }

    @Test
    void restoredAfterAForcedReconnectWithEitherKind() throws Exception {
        for (ApiCredentials creds : List.of(venue.edCreds(), CoverageVenue.hmacCreds())) {
            Recorder r = new Recorder();
            SpotWsApiClient client = subscribed(creds, r);
            venue.sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("ping"));
            client.ping(); // the venue drops the connection; the client reconnects and subscribes again
            await().atMost(WAIT).until(() -> r.resubscribed.size() == 1);
            assertThat(r.resubscribed).containsExactly(true); // a gap: reconcile
            assertThat(get(client.account().sessionSubscriptions())).hasSize(1);
            OrderResponse order = restingBuy(client);
            await().atMost(WAIT).until(() -> r.reports(order.orderId()).size() == 1);
            client.close();
        }
    }

    @Test
    void restoredOnRotationWithoutDuplicates() throws Exception {
        Recorder r = new Recorder();
        SpotWsApiClient client = subscribed(venue.edCreds(), r);
        client.rotateConnection();
        await().atMost(WAIT).until(() -> r.resubscribed.size() == 1);
        assertThat(r.resubscribed).containsExactly(false); // make-before-break: no gap
        OrderResponse order = restingBuy(client);
        get(client.cancelOrder(CancelOrderRequest.byOrderId("BTCUSDT", order.orderId())));
        await().atMost(WAIT).until(() -> r.reports(order.orderId()).stream()
                .anyMatch(e -> e.executionType().equals(ExecutionType.CANCELED)));
        assertThat(r.reports(order.orderId())).extracting(ExecutionReport::executionType)
                .containsExactly(ExecutionType.NEW, ExecutionType.CANCELED);
        assertThat(get(client.account().sessionSubscriptions())).hasSize(1);
    }

    @Test
    void notRestoredOnceUnsubscribed() throws Exception {
        Recorder r = new Recorder();
        SpotWsApiClient client = subscribed(venue.edCreds(), r);
        get(client.userData().unsubscribe());
        venue.sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("ping"));
        client.ping();
        await().atMost(WAIT).ignoreExceptions().until(() -> get(client.account().sessionSubscriptions()).isEmpty());
        assertThat(r.resubscribed).isEmpty();
    }

    @Test
    void duplicatesAreOnlyDroppedWhileTwoConnectionsOverlap() {
        Recorder r = new Recorder();
        SpotWsApiClient client = SpotWsApiClient.builder().build(); // never connected: frames are fed directly
        try {
            SpotUserDataApi api = client.userData();
            api.subscribe(r);
            String a = "{\"subscriptionId\":0,\"event\":{\"e\":\"balanceUpdate\",\"E\":1,\"a\":\"BTC\",\"d\":\"1\","
                    + "\"T\":1}}";
            String aOnOtherSubscription = a.replace("\"subscriptionId\":0", "\"subscriptionId\":1");
            String b = a.replace("\"E\":1", "\"E\":2");
            api.onFrame(a);
            api.onFrame(a); // the venue sent it twice: passed on (the trading layer dedupes venue repeats)
            api.startOverlap();
            api.onFrame(aOnOtherSubscription); // the new connection repeats what the old one delivered
            api.onFrame(b);
            api.onFrame(b);
            assertThat(r.of(BalanceUpdate.class)).extracting(BalanceUpdate::eventTime).containsExactly(1L, 1L, 2L);
        } finally {
            client.close();
        }
    }
}
