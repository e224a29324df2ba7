package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulator with two HMAC accounts, and REST and WebSocket API clients on it, for the REST method group tests:
 * each operation is asked over both transports, so their answers can be compared.
 */
final class RestVenue implements AutoCloseable {
    static final String KEY = "restCovKey0000000000000000000000000000000000000000000000000000001";
    static final String SECRET = "restCovSecret00000000000000000000000000000000000000000000000000001";
    static final String OTHER_KEY = "restCovKey0000000000000000000000000000000000000000000000000000002";
    static final String OTHER_SECRET = "restCovSecret00000000000000000000000000000000000000000000000000002";
    static final String UNKNOWN_KEY = "restCovKey0000000000000000000000000000000000000000000000000000009";
    static final Map<String, BigDecimal> RICH = Map.of("USDT", new BigDecimal("1000000"),
            "BTC", new BigDecimal("100"), "ETH", new BigDecimal("1000"));
    private static final AtomicInteger IDS = new AtomicInteger();

    final Simulator sim;
    private final List<AutoCloseable> clients = new ArrayList<>();

    RestVenue() {
        sim = Simulator.builder()
                .account(SimAccount.hmac(KEY, SECRET, RICH))
                .account(SimAccount.hmac(OTHER_KEY, OTHER_SECRET, RICH))
                .noRateLimitBans()
                .build().start();
    }

    static ApiCredentials creds() {
        return ApiCredentials.of(KEY, Signers.hmac(SECRET));
    }

    static ApiCredentials otherCreds() {
        return ApiCredentials.of(OTHER_KEY, Signers.hmac(OTHER_SECRET));
    }

    /** A key the venue does not know: every signed request is refused by the venue. */
    static ApiCredentials unknownCreds() {
        return ApiCredentials.of(UNKNOWN_KEY, Signers.hmac(SECRET));
    }

    SpotRestClient rest(ApiCredentials credentials) {
        return rest(SpotRestClient.builder().credentials(credentials));
    }

    SpotRestClient rest(SpotRestClient.Builder b) {
        SpotRestClient c = b.endpoints(Endpoints.of(sim.wsApiUri(), sim.restBaseUri())).build();
        clients.add(c);
        return c;
    }

    SpotWsApiClient ws(ApiCredentials credentials) throws Exception {
        SpotWsApiClient c = SpotWsApiClient.builder().credentials(credentials)
                .endpoints(Endpoints.of(sim.wsApiUri(), null)).requestTimeout(Duration.ofSeconds(5)).build();
        clients.add(c);
        c.connect().get(10, TimeUnit.SECONDS);
        return c;
    }

    static String newId() {
        return "rc-" + System.nanoTime() % 1_000_000_000L + "-" + IDS.incrementAndGet();
    }

    static <T> ApiResponse<T> answer(CompletableFuture<ApiResponse<T>> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static <T> T get(CompletableFuture<ApiResponse<T>> f) throws Exception {
        return answer(f).result();
    }

    /** The venue's (or the client's) refusal of a request. */
    static BinanceApiException failure(CompletableFuture<?> f) throws Exception {
        Throwable t = cause(f);
        assertThat(t).isInstanceOf(BinanceApiException.class);
        return (BinanceApiException) t;
    }

    static Throwable cause(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure, got " + f.get());
    }

    /** The REQUEST_WEIGHT (1 minute) count the venue reported in an answer's headers. */
    static long usedWeight(ApiResponse<?> r) {
        return r.rateLimits().stream().filter(l -> RateLimitType.REQUEST_WEIGHT.equals(l.rateLimitType())
                        && RateLimitInterval.MINUTE.equals(l.interval()) && l.intervalNum() == 1)
                .mapToLong(RateLimit::count).findFirst()
                .orElseThrow(() -> new AssertionError("no REQUEST_WEIGHT in " + r.rateLimits()));
    }

    @Override
    public void close() {
        for (AutoCloseable c : clients) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a client throws nothing worth failing a test for
            }
        }
        sim.close();
    }
}
