package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.ConnectionState;
import io.tradewire.client.Endpoints;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reconnection, rotation and liveness against real sockets on loopback. */
class ConnectionDisciplineTest {
    private static final Map<String, BigDecimal> BALANCES = Map.of("USDT", new BigDecimal("1000000"),
            "BTC", new BigDecimal("100"));
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private <T extends AutoCloseable> T track(T c) {
        closeables.add(c);
        return c;
    }

    /** Records state changes and rotations. */
    private static final class Recorder implements ConnectionListener {
        final List<ConnectionState> states = new CopyOnWriteArrayList<>();
        final List<String> rotations = new CopyOnWriteArrayList<>();

        @Override
        public void onStateChange(ConnectionState previous, ConnectionState current) {
            states.add(current);
        }

        @Override
        public void onRotated(String reason) {
            rotations.add(reason);
        }
    }

    private static PlaceOrderRequest.Builder restingBuy() {
        return PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1000.00"), new BigDecimal("0.01"));
    }

    @Test
    void reconnectsWithBackoffLogsOnAgainAndAnswersReadsIssuedMeanwhile() throws Exception {
        DemoAccount account = SimAccount.generateEd25519Demo(BALANCES);
        Simulator first = Simulator.builder().account(account.account()).build().start();
        int port = first.port();
        Recorder recorder = new Recorder();
        SpotWsApiClient client = track(SpotWsApiClient.builder()
                .endpoints(Endpoints.of(first.wsApiUri(), null))
                .credentials(ApiCredentials.of(account.account().apiKey(), Signers.ed25519(account.privateKey())))
                .reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .requestTimeout(Duration.ofSeconds(10))
                .listener(recorder).build());
        client.connect().get(10, TimeUnit.SECONDS);
        assertThat(client.state()).isEqualTo(ConnectionState.LOGGED_ON);

        first.close(); // the venue goes away
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.states.stream()
                .filter(s -> s == ConnectionState.CONNECTING).count() >= 3); // several attempts, backing off
        // Meanwhile: an order is refused at once (never sent), a read waits for the next connection.
        BinanceApiException refused = failure(client.placeOrder(restingBuy().build()));
        assertThat(refused.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(refused.outcomeUnknown()).isFalse();
        CompletableFuture<ApiResponse<ServerTime>> waitingRead = client.time();
        assertThat(waitingRead).isNotDone();

        try (Simulator second = Simulator.builder().port(port).account(account.account()).build().start()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.state() == ConnectionState.LOGGED_ON);
            assertThat(waitingRead.get(10, TimeUnit.SECONDS).result().serverTimeMs()).isPositive();
            assertThat(client.isLoggedOn()).isTrue();
            OrderResponse placed = client.placeOrder(restingBuy().build()).get(10, TimeUnit.SECONDS).result();
            assertThat(placed.status()).isEqualTo(OrderStatus.NEW);
        }
        assertThat(recorder.states).containsSubsequence(ConnectionState.LOGGED_ON, ConnectionState.DISCONNECTED,
                ConnectionState.CONNECTING, ConnectionState.DISCONNECTED, ConnectionState.CONNECTING,
                ConnectionState.CONNECTED, ConnectionState.LOGGED_ON);
    }

    @Test
    void rotationIsMakeBeforeBreakAndLosesNothing() throws Exception {
        DemoAccount account = SimAccount.generateEd25519Demo(BALANCES);
        Simulator sim = track(Simulator.builder().account(account.account()).unlimitedRates().build().start());
        Recorder recorder = new Recorder();
        SpotWsApiClient client = track(SpotWsApiClient.builder()
                .endpoints(Endpoints.of(sim.wsApiUri(), null))
                .credentials(ApiCredentials.of(account.account().apiKey(), Signers.ed25519(account.privateKey())))
                .maxConnectionAge(Duration.ofMillis(300))
                .listener(recorder).build());
        client.connect().get(10, TimeUnit.SECONDS);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger done = new AtomicInteger();
        // Keep requests in flight, writes and reads, while the connection is replaced at least twice.
        while (recorder.rotations.size() < 2) {
            List<CompletableFuture<?>> batch = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                batch.add(client.placeOrder(restingBuy().build())
                        .thenCompose(r -> client.cancelOrder(CancelOrderRequest.byOrderId("BTCUSDT",
                                r.result().orderId()))));
                batch.add(client.time());
            }
            for (CompletableFuture<?> f : batch) {
                try {
                    f.get(10, TimeUnit.SECONDS);
                    done.incrementAndGet();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(done.get()).isGreaterThan(16);
        assertThat(recorder.rotations).allMatch(r -> r.contains("maximum age"));
        assertThat(recorder.states).doesNotContain(ConnectionState.DISCONNECTED);
        assertThat(client.isLoggedOn()).isTrue();
        assertThat(client.sessionStatus().get(10, TimeUnit.SECONDS).result().isAuthorized()).isTrue();
    }

    @Test
    void rotationOnDemandKeepsTheSessionLoggedOn() throws Exception {
        DemoAccount account = SimAccount.generateEd25519Demo(BALANCES);
        Simulator sim = track(Simulator.builder().account(account.account()).build().start());
        Recorder recorder = new Recorder();
        SpotWsApiClient client = track(SpotWsApiClient.builder()
                .endpoints(Endpoints.of(sim.wsApiUri(), null))
                .credentials(ApiCredentials.of(account.account().apiKey(), Signers.ed25519(account.privateKey())))
                .listener(recorder).build());
        client.connect().get(10, TimeUnit.SECONDS);
        long before = client.sessionStatus().get(10, TimeUnit.SECONDS).result().connectedSince();
        client.rotateConnection();
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.rotations.size() == 1);
        SessionStatus after = client.sessionStatus().get(10, TimeUnit.SECONDS).result();
        assertThat(after.isAuthorized()).isTrue();
        assertThat(after.connectedSince()).isGreaterThanOrEqualTo(before);
        assertThat(recorder.rotations).containsExactly("requested");
    }

    @Test
    void aSilentConnectionIsPresumedDeadAndReplaced() throws Exception {
        SilentWebSocketServer silent = track(new SilentWebSocketServer());
        Recorder recorder = new Recorder();
        SpotWsApiClient client = track(SpotWsApiClient.builder()
                .endpoints(Endpoints.of(silent.uri(), null))
                .credentials(ApiCredentials.of("k", Signers.hmac("s")))
                .clockSync(0, Duration.ZERO) // the silent peer would never answer time
                .liveness(Duration.ofMillis(50), Duration.ofMillis(400))
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(100))
                .listener(recorder).build());
        client.connect().get(10, TimeUnit.SECONDS);
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.states.contains(ConnectionState.DISCONNECTED));
        await().atMost(Duration.ofSeconds(10)).until(() -> silent.connections.get() >= 2); // replaced
        assertThat(silent.pingsReceived.get()).as("the client pinged before giving up").isPositive();
    }

    private static BinanceApiException failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (BinanceApiException) e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    /** Completes the WebSocket handshake, then reads and never writes: a peer that died without closing. */
    private static final class SilentWebSocketServer implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger pingsReceived = new AtomicInteger();
        final List<Socket> sockets = new CopyOnWriteArrayList<>();
        final Thread acceptor;

        SilentWebSocketServer() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::acceptLoop, "silent-ws");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI uri() {
            return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ws-api/v3");
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    sockets.add(s);
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(s), "silent-ws-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s) {
                InputStream in = s.getInputStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
                String key = null;
                for (String line = r.readLine(); line != null && !line.isEmpty(); line = r.readLine()) {
                    if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                        key = line.substring(line.indexOf(':') + 1).trim();
                    }
                }
                String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                        .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Client frames are masked; the first byte's low nibble is the opcode (0x9 = ping).
                int b;
                boolean frameStart = true;
                byte[] buf = new byte[4096];
                while ((b = in.read()) != -1) {
                    if (frameStart && (b & 0x0F) == 0x9) {
                        pingsReceived.incrementAndGet();
                    }
                    int len = in.read() & 0x7F; // pings carry no long payloads
                    int skip = 4 + len;
                    while (skip > 0) {
                        int n = in.read(buf, 0, Math.min(skip, buf.length));
                        if (n < 0) {
                            return;
                        }
                        skip -= n;
                    }
                    frameStart = true;
                }
            } catch (Exception e) {
                // the client closed the socket: expected
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
