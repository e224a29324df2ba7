package io.tradewire.client.wsapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tradewire.client.ApiResponse;
import io.tradewire.client.ConnectionListener;
import io.tradewire.client.TestData;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request/response matching driven by hand on an {@link EmbeddedChannel}: no threads, no sockets, no sleeps. */
class WsApiConnectionTest {
    private static final ResponseDecoder<JsonNode> TREE = p -> p.readValueAsTree();

    private EmbeddedChannel channel;
    private WsApiConnection conn;
    private final AtomicInteger closedCalls = new AtomicInteger();
    private final List<String> events = new ArrayList<>();
    private final List<Long> shutdowns = new ArrayList<>();

    @BeforeEach
    void setUp() {
        channel = new EmbeddedChannel();
        conn = new WsApiConnection(TimeUnit.SECONDS.toNanos(5), new ConnectionListener() {
            @Override
            public void onServerShutdown(long eventTimeMs) {
                shutdowns.add(eventTimeMs);
            }

            @Override
            public void onEvent(CharSequence json) {
                events.add(json.toString());
            }
        }, closedCalls::incrementAndGet);
        conn.attach(channel);
    }

    @AfterEach
    void tearDown() {
        channel.finishAndReleaseAll();
    }

    private String sentFrame() {
        TextWebSocketFrame f = channel.readOutbound();
        try {
            return f.text();
        } finally {
            f.release();
        }
    }

    private void receive(String json) {
        ByteBuf buf = Unpooled.copiedBuffer(json, StandardCharsets.UTF_8);
        try {
            conn.onText(buf);
        } finally {
            buf.release();
        }
    }

    /** A recorded answer with its id replaced by ours. */
    private static String answer(String file, long id) throws Exception {
        ObjectNode node = (ObjectNode) Json.mapper().readTree(TestData.read("payloads/" + file));
        node.put("id", id);
        return Json.mapper().writeValueAsString(node);
    }

