package io.tradewire.client.spot;

import io.tradewire.client.Endpoints;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A venue whose clock is off by ±3 s: untracked timestamps fail with -1021, tracked ones trade. */
class ShiftedVenueClockTest {
    private static EpochClock shifted(long ms) {
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

    @ParameterizedTest
    @ValueSource(longs = {-3_000, 3_000})
    void clockTrackingKeepsOrdersInsideRecvWindow(long venueShiftMs) throws Exception {
        try (Simulator sim = Simulator.builder().clock(shifted(venueShiftMs))
                .account(SimAccount.hmac("k", "s", Map.of("USDT", new BigDecimal("100000")))).build().start()) {
            PlaceOrderRequest order = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"),
                    new BigDecimal("0.01")).build();
            try (SpotWsApiClient untracked = client(sim).clockSync(0, Duration.ZERO).recvWindowMs(new BigDecimal("2000"))
                    .build()) {
                untracked.connect().get(10, TimeUnit.SECONDS);
                assertThatThrownBy(() -> untracked.placeOrder(order).get(10, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1021));
            }
            try (SpotWsApiClient tracked = client(sim).recvWindowMs(new BigDecimal("2000")).build()) {
                tracked.connect().get(10, TimeUnit.SECONDS);
                assertThat(tracked.clockOffsetMs()).isBetween(venueShiftMs - 100, venueShiftMs + 100);
                assertThat(tracked.placeOrder(order).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        }
    }

    private static SpotWsApiClient.Builder client(Simulator sim) {
        return SpotWsApiClient.builder().endpoints(Endpoints.of(sim.wsApiUri(), null))
                .credentials(ApiCredentials.of("k", Signers.hmac("s")));
    }
}
