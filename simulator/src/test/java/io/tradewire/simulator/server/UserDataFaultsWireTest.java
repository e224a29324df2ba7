package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewire.simulator.fault.AppliedFault;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user data faults (duplicate, reorder, delay) as a subscriber sees them on the wire. */
class UserDataFaultsWireTest {
    private SimFixture fx;
    private UserDataTestClient uds;
    private UserDataTestClient trader;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        uds = new UserDataTestClient(fx.sim.wsApiUri());
        trader = new UserDataTestClient(fx.sim.wsApiUri());
        uds.request(Req.of("userDataStream.subscribe.signature").num("timestamp", fx.now())
                .sign(SimFixture.HMAC_KEY, fx.hmac).json());
        uds.frames.clear();
    }

    @AfterEach
    void stop() {
        uds.close();
        trader.close();
        fx.close();
    }

    private void placeResting() {
        trader.request(Req.of("order.place").str("symbol", "BTCUSDT").str("side", "BUY").str("type", "LIMIT")
                .str("timeInForce", "GTC").str("price", "50000").str("quantity", "0.001").num("timestamp", fx.now())
                .sign(SimFixture.HMAC_KEY, fx.hmac).json());
    }

    /** Event types (and marker assets) of the frames up to the marker, in arrival order. */
    private List<String> typesUntilMarker() {
        fx.sim.deposit(SimFixture.HMAC_KEY, "MARKEND", BigDecimal.ONE);
        uds.eventsUntilMarker("MARKEND");
        List<String> out = new ArrayList<>();
        for (String f : uds.frames) {
            String type = WsTestClient.parse(f).path("event").path("e").asText();
            out.add(type);
        }
        return out;
    }

    @Test
    void duplicateSendsTheSameEventTwice() {
        fx.sim.faults().inject(Fault.of(FaultKind.DUPLICATE_USER_DATA).method("executionReport"));
        placeResting();
        assertThat(typesUntilMarker()).containsExactly("executionReport", "executionReport",
                "outboundAccountPosition", "balanceUpdate", "outboundAccountPosition");
        assertThat(uds.frames.get(0)).isEqualTo(uds.frames.get(1));
        assertThat(fx.sim.faults().applied()).extracting(AppliedFault::name).containsExactly("duplicate-user-data");
    }

    @Test
    void reorderLetsTheNextEventOvertake() {
        fx.sim.faults().inject(Fault.of(FaultKind.REORDER_USER_DATA).method("executionReport")
                .delay(Duration.ofSeconds(30)));
        placeResting();
        assertThat(typesUntilMarker()).containsExactly("outboundAccountPosition", "executionReport",
                "balanceUpdate", "outboundAccountPosition");
    }

    @Test
    void delayHoldsAnEventBack() {
        fx.sim.faults().inject(Fault.of(FaultKind.DELAY_USER_DATA).method("outboundAccountPosition")
                .delay(Duration.ofMillis(300)));
        placeResting();
        assertThat(typesUntilMarker()).containsExactly("executionReport", "balanceUpdate",
                "outboundAccountPosition");
        // The held event arrives on its own, later.
        assertThat(uds.event().path("event").path("e").asText()).isEqualTo("outboundAccountPosition");
    }

    @Test
    void faultsFromTheControlEndpointApplyToo() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fx.sim.faultsUri().toString()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"fault\":\"duplicate-user-data\","
                        + "\"method\":\"outboundAccountPosition\",\"apiKey\":\"" + SimFixture.HMAC_KEY + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        placeResting();
        assertThat(typesUntilMarker()).containsExactly("executionReport", "outboundAccountPosition",
                "outboundAccountPosition", "balanceUpdate", "outboundAccountPosition");
    }

    @Test
    void eventStreamTerminatedGoesThroughTheStageToo() {
        fx.sim.faults().inject(Fault.of(FaultKind.DUPLICATE_USER_DATA).method("eventStreamTerminated"));
        uds.request(Req.of("userDataStream.unsubscribe").json());
        assertThat(uds.event().path("event").path("e").asText()).isEqualTo("eventStreamTerminated");
        assertThat(uds.event().path("event").path("e").asText()).isEqualTo("eventStreamTerminated");
    }
}