    @Test
    void encodesTheRequestAndMatchesTheAnswerById() throws Exception {
        CompletableFuture<ApiResponse<JsonNode>> f = conn.send("order.place",
                new RequestParams().add("symbol", "BTCUSDT").add("price", "1.00").add("timestamp", 42L), TREE, true);
        assertThat(sentFrame()).isEqualTo(
                "{\"id\":1,\"method\":\"order.place\",\"params\":{\"price\":\"1.00\",\"symbol\":\"BTCUSDT\",\"timestamp\":42}}");
        assertThat(f).isNotDone();
        receive(answer("spot-wsapi-order.place-FULL.doc.json", 1));
        ApiResponse<JsonNode> r = f.get();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.result().get("fills")).hasSize(2);
        assertThat(r.rateLimits()).hasSize(3);
        assertThat(r.rateLimits().get(2).rateLimitType()).isEqualTo(RateLimitType.REQUEST_WEIGHT);
        assertThat(conn.lastRateLimits()).isEqualTo(r.rateLimits());
        assertThat(conn.pendingCount()).isZero();
    }

    @Test
    void answersOutOfOrderReachTheirOwnRequests() throws Exception {
        CompletableFuture<ApiResponse<JsonNode>> first = conn.send("time", null, TREE, false);
        CompletableFuture<ApiResponse<JsonNode>> second = conn.send("ping", null, TREE, false);
        assertThat(sentFrame()).isEqualTo("{\"id\":1,\"method\":\"time\"}");
        assertThat(sentFrame()).isEqualTo("{\"id\":2,\"method\":\"ping\"}");
        receive("{\"id\":2,\"status\":200,\"result\":{}}");
        receive("{\"id\":\"1\",\"status\":200,\"result\":{\"serverTime\":7}}");
        assertThat(second.get().result().size()).isZero();
        assertThat(first.get().result().get("serverTime").asLong()).isEqualTo(7);
    }

    @Test
    void venueErrorsCompleteWithBinanceCodeAndCategory() throws Exception {
        CompletableFuture<ApiResponse<JsonNode>> f = conn.send("order.place", new RequestParams(), TREE, true);
        receive(answer("spot-wsapi-response-error-2010.doc.json", 1));
        assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(BinanceApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(-2010);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.category()).isEqualTo(ErrorCategory.REJECTED);
                    assertThat(e.binanceMessage()).isEqualTo("Account has insufficient balance for requested action.");
                });
    }

    @Test
    void banCarriesRetryAfter() {
        CompletableFuture<ApiResponse<JsonNode>> f = conn.send("time", null, TREE, false);
        receive(answerUnchecked("spot-wsapi-error-418-ipban-retryAfter.doc.json", 1));
        BinanceApiException e = failure(f);
        assertThat(e.category()).isEqualTo(ErrorCategory.BANNED);
        assertThat(e.retryAfterEpochMs()).isEqualTo(1659146400000L);
    }

    @Test
    void timeoutMakesAnOrderUnknownAndALateAnswerIsDropped() {
        CompletableFuture<ApiResponse<JsonNode>> f = conn.send("order.place", new RequestParams(), TREE, true);
        channel.advanceTimeBy(5, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        BinanceApiException e = failure(f);
        assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(e.outcomeUnknown()).isTrue();
        receive("{\"id\":1,\"status\":200,\"result\":{}}");
        assertThat(conn.pendingCount()).isZero();
        assertThat(conn.malformedFrames()).isZero();
    }

    @Test
    void disconnectCompletesEveryPendingRequestAsUnknown() {
        CompletableFuture<ApiResponse<JsonNode>> a = conn.send("order.place", new RequestParams(), TREE, true);
        CompletableFuture<ApiResponse<JsonNode>> b = conn.send("order.cancel", new RequestParams(), TREE, true);
        conn.onClosed(null);
        assertThat(failure(a).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(failure(b).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(closedCalls.get()).isEqualTo(1);
        // After the close nothing can be sent, and what was not sent is certainly not executed.
        CompletableFuture<ApiResponse<JsonNode>> c = conn.send("order.place", new RequestParams(), TREE, true);
        assertThat(failure(c).category()).isEqualTo(ErrorCategory.REJECTED);
    }

    @Test
    void aReadLostWithItsConnectionIsHandedBackForResendingAndAWriteBecomesUnknown() {
        CompletableFuture<ApiResponse<JsonNode>> read = new CompletableFuture<>();
        AtomicInteger resends = new AtomicInteger();
        conn.send("order.status", new RequestParams(), TREE, false, read, resends::incrementAndGet);
        CompletableFuture<ApiResponse<JsonNode>> write = new CompletableFuture<>();
        conn.send("order.place", new RequestParams(), TREE, true, write, resends::incrementAndGet);
        conn.onClosed(null);
        assertThat(resends.get()).as("only the read is handed back").isEqualTo(1);
        assertThat(read).isNotDone();
        assertThat(failure(write).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
    }

    @Test
    void malformedFramesAreCountedAndSurvived() throws Exception {
        CompletableFuture<ApiResponse<JsonNode>> f = conn.send("time", null, TREE, false);
        receive("not json at all");
        receive("[1,2,3]");
        receive("{\"status\":200}");
        assertThat(conn.malformedFrames()).isEqualTo(3);
        receive("{\"id\":1,\"status\":200,\"result\":{\"serverTime\":1}}");
        assertThat(f.get().result().get("serverTime").asLong()).isEqualTo(1);
    }

    @Test
    void undecodableAnswerMakesTheRequestUnknownInsteadOfHanging() {
        ResponseDecoder<Object> strict = p -> {
            throw new java.io.IOException("boom");
        };
        CompletableFuture<ApiResponse<Object>> f = conn.send("order.place", new RequestParams(), strict, true);
        receive("{\"id\":1,\"status\":200,\"result\":{\"x\":1}}");
        assertThat(failure(f).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
    }

    @Test
    void serverShutdownAndOtherEventsReachTheListener() throws Exception {
        receive(TestData.read("payloads/spot-wsapi-event-serverShutdown.doc.json"));
        assertThat(shutdowns).hasSize(1);
        String uds = TestData.read("payloads/spot-uds-balanceUpdate.doc.json");
        receive(uds);
        assertThat(events).hasSize(1);
        assertThat(Json.mapper().readTree(events.get(0))).isEqualTo(Json.mapper().readTree(uds));
    }

    @Test
    void unknownFieldsInTheEnvelopeAreIgnored() throws Exception {
        CompletableFuture<ApiResponse<JsonNode>> f = conn.send("time", null, TREE, false);
        receive("{\"id\":1,\"newField\":{\"a\":[1,2]},\"status\":200,\"result\":{\"serverTime\":3},\"rateLimits\":[]}");
        assertThat(f.get().result().get("serverTime").asLong()).isEqualTo(3);
    }

    private static String answerUnchecked(String file, long id) {
        try {
            return answer(file, id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BinanceApiException failure(CompletableFuture<?> f) {
        assertThat(f).isCompletedExceptionally();
        try {
            f.getNow(null);
        } catch (java.util.concurrent.CompletionException e) {
            return (BinanceApiException) e.getCause();
        }
        throw new AssertionError("not failed");
    }
}
