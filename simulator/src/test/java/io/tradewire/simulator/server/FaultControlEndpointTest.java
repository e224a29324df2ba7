package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The loopback JSON endpoint behind {@code tradewire fault}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultControlEndpointTest {
    private Simulator sim;

    @BeforeAll
    void start() {
        sim = Simulator.builder().serverShutdownNotice(Duration.ZERO).build().start();
    }

    @AfterEach
    void clear() {
        sim.faults().clear();
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    /** A fresh client per call: the endpoint closes each connection, so nothing may be reused. */
    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private HttpResponse<String> call(String method, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(sim.faultsUri()).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postArmsAFaultAndGetListsIt() throws Exception {
        assertThat(sim.faultsUri().toString()).endsWith("/_tradewire/faults");
        HttpResponse<String> r = call("POST",
                "{\"fault\":\"drop-after-engine\",\"method\":\"order.place\",\"count\":2,\"apiKey\":\"some-api-key-123\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode injected = WsTestClient.parse(r.body()).path("injected");
        assertThat(injected.path("fault").asText()).isEqualTo("drop-after-engine");
        assertThat(injected.path("count").asInt()).isEqualTo(2);
        assertThat(sim.faults().active()).containsExactly(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place")
                .apiKey("some-api-key-123").count(2));

        call("POST", "{\"fault\":\"delay-response\",\"always\":true,\"delayMs\":250}");
        JsonNode state = WsTestClient.parse(call("GET", null).body());
        assertThat(state.path("active")).hasSize(2);
        assertThat(state.path("active").get(1).path("always").asBoolean()).isTrue();
        assertThat(state.path("active").get(1).path("delayMs").asLong()).isEqualTo(250);
        assertThat(state.path("clockOffsetMs").asLong()).isZero();

        JsonNode cleared = WsTestClient.parse(call("DELETE", null).body());
        assertThat(cleared.path("active")).isEmpty();
        assertThat(sim.faults().active()).isEmpty();
    }

    @Test
    void actionsShiftTheClockAndShutDownConnections() throws Exception {
        JsonNode shifted = WsTestClient.parse(call("POST", "{\"fault\":\"shift-clock\",\"ms\":-2500}").body());
        assertThat(shifted.path("clockOffsetMs").asLong()).isEqualTo(-2500);
        assertThat(sim.faults().clockOffsetMs()).isEqualTo(-2500);
        try (RawWsClient c = RawWsClient.connect(sim.wsApiUri(), RawWsClient.PingMode.ECHO)) {
            assertThat(c.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
            JsonNode down = WsTestClient.parse(call("POST", "{\"fault\":\"server-shutdown\"}").body());
            assertThat(down.path("serverShutdown").asInt()).isEqualTo(1);
            assertThat(WsTestClient.parse(c.next()).path("event").path("e").asText()).isEqualTo("serverShutdown");
        }
        JsonNode state = WsTestClient.parse(call("POST", "{\"fault\":\"clear\"}").body());
        assertThat(state.path("clockOffsetMs").asLong()).isZero();
        assertThat(state.path("applied").findValuesAsText("fault")).contains("shift-clock", "server-shutdown");
    }

    @Test
    void badRequestsAreAnsweredWith400AndTheReason() throws Exception {
        HttpResponse<String> r = call("POST", "{\"fault\":\"no-such-fault\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(WsTestClient.parse(r.body()).path("error").asText()).contains("unknown fault 'no-such-fault'")
                .contains("drop-after-engine");
        assertThat(call("POST", "[1]").statusCode()).isEqualTo(400);
        assertThat(call("POST", "{\"fault\":\"shift-clock\"}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "{\"fault\":\"delay-response\",\"count\":0}").statusCode()).isEqualTo(400);
        assertThat(call("PUT", "{}").statusCode()).isEqualTo(405);
        assertThat(sim.faults().active()).isEmpty();
    }

    @Test
    void otherPathsAreStillNotFound() throws Exception {
        HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(sim.restBaseUri() + "/_tradewire/other"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
    }
}
