package io.tradewire.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Minimal JDK WebSocket client for tests: send a text frame, take the next text frame. */
final class WsTestClient implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final WebSocket ws;
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();

    private WsTestClient(URI uri) {
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

            @Override
            public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
                ByteBuffer copy = ByteBuffer.allocate(message.remaining());
                copy.put(message).flip();
                pongs.add(copy);
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    static WsTestClient connect(URI uri) {
        return new WsTestClient(uri);
    }

    /** Sends one text frame and returns the next response as raw text. */
    String exchangeRaw(String json) {
        ws.sendText(json, true).join();
        return next();
    }

    /** Sends one text frame and returns the next response parsed. */
    JsonNode exchange(String json) {
        return parse(exchangeRaw(json));
    }

    String next() {
        try {
            String s = texts.poll(5, TimeUnit.SECONDS);
            if (s == null) {
                throw new AssertionError("no response within 5 s");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void sendBinary(byte[] data) {
        ws.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    ByteBuffer ping(byte[] payload) {
        ws.sendPing(ByteBuffer.wrap(payload)).join();
        try {
            ByteBuffer b = pongs.poll(5, TimeUnit.SECONDS);
            if (b == null) {
                throw new AssertionError("no pong within 5 s");
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode parse(String s) {
        try {
            return MAPPER.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    @Override
    public void close() {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(t -> null).join();
        ws.abort();
    }
}
