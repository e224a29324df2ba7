package io.tradewire.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewire.cli.Main;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code tradewire fault} against an in-process simulator's control endpoint. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultCommandTest {
    private Simulator sim;
    private String url;

    /** Output of one in-process run. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void start() {
        sim = Simulator.builder().build().start();
        url = "http://127.0.0.1:" + sim.port();
    }

    @AfterEach
    void clear() {
        sim.faults().clear();
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void injectsANamedFaultWithItsTargets() {
        Run r = run("fault", "--sim", url, "drop-after-engine", "--method", "order.place", "--count", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"injected\"", "drop-after-engine");
        assertThat(sim.faults().active()).containsExactly(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place"));

        r = run("fault", "--sim", sim.wsApiUri().toString(), "delay-response", "--always", "--delay-ms", "250",
                "--api-key", "abc-key-123456");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(sim.faults().active().get(1)).isEqualTo(Fault.of(FaultKind.DELAY_RESPONSE).always()
                .delay(java.time.Duration.ofMillis(250)).apiKey("abc-key-123456"));

        r = run("fault", "--sim", url, "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("drop-after-engine", "delay-response", "\"clockOffsetMs\" : 0");

        r = run("fault", "--sim", url, "clear");
        assertThat(r.exit()).isZero();
        assertThat(sim.faults().active()).isEmpty();
    }

    @Test
    void actionsShiftTheClockAndSendServerShutdown() {
        Run r = run("fault", "--sim", url, "shift-clock", "--ms", "-1500");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(sim.faults().clockOffsetMs()).isEqualTo(-1500);
        r = run("fault", "--sim", url, "server-shutdown");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"serverShutdown\" : 0");
        assertThat(sim.faults().applied()).extracting(a -> a.name()).containsSubsequence("shift-clock", "server-shutdown");
    }

    @Test
    void mistakesAreReportedWithoutTouchingTheSimulator() {
        Run r = run("fault", "--sim", url, "explode");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown fault 'explode'", "drop-before-engine");
        r = run("fault", "--sim", url, "shift-clock");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--ms");
        r = run("fault", "--sim", url, "ip-ban", "--count", "0");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("count must be at least 1");
        assertThat(sim.faults().active()).isEmpty();
        r = run("fault", "drop-after-engine");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--sim");
    }

    @Test
    void theEndpointIsDerivedFromAnySimulatorUrl() {
        assertThat(FaultCommand.endpoint(URI.create("http://127.0.0.1:9000")))
                .isEqualTo(URI.create("http://127.0.0.1:9000/_tradewire/faults"));
        assertThat(FaultCommand.endpoint(URI.create("ws://127.0.0.1:9000/ws-api/v3?returnRateLimits=false")))
                .isEqualTo(URI.create("http://127.0.0.1:9000/_tradewire/faults"));
    }
}
