package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.RateLimitPolicy;
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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
                        // Held back by the client: it learned the limit of 3 from exchangeInfo and counted.
                        assertThat(e.getMessage()).contains("not sent");
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.code()).isEqualTo(-1015);
                        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
                        assertThat(e.retryAfterEpochMs()).isEqualTo(1_800_000_010_000L);
                    });

            clock.advanceMillis(10_000);
            assertThat(c.placeOrder(order).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    @Test
    void theVenues429HoldsFurtherOrdersButNotQueries() throws Exception {
        ManualClock clock = new ManualClock(1_800_000_000_000L);
        try (Simulator sim = Simulator.builder().clock(clock).rateLimits(6000, 2, 1000)
                .account(SimAccount.hmac("k", "s", Map.of("USDT", new BigDecimal("100000")))).build().start();
             SpotWsApiClient a = client(sim, clock, RateLimitPolicy.FAIL_FAST);
             SpotWsApiClient b = client(sim, clock, RateLimitPolicy.FAIL_FAST)) {
            PlaceOrderRequest order = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"),
                    new BigDecimal("0.01")).build();
            // Two connections, one account: b does not know what a used, so the venue is the one to say no.
            a.placeOrder(order).get(10, TimeUnit.SECONDS);
            a.placeOrder(order).get(10, TimeUnit.SECONDS);
            BinanceApiException venue = failure(b.placeOrder(order));
            assertThat(venue.code()).isEqualTo(-1015);
            assertThat(venue.getMessage()).doesNotContain("not sent");
            BinanceApiException held = failure(b.placeOrder(order));
            assertThat(held.getMessage()).contains("not sent");
            assertThat(held.retryAfterEpochMs()).isEqualTo(1_800_000_010_000L);
            assertThat(b.time().get(10, TimeUnit.SECONDS).status()).as("queries still go").isEqualTo(200);
        }
    }

    @Test
    void waitPolicySendsOnceTheWindowTurns() throws Exception {
        ManualClock clock = new ManualClock(1_800_000_000_000L);
        try (Simulator sim = Simulator.builder().clock(clock).rateLimits(6000, 1, 1000)
                .account(SimAccount.hmac("k", "s", Map.of("USDT", new BigDecimal("100000")))).build().start();
             SpotWsApiClient c = client(sim, clock, RateLimitPolicy.WAIT)) {
            c.exchangeInfo().get(10, TimeUnit.SECONDS); // learns the limit of 1 order per 10 s
            PlaceOrderRequest order = PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"),
                    new BigDecimal("0.01")).build();
            c.placeOrder(order).get(10, TimeUnit.SECONDS);
            CompletableFuture<ApiResponse<OrderResponse>> waiting = c.placeOrder(order);
            assertThat(waiting).isNotDone();
            assertThat(c.rateLimitUsage()).contains(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 1, 1));
            clock.advanceMillis(10_000);
            await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
            assertThat(waiting.get().result().status()).isNotNull();
        }
    }

    private static SpotWsApiClient client(Simulator sim, ManualClock clock, RateLimitPolicy policy) throws Exception {
        SpotWsApiClient c = SpotWsApiClient.builder().endpoints(Endpoints.of(sim.wsApiUri(), null))
                .credentials(ApiCredentials.of("k", Signers.hmac("s"))).clock(clock).rateLimitPolicy(policy).build();
        c.connect().get(10, TimeUnit.SECONDS);
        return c;
    }

    private static BinanceApiException failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (BinanceApiException) e.getCause();
        }
        throw new AssertionError("expected a failure");
    }
}
