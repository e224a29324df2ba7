package io.tradewire.simulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The smallest JDK WebSocket client: one request, one answer. */
final class JdkWs implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebSocket ws;
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();

    JdkWs(URI uri) {
        ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            texts.add(partial.toString());
                            partial.setLength(0);
                        }
                        w.request(1);
                        return null;
                    }
                }).join();
    }

    JsonNode exchange(String json) throws Exception {
        ws.sendText(json, true).join();
        String s = texts.poll(5, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no answer within 5 s");
        }
        return JSON.readTree(s);
    }

    @Override
    public void close() {
        ws.abort();
    }
}
