package io.tradewire.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradewire.core.signing.KeyType;
import io.tradewire.simulator.Simulator;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic form: chosen key types, balances and simulator settings; the venue closes after the class. */
class SimulatorExtensionRegisteredTest {
    private static Simulator seen;

    @RegisterExtension
    static final SimulatorExtension VENUE = SimulatorExtension.builder()
            .account(KeyType.RSA).account(KeyType.HMAC).account(KeyType.ED25519)
            .balances(Map.of("USDT", new BigDecimal("500")))
            .configure(b -> b.maxConnectionLifetime(Duration.ofMillis(300)).serverShutdownNotice(Duration.ZERO))
            .build();

    @AfterAll
    static void theVenueIsClosedWithTheClass() {
        // afterAll callbacks of the extension run after this method; the port is still bound here.
        assertThat(seen).isNotNull();
    }

    @Test
    void accountsAndSettingsAreAsConfigured(Simulator sim, TestAccounts accounts) throws Exception {
        seen = sim;
        assertThat(accounts.all()).extracting(TestAccount::keyType)
                .containsExactly(KeyType.RSA, KeyType.HMAC, KeyType.ED25519);
        assertThat(accounts.get(0).signer().keyType()).isEqualTo(KeyType.RSA);
        assertThat(accounts.get(2).balances()).containsOnlyKeys("USDT");
        synchronized (sim.venue()) {
            assertThat(sim.venue().balances(accounts.get(2).apiKey()).get("USDT").free())
                    .isEqualByComparingTo(new BigDecimal("500"));
        }
        // The configured 300 ms lifetime ends the connection with serverShutdown.
        CompletableFuture<String> event = new CompletableFuture<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(sim.wsApiUri().toString()), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        event.complete(data.toString());
                        w.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket w, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).join();
        await().atMost(Duration.ofSeconds(5)).until(closed::isDone);
        assertThat(event.getNow("")).contains("\"e\":\"serverShutdown\"");
        assertThat(closed.getNow(0)).isEqualTo(1001);
        ws.abort();
    }
}
