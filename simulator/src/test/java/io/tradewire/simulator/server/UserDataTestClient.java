package io.tradewire.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WS API client for user data tests: responses and events share the connection, so it keeps every frame in arrival
 * order ({@link #frames}) and sorts them into responses (by id) and events as they are taken.
 */
final class UserDataTestClient implements AutoCloseable {
    private final WebSocket ws;
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    /** Every frame taken so far, raw, in arrival order. */
    final List<String> frames = new ArrayList<>();
    private final List<JsonNode> events = new ArrayList<>();

    UserDataTestClient(URI uri) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.ws = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    texts.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    private JsonNode take() {
        try {
            String s = texts.poll(5, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("no frame within 5 s; events so far: " + events);
            }
            frames.add(s);
            return WsTestClient.parse(s);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends a request and returns its response; events that come first are kept for {@link #event()}. */
    JsonNode request(String json) {
        String id = WsTestClient.parse(json).path("id").asText();
        ws.sendText(json, true).join();
        while (true) {
            JsonNode n = take();
            if (n.has("event")) {
                events.add(n);
            } else if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
    }

    /** The next event (the whole envelope). */
    JsonNode event() {
        if (!events.isEmpty()) {
            return events.remove(0);
        }
        while (true) {
            JsonNode n = take();
            if (n.has("event")) {
                return n;
            }
        }
    }

    /**
     * Every event up to the {@code balanceUpdate} of {@code markerAsset} (a deposit the test made after the actions it
     * checks), which is not included; the marker's own {@code outboundAccountPosition} is consumed too.
     */
    List<JsonNode> eventsUntilMarker(String markerAsset) {
        List<JsonNode> out = new ArrayList<>();
        while (true) {
            JsonNode e = event();
            if ("balanceUpdate".equals(e.path("event").path("e").asText())
                    && markerAsset.equals(e.path("event").path("a").asText())) {
                JsonNode position = event();
                if (!"outboundAccountPosition".equals(position.path("event").path("e").asText())) {
                    throw new AssertionError("marker not followed by outboundAccountPosition: " + position);
                }
                return out;
            }
            out.add(e);
        }
    }

    /** Whether a frame arrives within {@code ms} (for checks that nothing more comes). */
    boolean quietFor(long ms) throws InterruptedException {
        String s = texts.poll(ms, TimeUnit.MILLISECONDS);
        if (s != null) {
            frames.add(s);
            events.add(WsTestClient.parse(s));
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(t -> null).join();
        ws.abort();
    }
}
