package io.tradewire.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binance's weight rules as of 2026-04-02 (CHANGELOG 2026-03-27): placing and cancelling orders weighs 0 when it
 * succeeds and the documented weight when it fails; RAW_REQUESTS counts every REST request, 300,000 per 5 minutes.
 */
class WeightRulesTest {
    private SimFixture fx;

    @BeforeEach
    void start() {
        fx = new SimFixture();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static long weight(JsonNode answer) {
        for (JsonNode l : answer.path("rateLimits")) {
            if (l.path("rateLimitType").asText().equals("REQUEST_WEIGHT")) {
                return l.path("count").asLong();
            }
        }
        throw new AssertionError("no REQUEST_WEIGHT in " + answer);
    }

    private Req order(String symbol) {
        return Req.of("order.place").str("symbol", symbol).str("side", "BUY").str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", "30000.00").str("quantity", "0.001")
                .str("timestamp", Long.toString(fx.now()));
    }

    @Test
    void successfulOrdersAndCancelsAreFreeAndFailuresAreCharged() {
        try (WsTestClient c = fx.connect()) {
            long before = weight(c.exchange(Req.of("time").json()));
            JsonNode placed = c.exchange(order("BTCUSDT").sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(placed.path("status").asInt()).as(placed.toString()).isEqualTo(200);
            assertThat(weight(placed)).as("a successful order.place weighs 0").isEqualTo(before);
            JsonNode canceled = c.exchange(Req.of("order.cancel").str("symbol", "BTCUSDT")
                    .num("orderId", placed.path("result").path("orderId").asText())
                    .str("timestamp", Long.toString(fx.now())).sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(canceled.path("status").asInt()).as(canceled.toString()).isEqualTo(200);
            assertThat(weight(canceled)).as("a successful order.cancel weighs 0").isEqualTo(before);
            JsonNode failed = c.exchange(order("NOPEUSDT").sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(failed.path("error").path("code").asInt()).isEqualTo(-1121);
            assertThat(weight(failed)).as("a failed order.place is charged its weight").isEqualTo(before + 1);
            JsonNode status = c.exchange(Req.of("order.status").str("symbol", "BTCUSDT")
                    .num("orderId", placed.path("result").path("orderId").asText())
                    .str("timestamp", Long.toString(fx.now())).sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(weight(status)).as("queries keep their weight").isEqualTo(before + 1 + 4);
        }
    }

    @Test
    void exchangeInfoListsRawRequests() throws Exception {
        try (Simulator sim = Simulator.builder().rateLimits(6000, 100, 1000).account(SimAccount.hmac("k", "s",
                Map.of("USDT", new BigDecimal("1")))).build().start();
             WsTestClient c = WsTestClient.connect(sim.wsApiUri())) {
            JsonNode info = c.exchange(Req.of("exchangeInfo").json());
            assertThat(info.path("result").path("rateLimits")).anySatisfy(l -> {
                assertThat(l.path("rateLimitType").asText()).isEqualTo("RAW_REQUESTS");
                assertThat(l.path("interval").asText()).isEqualTo("MINUTE");
                assertThat(l.path("intervalNum").asInt()).isEqualTo(5);
                assertThat(l.path("limit").asLong()).isEqualTo(300_000);
            });
        }
    }

    @Test
    void restRequestsBeyondRawRequestsAreRefused() throws Exception {
        Simulator sim = Simulator.builder().rateLimits(6000, 100, 200_000, 3).build().start();
        try (sim) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest ping = HttpRequest.newBuilder(URI.create(sim.restBaseUri() + "/api/v3/ping")).build();
            for (int i = 0; i < 3; i++) {
                assertThat(http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> fourth = http.send(ping, HttpResponse.BodyHandlers.ofString());
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.body()).contains("-1003").contains("Too many requests queued.");
            assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
