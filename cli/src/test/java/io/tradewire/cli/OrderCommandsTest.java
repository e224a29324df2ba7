package io.tradewire.cli;

import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tradewire time} and {@code tradewire order ...} against an embedded simulator, configured by a file. */
class OrderCommandsTest {
    private static Simulator sim;
    @TempDir
    static Path dir;
    private static Path config;

    @BeforeAll
    static void start() throws Exception {
        sim = Simulator.builder().account(SimAccount.hmac("ops-key", "ops-secret",
                Map.of("USDT", new BigDecimal("100000"), "BTC", new BigDecimal("1")))).build().start();
        config = dir.resolve("tradewire.toml");
        Files.writeString(config, "endpoint = \"" + sim.wsApiUri() + "\"\napi_key = \"ops-key\"\n"
                + "secret = \"ops-secret\"\ntimeout_ms = 5000\n");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as("exit of %s: %s %s", String.join(" ", args), out, err).isEqualTo(expectedExit);
        return new String[]{out.toString(), err.toString()};
    }

    @Test
    void timeReportsRoundTripAndOffset() {
        String out = run(0, "time", "--config", config.toString())[0];
        assertThat(out).contains("server time:").contains("round trip:").contains("offset:");
    }

    @Test
    void placeQueryAndCancelAnOrderByClientId() {
        String placed = run(0, "order", "--config", config.toString(), "place", "--symbol", "BTCUSDT",
                "--side", "buy", "--type", "LIMIT", "--price", "20000.00", "--quantity", "0.01", "--client-id", "ops-1")[0];
        assertThat(placed).contains("clientOrderId: ops-1").contains("status:        NEW")
                .contains("price:         20000.00000000");
        assertThat(run(0, "order", "--config", config.toString(), "status", "--symbol", "BTCUSDT",
                "--client-id", "ops-1")[0]).contains("status:        NEW");
        assertThat(run(0, "order", "--config", config.toString(), "cancel", "--symbol", "BTCUSDT",
                "--client-id", "ops-1")[0]).contains("status:        CANCELED");
    }

    @Test
    void badInputIsRejectedBeforeConnectingAndVenueErrorsArePrinted() {
        String[] bad = run(1, "order", "--config", config.toString(), "place", "--symbol", "BTCUSDT",
                "--side", "BUY", "--type", "LIMIT", "--quantity", "0.01");
        assertThat(bad[1]).contains("price is required for LIMIT orders");
        String[] venue = run(1, "order", "--config", config.toString(), "status", "--symbol", "BTCUSDT",
                "--order-id", "999999");
        assertThat(venue[1]).contains("-2013").contains("Order does not exist.");
        String[] flagBeatsFile = run(1, "order", "--config", config.toString(), "--secret", "wrong-secret",
                "status", "--symbol", "BTCUSDT", "--order-id", "1");
        assertThat(flagBeatsFile[1]).contains("-1022").doesNotContain("wrong-secret");
    }
}
