package io.tradewire.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import com.binance.connector.client.impl.WebSocketApiClientImpl;
import com.binance.connector.client.utils.WebSocketConnection;
import com.binance.connector.client.utils.signaturegenerator.Ed25519SignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.HmacSignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.RsaSignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.SignatureGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.core.signing.KeyLoader;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionFactory;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One official-connector WebSocket API client plus what its callbacks saw, keyed by response id. Shared by the
 * conformance tests: it also holds the workaround for the connector's JVM-wide state (its close() shuts down the
 * shared OkHttp dispatcher, so only the socket is closed).
 */
final class ConnectorWsConnection {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    final WebSocketApiClientImpl client;
    private final Map<String, JsonNode> byId = new ConcurrentHashMap<>();
    private final Queue<String> notJson = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean opened = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ConnectorWsConnection(WebSocketApiClientImpl client) {
        this.client = client;
        client.connect(response -> opened.set(true), this::onMessage, (code, reason) -> { },
                (code, reason) -> closed.set(true), (t, response) -> failure.set(t));
        waitUp().until(() -> opened.get() || failure.get() != null);
        assertThat(failure.get()).as("connect failure").isNull();
    }

    private void onMessage(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            byId.put(node.path("id").asText(), node);
        } catch (JsonProcessingException e) {
            notJson.add(text);
        }
    }

    JsonNode response(String id) {
        return waitUp().until(() -> {
            assertThat(failure.get()).as("connection failure").isNull();
            return byId.get(id);
        }, Objects::nonNull);
    }

    void assertAllFramesWereJson() {
        assertThat(notJson).isEmpty();
        assertThat(failure.get()).isNull();
    }

    boolean sessionStatus() {
        return connection().getSessionStatus();
    }

    private WebSocketConnection connection() {
        try {
            Field f = WebSocketApiClientImpl.class.getDeclaredField("connection");
            f.setAccessible(true);
            return (WebSocketConnection) f.get(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the socket only: client.close() would kill the shared OkHttp dispatcher for the whole JVM. */
    static ConditionFactory waitUp() {
        return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5));
    }

    /** Closes the socket only: client.close() would kill the shared OkHttp dispatcher for the whole JVM. */
    void close() {
        connection().close();
        waitUp().until(() -> closed.get() || failure.get() != null);
        assertThat(failure.get()).as("close failure").isNull();
    }
}
