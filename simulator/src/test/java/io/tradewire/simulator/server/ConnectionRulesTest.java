package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.AppliedFault;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Server ping, pong timeout, maximum lifetime, serverShutdown and the ignore-pings fault, on short intervals. */
class ConnectionRulesTest {
    private static final long START = 1_700_000_000_000L;

    private static Simulator sim(Consumer<Simulator.Builder> config) {
        Simulator.Builder b = Simulator.builder().clock(new ManualClock(START));
        config.accept(b);
        return b.build().start();
    }

    private static void assertServerShutdownEvent(String text) {
        JsonNode n = WsTestClient.parse(text);
        assertThat(n.size()).as(text).isEqualTo(1);
        assertThat(n.path("event").path("e").asText()).isEqualTo("serverShutdown");
        assertThat(n.path("event").path("E").isIntegralNumber()).isTrue();
        assertThat(n.path("event").path("E").asLong()).isEqualTo(START);
    }

    @Test
    void aClientThatAnswersPingsStaysConnected() {
        try (Simulator s = sim(b -> b.serverPingInterval(Duration.ofMillis(40)).pongTimeout(Duration.ofMillis(150)));
             RawWsClient c = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.ECHO)) {
            // Ten pings take 400 ms, well past the pong timeout: only answered pings keep it open.
            await().atMost(Duration.ofSeconds(5)).until(() -> c.pings.get() >= 10);
            assertThat(c.isOpen()).isTrue();
            assertThat(c.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatDoesNotAnswerPingsIsDisconnectedAfterThePongTimeout() {
        try (Simulator s = sim(b -> b.serverPingInterval(Duration.ofMillis(50)).pongTimeout(Duration.ofMillis(300)));
             RawWsClient c = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.IGNORE)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.pings.get()).isGreaterThanOrEqualTo(1);
            // First ping after 50 ms, closed 300 ms after it at the earliest (less the handshake skew).
            assertThat(c.openMillis()).isGreaterThanOrEqualTo(250);
            assertThat(c.texts).isEmpty();
        }
    }

    @Test
    void unsolicitedPongsDoNotPreventTheDisconnection() {
        try (Simulator s = sim(b -> b.serverPingInterval(Duration.ofMillis(50)).pongTimeout(Duration.ofMillis(200)));
             RawWsClient c = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.EMPTY_PONG)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.pings.get()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theMaximumLifetimeEndsWithServerShutdownThenAClose() {
        try (Simulator s = sim(b -> b.maxConnectionLifetime(Duration.ofMillis(400))
                .serverShutdownNotice(Duration.ofMillis(100)));
             RawWsClient c = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.ECHO)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.openMillis()).isGreaterThanOrEqualTo(400); // 400 + 100 on the server, minus handshake skew
            assertThat(c.texts).hasSize(1);
            assertServerShutdownEvent(c.texts.peek());
            assertThat(c.closeFrame.getNow(-1)).isEqualTo(1001);
        }
    }

    @Test
    void serverShutdownOnDemandReachesEveryConnection() {
        try (Simulator s = sim(b -> b.serverShutdownNotice(Duration.ZERO));
             RawWsClient a = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.ECHO);
             RawWsClient b = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.ECHO)) {
            assertThat(a.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
            assertThat(b.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
            assertThat(s.faults().serverShutdown()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(5)).until(() -> !a.isOpen() && !b.isOpen());
            assertServerShutdownEvent(a.next());
            assertServerShutdownEvent(b.next());
            assertThat(s.faults().applied()).extracting(AppliedFault::name).contains("server-shutdown");
            // The venue keeps serving new connections.
            try (RawWsClient c = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.ECHO)) {
                assertThat(c.exchange("{\"id\":2,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
            }
        }
    }

    @Test
    void marketStreamConnectionsFollowTheSameRules() {
        try (Simulator s = sim(b -> b.serverPingInterval(Duration.ofMillis(50)).maxConnectionLifetime(Duration.ofMillis(400))
                .serverShutdownNotice(Duration.ZERO));
             RawWsClient c = RawWsClient.connect(java.net.URI.create("ws://127.0.0.1:" + s.port() + "/ws/btcusdt@trade"),
                     RawWsClient.PingMode.ECHO)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.pings.get()).isGreaterThanOrEqualTo(2);
            assertThat(c.texts).anySatisfy(t -> assertThat(t).contains("\"e\":\"serverShutdown\""));
        }
        try (Simulator s = sim(b -> b.serverPingInterval(Duration.ofMillis(50)).pongTimeout(Duration.ofMillis(200)));
             RawWsClient c = RawWsClient.connect(java.net.URI.create("ws://127.0.0.1:" + s.port() + "/stream?streams=btcusdt@trade"),
                     RawWsClient.PingMode.IGNORE)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            assertThat(c.pings.get()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void clientPingsAreAnsweredUnlessTheIgnorePingsFaultSaysOtherwise() {
        try (Simulator s = sim(b -> { });
             RawWsClient c = RawWsClient.connect(s.wsApiUri(), RawWsClient.PingMode.ECHO)) {
            c.ping("one".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.pongs.isEmpty());
            assertThat(RawWsClient.utf8(c.pongs.poll())).isEqualTo("one");

            s.faults().inject(Fault.of(FaultKind.IGNORE_PINGS).count(1));
            c.ping("two".getBytes(StandardCharsets.UTF_8));
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(c.pongs::isEmpty);
            assertThat(s.faults().applied()).extracting(AppliedFault::name).containsExactly("ignore-pings");

            c.ping("three".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(5)).until(() -> !c.pongs.isEmpty());
            assertThat(RawWsClient.utf8(c.pongs.poll())).isEqualTo("three");
            assertThat(c.isOpen()).isTrue();
        }
    }
}
