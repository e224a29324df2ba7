package io.tradewire.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.binance.connector.client.impl.SpotClientImpl;
import com.binance.connector.client.impl.WebSocketStreamClientImpl;
import com.binance.connector.client.impl.spot.Trade;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Conformance of the simulator's market streams ({@code /ws/<stream>}, {@code /stream?streams=}) against the
 * official {@code binance-connector-java} 3.4.1 {@link WebSocketStreamClientImpl}: it builds the stream URLs, and its
 * callbacks must receive Binance-shaped events made from activity placed through the connector's REST client.
 *
 * <p>The connector's {@code closeAllConnections()} shuts down the dispatcher of its JVM-wide OkHttpClient once its
 * map is empty, which breaks every later stream client in the JVM; connections are closed one by one with
 * {@code closeConnection(id)} instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialConnectorStreamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TAKER_KEY = "streams-taker-key-0123456789";
    private static final String TAKER_SECRET = "streams-taker-secret-abcdefghijklmnopqrstuvwxyz";
    private static final String MAKER_KEY = "streams-maker-key-0123456789";
    private static final String MAKER_SECRET = "streams-maker-secret-abcdefghijklmnopqrstuvwxyz";

    private Simulator sim;
    private WebSocketStreamClientImpl streams;
    private final List<Integer> ids = new ArrayList<>();

    @BeforeAll
    void start() {
        Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("1000000"), "BTC", new BigDecimal("10"));
        sim = Simulator.builder()
                .account(SimAccount.hmac(TAKER_KEY, TAKER_SECRET, balances))
                .account(SimAccount.hmac(MAKER_KEY, MAKER_SECRET, balances))
                .build()
                .start();
        streams = new WebSocketStreamClientImpl("ws://127.0.0.1:" + sim.port());
    }

    @AfterAll
    void stop() {
        for (int id : ids) {
            streams.closeConnection(id);
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void everyStreamKindCarriesEventsMadeFromActivity() {
        Sink trade = open("trade", s -> streams.tradeStream("BTCUSDT", s::opened, s::add, s::closing, s::closed,
                s::failed));
        Sink aggTrade = open("aggTrade", s -> streams.aggTradeStream("BTCUSDT", s::opened, s::add, s::closing,
                s::closed, s::failed));
        Sink diff = open("depth@100ms", s -> streams.diffDepthStream("BTCUSDT", 100, s::opened, s::add, s::closing,
                s::closed, s::failed));
        Sink partial = open("depth5@100ms", s -> streams.partialDepthStream("BTCUSDT", 5, 100, s::opened, s::add,
                s::closing, s::closed, s::failed));
        Sink book = open("bookTicker", s -> streams.bookTicker("BTCUSDT", s::opened, s::add, s::closing, s::closed,
                s::failed));
        Sink kline = open("kline_1m", s -> streams.klineStream("BTCUSDT", "1m", s::opened, s::add, s::closing,
                s::closed, s::failed));
        Sink mini = open("miniTicker", s -> streams.miniTickerStream("BTCUSDT", s::opened, s::add, s::closing,
                s::closed, s::failed));
        Sink ticker = open("ticker", s -> streams.symbolTicker("BTCUSDT", s::opened, s::add, s::closing, s::closed,
                s::failed));
        Sink rolling = open("ticker_1h", s -> streams.rollingWindowTicker("BTCUSDT", "1h", s::opened, s::add,
                s::closing, s::closed, s::failed));
        Sink allMini = open("!miniTicker@arr", s -> streams.allMiniTickerStream(s::opened, s::add, s::closing,
                s::closed, s::failed));
        Sink allTicker = open("!ticker@arr", s -> streams.allTickerStream(s::opened, s::add, s::closing, s::closed,
                s::failed));
        Sink combined = open("combined", s -> streams.combineStreams(
                new ArrayList<>(List.of("btcusdt@trade", "btcusdt@depth5")), s::opened, s::add, s::closing, s::closed,
                s::failed));

        // Activity through the connector's REST client: a resting ask, crossed by a market buy.
        Trade maker = new SpotClientImpl(MAKER_KEY, MAKER_SECRET, sim.restBaseUri().toString()).createTrade();
        Trade taker = new SpotClientImpl(TAKER_KEY, TAKER_SECRET, sim.restBaseUri().toString()).createTrade();
        maker.newOrder(params("symbol", "BTCUSDT", "side", "SELL", "type", "LIMIT", "timeInForce", "GTC", "price",
                "60000", "quantity", "0.01"));
        taker.newOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "MARKET", "quantity", "0.004"));

        JsonNode t = first(trade, n -> "trade".equals(n.path("e").asText()));
        assertThat(t.path("s").asText()).isEqualTo("BTCUSDT");
        assertThat(t.path("p").asText()).isEqualTo("60000.00000000");
        assertThat(t.path("q").asText()).isEqualTo("0.00400000");
        assertThat(t.path("m").asBoolean()).isFalse();
        assertThat(t.path("t").isIntegralNumber()).isTrue();

        JsonNode a = first(aggTrade, n -> "aggTrade".equals(n.path("e").asText()));
        assertThat(a.path("q").asText()).isEqualTo("0.00400000");
        assertThat(a.path("f").asLong()).isEqualTo(a.path("l").asLong());

        JsonNode d = first(diff, n -> n.path("a").size() > 0);
        assertThat(d.path("e").asText()).isEqualTo("depthUpdate");
        assertThat(d.path("U").asLong()).isLessThanOrEqualTo(d.path("u").asLong());
        assertThat(d.path("a").get(0).get(0).asText()).isEqualTo("60000.00000000");

        JsonNode p = first(partial, n -> n.path("asks").size() > 0
                && "0.00600000".equals(n.path("asks").get(0).get(1).asText()));
        assertThat(p.path("lastUpdateId").isIntegralNumber()).isTrue();
        assertThat(p.path("bids").isArray()).isTrue();

        JsonNode b = first(book, n -> "0.00600000".equals(n.path("A").asText()));
        assertThat(b.path("s").asText()).isEqualTo("BTCUSDT");
        assertThat(b.path("a").asText()).isEqualTo("60000.00000000");
        assertThat(b.path("u").isIntegralNumber()).isTrue();

        JsonNode k = first(kline, n -> n.path("k").path("n").asLong() == 1);
        assertThat(k.path("e").asText()).isEqualTo("kline");
        assertThat(k.path("k").path("i").asText()).isEqualTo("1m");
        assertThat(k.path("k").path("c").asText()).isEqualTo("60000.00000000");
        assertThat(k.path("k").path("v").asText()).isEqualTo("0.00400000");

        JsonNode mt = first(mini, n -> "60000.00000000".equals(n.path("c").asText()));
        assertThat(mt.path("e").asText()).isEqualTo("24hrMiniTicker");
        JsonNode tk = first(ticker, n -> "60000.00000000".equals(n.path("c").asText()));
        assertThat(tk.path("e").asText()).isEqualTo("24hrTicker");
        assertThat(tk.path("n").asLong()).isEqualTo(1);
        JsonNode rw = first(rolling, n -> "60000.00000000".equals(n.path("c").asText()));
        assertThat(rw.path("e").asText()).isEqualTo("1hTicker");

        JsonNode am = first(allMini, n -> n.isArray() && n.size() > 0);
        assertThat(am.get(0).path("e").asText()).isEqualTo("24hrMiniTicker");
        JsonNode at = first(allTicker, n -> n.isArray() && n.size() > 0);
        assertThat(at.get(0).path("e").asText()).isEqualTo("24hrTicker");

        JsonNode ct = first(combined, n -> "btcusdt@trade".equals(n.path("stream").asText()));
        assertThat(ct.path("data").path("e").asText()).isEqualTo("trade");
        JsonNode cd = first(combined, n -> "btcusdt@depth5".equals(n.path("stream").asText()));
        assertThat(cd.path("data").path("lastUpdateId").isIntegralNumber()).isTrue();

    }

    @Test
    void anUnknownStreamFailsTheConnectionAtTheHandshake() {
        Sink s = new Sink("unknown");
        ids.add(streams.tradeStream("NOSUCHSYMBOL", s::opened, s::add, s::closing, s::closed, s::failed));
        await().atMost(WAIT).until(() -> !s.failures.isEmpty());
        assertThat(s.failures.peek()).isEqualTo("HTTP 400");
        assertThat(s.open).isFalse();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** What one connector stream connection saw. */
    private static final class Sink {
        final String name;
        final Queue<JsonNode> messages = new ConcurrentLinkedQueue<>();
        final Queue<String> failures = new ConcurrentLinkedQueue<>();
        volatile boolean open;

        Sink(String name) {
            this.name = name;
        }

        void opened(okhttp3.Response response) {
            open = true;
        }

        void add(String text) {
            try {
                messages.add(JSON.readTree(text));
            } catch (IOException e) {
                failures.add("not JSON: " + text);
            }
        }

        void closing(int code, String reason) {
        }

        void closed(int code, String reason) {
        }

        void failed(Throwable t, okhttp3.Response response) {
            failures.add(response != null ? "HTTP " + response.code() : String.valueOf(t));
        }
    }

    private Sink open(String name, Function<Sink, Integer> connect) {
        Sink s = new Sink(name);
        ids.add(connect.apply(s));
        await().atMost(WAIT).until(() -> s.open || !s.failures.isEmpty());
        assertThat(s.failures).as(name).isEmpty();
        return s;
    }

    private static JsonNode first(Sink s, Predicate<JsonNode> matching) {
        return await().atMost(WAIT).until(() -> {
            assertThat(s.failures).as(s.name).isEmpty();
            return s.messages.stream().filter(matching).findFirst().orElse(null);
        }, n -> n != null);
    }

    private static LinkedHashMap<String, Object> params(Object... kv) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
