package io.tradewire.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimCommandActivityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void simWithActivityServesALiveBook() throws Exception {
        StringWriter out = new StringWriter();
        Thread sim = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "sim", "--activity", "--activity-seed", "5", "--activity-rate", "20"), "cli-sim-activity");
        sim.start();
        try {
            Pattern url = Pattern.compile("WebSocket API: (ws://\\S+)");
            await().atMost(Duration.ofSeconds(20)).until(() -> url.matcher(out.toString()).find());
            assertThat(out.toString())
                    .contains("background activity: seed 5, 20 taker orders/s on BTCUSDT, ETHUSDT, ETHBTC");
            Matcher m = url.matcher(out.toString());
            assertThat(m.find()).isTrue();
            URI ws = URI.create(m.group(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                JsonNode r = request(ws, "{\"id\":1,\"method\":\"depth\",\"params\":{\"symbol\":\"BTCUSDT\"}}");
                return r.path("result").path("bids").size() > 0 && r.path("result").path("asks").size() > 0;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> request(ws,
                    "{\"id\":2,\"method\":\"trades.recent\",\"params\":{\"symbol\":\"BTCUSDT\"}}")
                    .path("result").size() > 0);
        } finally {
            sim.interrupt();
            sim.join(TimeUnit.SECONDS.toMillis(20));
        }
        assertThat(sim.isAlive()).isFalse();
    }

    @Test
    void simWithoutActivityDoesNotMentionIt() throws Exception {
        StringWriter out = new StringWriter();
        Thread sim = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "sim"), "cli-sim-quiet");
        sim.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().contains("Ctrl-C to stop."));
            assertThat(out.toString()).doesNotContain("background activity");
        } finally {
            sim.interrupt();
            sim.join(TimeUnit.SECONDS.toMillis(20));
        }
        assertThat(sim.isAlive()).isFalse();
    }

    @Test
    void aBadRateIsReported() {
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "sim", "--activity", "--activity-rate", "0.0001");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("ordersPerSecond");
    }

    /** One WS API request on its own connection, answered within 10 s. */
    private static JsonNode request(URI ws, String frame) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    answer.complete(text.toString());
                }
                w.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
            return JSON.readTree(answer.get(10, TimeUnit.SECONDS));
        } finally {
            socket.abort();
        }
    }
}
