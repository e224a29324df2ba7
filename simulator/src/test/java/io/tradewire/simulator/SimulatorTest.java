package io.tradewire.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.signing.KeyType;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void startsOnAFreeLoopbackPortAndFreesItOnClose() throws Exception {
        Simulator sim = Simulator.builder().build().start();
        int port;
        try {
            port = sim.port();
            assertThat(port).isPositive();
            assertThat(sim.wsApiUri()).isEqualTo(URI.create("ws://127.0.0.1:" + port + "/ws-api/v3"));
            assertThat(sim.restBaseUri()).isEqualTo(URI.create("http://127.0.0.1:" + port));
            assertThat(sim.venue().symbols()).isNotEmpty();
        } finally {
            sim.close();
        }
        sim.close(); // idempotent
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            assertThat(s.isBound()).isTrue();
        }
    }

    @Test
    void plainHttpOnOtherPathsIs404() throws Exception {
        try (Simulator sim = Simulator.builder().build().start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(sim.restBaseUri() + "/nothing")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("\"code\"");
        }
    }

    @Test
    void portIsUnknownBeforeStart() {
        Simulator sim = Simulator.builder().build();
        assertThatThrownBy(sim::port).isInstanceOf(IllegalStateException.class);
        sim.close();
    }

    @Test
    void rejectsDuplicateApiKeys() {
        SimAccount a = SimAccount.hmac("same", "s1", Map.of());
        SimAccount b = SimAccount.hmac("same", "s2", Map.of());
        assertThatThrownBy(() -> Simulator.builder().account(a).account(b).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoAccountIsEd25519AndRedacted() {
        DemoAccount demo = SimAccount.generateEd25519Demo(Map.of("USDT", new BigDecimal("1000")));
        assertThat(demo.account().keyType()).isEqualTo(KeyType.ED25519);
        assertThat(demo.account().apiKey()).hasSize(64);
        assertThat(demo.privateKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(demo.toString()).doesNotContain(demo.account().apiKey());
        assertThat(SimAccount.hmac("abcdefgh", "topsecret", Map.of()).toString()).doesNotContain("topsecret")
                .doesNotContain("abcdefgh");
    }
}
