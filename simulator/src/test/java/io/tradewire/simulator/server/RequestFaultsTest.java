package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.simulator.fault.AppliedFault;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.SimFaults;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every request fault of the vocabulary, over a real connection. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFaultsTest {
    private static final AtomicInteger IDS = new AtomicInteger();
    private SimFixture fx;
    private SimFaults faults;

    @BeforeAll
    void start() {
        fx = new SimFixture();
        faults = fx.sim.faults();
    }

    @AfterEach
    void clear() {
        faults.clear();
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    private RawWsClient connect() {
        return RawWsClient.connect(fx.sim.wsApiUri(), RawWsClient.PingMode.ECHO);
    }

    private String order(String key, String clientOrderId) {
        return Req.of("order.place").str("symbol", "BTCUSDT").str("side", "BUY").str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", "30000").str("quantity", "0.001")
                .str("newClientOrderId", clientOrderId).num("timestamp", fx.now())
                .sign(key, SimFixture.MAKER_KEY.equals(key) ? fx.maker : fx.hmac).json();
    }

    private JsonNode status(String key, String clientOrderId) {
        try (RawWsClient c = connect()) {
            return c.exchange(Req.of("order.status").str("symbol", "BTCUSDT").str("origClientOrderId", clientOrderId)
                    .num("timestamp", fx.now()).sign(key, SimFixture.MAKER_KEY.equals(key) ? fx.maker : fx.hmac).json());
        }
    }

    private static String cid(String prefix) {
        return prefix + "-" + IDS.incrementAndGet();
    }

    private static void assertError(JsonNode r, int status, int code) {
        assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(status);
        assertThat(r.path("error").path("code").asInt()).as(r.toString()).isEqualTo(code);
        assertThat(r.has("result")).isFalse();
    }

    @Test
    void dropBeforeEngineClosesWithoutAnswerAndNothingExecutes() {
        faults.inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("order.place"));
        String id = cid("dropb");
        try (RawWsClient c = connect()) {
            c.send(order(SimFixture.HMAC_KEY, id));
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.texts).isEmpty();
            assertThat(c.closeFrame).isNotDone(); // a dropped connection, not a WebSocket close
        }
        assertError(status(SimFixture.HMAC_KEY, id), 400, -2013);
        assertThat(faults.active()).isEmpty();
        AppliedFault last = faults.applied().get(faults.applied().size() - 1);
        assertThat(last.name()).isEqualTo("drop-before-engine");
        assertThat(last.target()).contains("order.place");
    }

    @Test
    void dropAfterEngineClosesWithoutAnswerButTheOrderExists() {
        faults.inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place").count(1));
        String id = cid("dropa");
        try (RawWsClient c = connect()) {
            c.send(order(SimFixture.HMAC_KEY, id));
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.texts).isEmpty();
        }
        JsonNode st = status(SimFixture.HMAC_KEY, id);
        assertThat(st.path("status").asInt()).as(st.toString()).isEqualTo(200);
        assertThat(st.path("result").path("status").asText()).isEqualTo("NEW");
    }

    @ParameterizedTest
    @CsvSource({
        "ERROR_5XX_BEFORE_ENGINE, 500, -1000, false",
        "ERROR_5XX_AFTER_ENGINE,  500, -1000, true",
        "TIMEOUT_BEFORE_ENGINE,   503, -1007, false",
        "TIMEOUT_AFTER_ENGINE,    503, -1007, true"})
    void unknownOutcomeAnswersWithAndWithoutExecution(FaultKind kind, int status, int code, boolean executed) {
        faults.inject(Fault.of(kind).method("order.place"));
        String id = cid("uo");
        try (RawWsClient c = connect()) {
            JsonNode r = c.exchange(order(SimFixture.HMAC_KEY, id));
            assertError(r, status, code);
            if (code == -1007) {
                assertThat(r.path("error").path("msg").asText()).isEqualTo(
                        "Timeout waiting for response from backend server. Send status unknown; execution status unknown.");
            }
            assertThat(r.path("rateLimits").isArray()).isTrue();
            assertThat(c.isOpen()).isTrue();
        }
        JsonNode st = status(SimFixture.HMAC_KEY, id);
        if (executed) {
            assertThat(st.path("result").path("clientOrderId").asText()).as(st.toString()).isEqualTo(id);
        } else {
            assertError(st, 400, -2013);
        }
    }

    @Test
    void theStatusOfA5xxAnswerIsConfigurable() {
        faults.inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).method("time").status(503));
        try (RawWsClient c = connect()) {
            assertError(c.exchange("{\"id\":1,\"method\":\"time\"}"), 503, -1000);
        }
    }

    @Test
    void delayedResponsesAreOvertakenByLaterOnes() {
        faults.inject(Fault.of(FaultKind.DELAY_RESPONSE).method("time").delay(Duration.ofMillis(300)));
        try (RawWsClient c = connect()) {
            long t0 = System.nanoTime();
            c.send("{\"id\":\"slow\",\"method\":\"time\"}");
            c.send("{\"id\":\"fast\",\"method\":\"ping\"}");
            assertThat(WsTestClient.parse(c.next()).path("id").asText()).isEqualTo("fast");
            JsonNode slow = WsTestClient.parse(c.next());
            assertThat(slow.path("id").asText()).isEqualTo("slow");
            assertThat(slow.path("result").path("serverTime").asLong()).isEqualTo(fx.now());
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void forcedRateLimitAnswers() {
        long now = fx.now();
        faults.inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).method("ping"));
        faults.inject(Fault.of(FaultKind.RATE_LIMIT_ORDERS).method("order.place"));
        faults.inject(Fault.of(FaultKind.IP_BAN).method("time"));
        try (RawWsClient c = connect()) {
            JsonNode w = c.exchange("{\"id\":1,\"method\":\"ping\"}");
            assertError(w, 429, -1003);
            assertThat(w.path("error").path("msg").asText()).startsWith("Too much request weight used; current limit is 6000");
            assertThat(w.path("error").path("data").path("retryAfter").asLong()).isEqualTo(Math.floorDiv(now, 60_000L) * 60_000L + 60_000L);
            assertThat(w.path("error").path("data").path("serverTime").asLong()).isEqualTo(now);

            JsonNode o = c.exchange(order(SimFixture.HMAC_KEY, cid("rl")));
            assertError(o, 429, -1015);
            assertThat(o.path("error").path("msg").asText()).isEqualTo("Too many new orders; current limit is 100 orders per 10 SECOND.");
            assertThat(o.path("error").path("data").path("retryAfter").asLong()).isEqualTo(Math.floorDiv(now, 10_000L) * 10_000L + 10_000L);

            JsonNode b = c.exchange("{\"id\":3,\"method\":\"time\"}");
            assertError(b, 418, -1003);
            assertThat(b.path("error").path("msg").asText()).isEqualTo("Way too much request weight used; IP banned until "
                    + (now + 120_000) + ". Please use WebSocket Streams for live updates to avoid bans.");
            assertThat(b.path("error").path("data").path("retryAfter").asLong()).isEqualTo(now + 120_000);
            // A forced 418 is an answer only: no real ban, no disconnection.
            assertThat(c.exchange("{\"id\":4,\"method\":\"time\"}").path("status").asInt()).isEqualTo(200);
            assertThat(c.isOpen()).isTrue();
        }
    }

    @Test
    void retryAfterOfForcedAnswersIsConfigurable() {
        faults.inject(Fault.of(FaultKind.IP_BAN).retryAfter(Duration.ofSeconds(5)));
        try (RawWsClient c = connect()) {
            JsonNode b = c.exchange("{\"id\":1,\"method\":\"ping\"}");
            assertThat(b.path("error").path("data").path("retryAfter").asLong()).isEqualTo(fx.now() + 5_000);
        }
    }

    @Test
    void aCountTargetsTheNextNRequestsOnly() {
        faults.inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).count(2));
        try (RawWsClient c = connect()) {
            assertError(c.exchange("{\"id\":1,\"method\":\"ping\"}"), 429, -1003);
            assertError(c.exchange("{\"id\":2,\"method\":\"time\"}"), 429, -1003);
            assertThat(c.exchange("{\"id\":3,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
        }
        assertThat(faults.active()).isEmpty();
    }

    @Test
    void aMethodTargetLeavesOtherMethodsAlone() {
        faults.inject(Fault.of(FaultKind.TIMEOUT_BEFORE_ENGINE).method("order.place").always());
        try (RawWsClient c = connect()) {
            assertThat(c.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
            assertError(c.exchange(order(SimFixture.HMAC_KEY, cid("m"))), 503, -1007);
            assertError(c.exchange(order(SimFixture.HMAC_KEY, cid("m"))), 503, -1007);
        }
        assertThat(faults.active()).hasSize(1);
        assertThat(faults.active().get(0).count()).isEqualTo(Fault.ALWAYS);
    }

    @Test
    void anApiKeyTargetLeavesOtherAccountsAlone() {
        faults.inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).apiKey(SimFixture.MAKER_KEY).always());
        try (RawWsClient c = connect()) {
            assertThat(c.exchange(order(SimFixture.HMAC_KEY, cid("k"))).path("status").asInt()).isEqualTo(200);
            assertError(c.exchange(order(SimFixture.MAKER_KEY, cid("k"))), 500, -1000);
            // A public request carries no key, so it is not the maker's.
            assertThat(c.exchange("{\"id\":1,\"method\":\"time\"}").path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void removedFaultsNoLongerApply() {
        Fault f = faults.inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).method("ping").always());
        assertThat(faults.remove(f)).isTrue();
        assertThat(faults.remove(f)).isFalse();
        try (RawWsClient c = connect()) {
            assertThat(c.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void shiftingTheClockMovesServerTimeAndTimestampChecks() {
        assertThat(faults.shiftClock(-1500)).isEqualTo(-1500);
        try (RawWsClient c = connect()) {
            assertThat(c.exchange("{\"id\":1,\"method\":\"time\"}").path("result").path("serverTime").asLong())
                    .isEqualTo(fx.now() - 1500);
            // The client's clock is now 1.5 s ahead of the venue's.
            JsonNode r = c.exchange(order(SimFixture.HMAC_KEY, cid("clk")));
            assertError(r, 400, -1021);
            assertThat(r.path("error").path("msg").asText())
                    .isEqualTo("Timestamp for this request was 1000ms ahead of the server's time.");
            faults.shiftClock(+1500);
            assertThat(faults.clockOffsetMs()).isZero();
            assertThat(c.exchange("{\"id\":2,\"method\":\"time\"}").path("result").path("serverTime").asLong())
                    .isEqualTo(fx.now());
        }
        assertThat(faults.applied()).extracting(AppliedFault::name).contains("shift-clock");
    }
}
