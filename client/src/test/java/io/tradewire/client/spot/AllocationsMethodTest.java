package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.rest.SpotRestClient;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.tradewire.client.spot.CoverageVenue.failure;
import static io.tradewire.client.spot.CoverageVenue.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code myAllocations} over the WebSocket API against the simulator: SOR allocations, filters, errors, weight. */
class AllocationsMethodTest {
    private CoverageVenue venue;
    private SpotWsApiClient client;
    private SpotAccountApi account;

    @BeforeEach
    void start() throws Exception {
        venue = new CoverageVenue();
        client = venue.connect(CoverageVenue.hmacCreds());
        account = client.account();
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    /** A market buy through the smart order router against another account's resting sell: one allocation. */
    private long sorBuy() throws Exception {
        SpotWsApiClient other = venue.connect(CoverageVenue.otherCreds());
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60000.00"),
                new BigDecimal("0.05000")).build()));
        List<OrderResponse> sor = get(client.trading().sorPlaceOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY,
                new BigDecimal("0.02000")).build()));
        assertThat(sor).hasSize(1);
        assertThat(sor.get(0).status()).isEqualTo(OrderStatus.FILLED);
        return sor.get(0).orderId();
    }

    @Test
    void allocationsOfSorOrdersByOrderFromIdAndTimeRange() throws Exception {
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()))).isEmpty();
        long orderId = sorBuy();

        List<Allocation> all = get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThat(all).hasSize(1);
        Allocation a = all.get(0);
        // Every field is checked on the REST path (RestAccountMethodsTest), which decodes with the same decoder.
        assertThat(a.orderId()).isEqualTo(orderId);
        assertThat(a.allocationType()).isEqualTo("SOR");
        assertThat(a.qty()).isEqualByComparingTo("0.02");

        // Each filter reaches the venue under its WebSocket name (fromId travels as fromAllocationId).
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").orderId(orderId)
                .fromId(a.allocationId()).limit(5).build()))).containsExactly(a);
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").fromId(a.allocationId() + 1)
                .build()))).isEmpty();
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").orderId(orderId + 100).build())))
                .isEmpty();
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").startTime(a.time())
                .endTime(a.time()).build()))).containsExactly(a);
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").startTime(a.time() + 1).build())))
                .isEmpty();
        try (SpotRestClient rest = restClient()) {
            assertThat(rest.account().myAllocations(HistoryRequest.forSymbol("BTCUSDT").build())
                    .get(10, TimeUnit.SECONDS).result()).isEqualTo(all);
        }
    }

    @Test
    void refusalsAndChecks() throws Exception {
        assertThat(failure(account.myAllocations(HistoryRequest.forSymbol("NOPEUSDT").build())).code())
                .isEqualTo(-1121);
        BinanceApiException stranger = failure(venue.connect(CoverageVenue.unknownCreds()).account()
                .myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThat(stranger.code()).isNotZero();
        assertThat(stranger.outcomeUnknown()).isFalse();
        assertThatThrownBy(() -> account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").orderId(1).startTime(1)
                .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("myAllocations");
        assertThatThrownBy(() -> account.myAllocations(HistoryRequest.forOrderLists().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weighsTwentyAndIsAskedAgainAfterADrop() throws Exception {
        ApiResponse<?> before = client.ping().get(10, TimeUnit.SECONDS);
        ApiResponse<List<Allocation>> r = account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(CoverageVenue.weightCount(r) - CoverageVenue.weightCount(before)).isEqualTo(20);

        int applied = venue.sim.faults().applied().size();
        venue.sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("myAllocations"));
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()))).isEmpty();
        assertThat(venue.sim.faults().applied()).hasSize(applied + 1);
    }

    private SpotRestClient restClient() {
        return SpotRestClient.builder().credentials(CoverageVenue.hmacCreds())
                .endpoints(Endpoints.of(venue.sim.wsApiUri(), venue.sim.restBaseUri())).build();
    }
}
