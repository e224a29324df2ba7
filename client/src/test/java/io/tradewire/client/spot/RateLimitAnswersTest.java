package io.tradewire.client.spot;

import io.tradewire.client.Endpoints;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The venue's configured ORDERS limit, seen through the client; one manual clock drives both sides. */
class RateLimitAnswersTest {
    @Test
    void ordersBeyondTheLimitAreRateLimitedUntilTheWindowTurns() throws Exception {
        ManualClock clock = new ManualClock(1_800_000_000_000L); // a multiple of 10 s: the window just began
        try (Simulator sim = Simulator.builder().clock(clock).rateLimits(6000, 3, 1000)
                .account(SimAccount.hmac("k", "s", Map.of("USDT", new BigDecimal("100000")))).build().start();
             SpotWsApiClient c = SpotWsApiClient.builder().endpoints(Endpoints.of(sim.wsApiUri(), null))
                     .credentials(ApiCredentials.of("k", Signers.hmac("s"))).clock(clock).build()) {
            c.connect().get(10, TimeUnit.SECONDS);
            ExchangeInfo info = c.exchangeInfo().get(10, TimeUnit.SECONDS).result();
            assertThat(info.rateLimits()).contains(
                    RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 3),
                    RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 1000));

            PlaceOrderRequest order = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"),
                    new BigDecimal("0.01")).build();
            for (int i = 1; i <= 3; i++) {
                c.placeOrder(order).get(10, TimeUnit.SECONDS);
                assertThat(c.lastRateLimits()).contains(
                        RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 3, i));
            }
            assertThatThrownBy(() -> c.placeOrder(order).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOfSatisfying(BinanceApiException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.code()).isEqualTo(-1015);
                        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
                        assertThat(e.retryAfterEpochMs()).isEqualTo(1_800_000_010_000L);
                    });

            clock.advanceMillis(10_000);
            assertThat(c.placeOrder(order).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }
}
