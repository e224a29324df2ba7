package io.tradewire.simulator.server;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A market streams client for tests: keeps every text message; waits with Awaitility. */
final class StreamTestClient implements AutoCloseable {
    private final WebSocket ws;
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private int cursor;
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private StreamTestClient(URI uri) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ws = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(WsTestClient.parse(partial.toString()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        }).join();
    }

    static StreamTestClient connect(URI uri) {
        return new StreamTestClient(uri);
    }

    static URI uri(int port, String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + port + pathAndQuery);
    }

    void send(String json) {
        ws.sendText(json, true).join();
    }

    /** Sends a control message and returns the reply carrying that id (market data may arrive in between). */
    JsonNode request(String json, Object id) {
        send(json);
        String idText = String.valueOf(id);
        return next(m -> (m.has("result") || m.has("error")) && m.path("id").asText().equals(idText));
    }

    /** The next message (after those already taken) matching {@code p}; earlier non-matching ones are skipped. */
    JsonNode next(Predicate<JsonNode> p) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).alias("message wanted; got " + messages).until(() -> {
            while (cursor < messages.size()) {
                JsonNode m = messages.get(cursor++);
                if (p.test(m)) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Every message received so far. */
    List<JsonNode> all() {
        return new ArrayList<>(messages);
    }

    @Override
    public void close() {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(t -> null);
        ws.abort();
    }
}
