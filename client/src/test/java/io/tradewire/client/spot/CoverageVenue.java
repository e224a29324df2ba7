package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.Endpoints;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.DemoAccount;
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
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** A simulator with an Ed25519 account, two HMAC accounts and clients on it, for the method group tests. */
final class CoverageVenue implements AutoCloseable {
    static final String HMAC_KEY = "covKey00000000000000000000000000000000000000000000000000000000001";
    static final String HMAC_SECRET = "covSecret0000000000000000000000000000000000000000000000000000001";
    static final String OTHER_KEY = "covKey00000000000000000000000000000000000000000000000000000000002";
    static final String OTHER_SECRET = "covSecret0000000000000000000000000000000000000000000000000000002";
    static final String UNKNOWN_KEY = "covKey00000000000000000000000000000000000000000000000000000000009";
    static final Map<String, BigDecimal> RICH = Map.of("USDT", new BigDecimal("1000000"),
            "BTC", new BigDecimal("100"), "ETH", new BigDecimal("1000"));
    private static final AtomicInteger IDS = new AtomicInteger();

    final Simulator sim;
    final DemoAccount ed25519;
    private final List<SpotWsApiClient> clients = new ArrayList<>();

    CoverageVenue() throws Exception {
        this(b -> b);
    }

    CoverageVenue(UnaryOperator<Simulator.Builder> custom) throws Exception {
        ed25519 = SimAccount.generateEd25519Demo(RICH);
        sim = custom.apply(Simulator.builder()
                .account(ed25519.account())
                .account(SimAccount.hmac(HMAC_KEY, HMAC_SECRET, RICH))
                .account(SimAccount.hmac(OTHER_KEY, OTHER_SECRET, RICH))
                .unlimitedRates()).build().start();
    }

    ApiCredentials edCreds() {
        return ApiCredentials.of(ed25519.account().apiKey(), Signers.ed25519(ed25519.privateKey()));
    }

    static ApiCredentials hmacCreds() {
        return ApiCredentials.of(HMAC_KEY, Signers.hmac(HMAC_SECRET));
    }

    static ApiCredentials otherCreds() {
        return ApiCredentials.of(OTHER_KEY, Signers.hmac(OTHER_SECRET));
    }

    /** A key the venue does not know: every signed request is refused by the venue. */
    static ApiCredentials unknownCreds() {
        return ApiCredentials.of(UNKNOWN_KEY, Signers.hmac(HMAC_SECRET));
    }

    SpotWsApiClient connect(ApiCredentials credentials) throws Exception {
        return connect(credentials, ConnectionListener.NONE, b -> b);
    }

    SpotWsApiClient connect(ApiCredentials credentials, ConnectionListener listener,
                            UnaryOperator<SpotWsApiClient.Builder> custom) throws Exception {
        SpotWsApiClient c = custom.apply(SpotWsApiClient.builder().credentials(credentials)
                .endpoints(Endpoints.of(sim.wsApiUri(), null)).listener(listener)
                .requestTimeout(Duration.ofSeconds(5)).reconnectBackoff(Duration.ofMillis(20),
                        Duration.ofMillis(200))).build();
        clients.add(c);
        c.connect().get(10, TimeUnit.SECONDS);
        return c;
    }

    static String newId() {
        return "cov-" + System.nanoTime() % 1_000_000_000L + "-" + IDS.incrementAndGet();
    }

    static <T> T get(CompletableFuture<ApiResponse<T>> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS).result();
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

    /** The REQUEST_WEIGHT count the venue reported with an answer. */
    static long weightCount(ApiResponse<?> r) {
        for (RateLimit l : r.rateLimits()) {
            if (RateLimitType.REQUEST_WEIGHT.equals(l.rateLimitType())) {
                return l.count();
            }
        }
        throw new AssertionError("no REQUEST_WEIGHT in " + r.rateLimits());
    }

    @Override
    public void close() {
        clients.forEach(SpotWsApiClient::close);
        sim.close();
    }
}
