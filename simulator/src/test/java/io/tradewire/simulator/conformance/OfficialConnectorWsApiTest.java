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
 * Conformance of the simulator's WebSocket API against the official {@code binance-connector-java} 3.4.1
 * {@link WebSocketApiClientImpl}: software nobody on this project wrote signs, serialises and parses, and must
 * get Binance-shaped answers back.
 *
 * <p>Facts about the connector that shape this test (read from its bytecode):
 * <ul>
 *   <li>{@code close()} shuts down the dispatcher of the JVM-wide shared OkHttpClient, after which no connector
 *       client can connect again; so connections are closed through the underlying
 *       {@link WebSocketConnection} instead.</li>
 *   <li>The "logged on" flag is a static field of {@link WebSocketConnection} set by any message containing
 *       {@code authorizedSince}; once true, every client in the JVM sends signed methods as public requests,
 *       without apiKey, signature <em>and timestamp</em>. The logon test logs out again and the flag is reset
 *       after each test.</li>
 *   <li>It signs {@code key=URLEncoder(value)} joined by {@code &} over the sorted params; doubles are formatted
 *       with a DecimalFormat for the signature and by org.json for the frame, strings as given, the timestamp it
 *       adds itself is a JSON string.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialConnectorWsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String HMAC_KEY = "official-hmac-key-0123456789";
    private static final String HMAC_SECRET = "official-hmac-secret-abcdefghijklmnopqrstuvwxyz0123";
    private static final String MAKER_KEY = "official-maker-key-0123456789";
    private static final String MAKER_SECRET = "official-maker-secret-abcdefghijklmnopqrstuvwxyz";
    private static final String RSA_KEY = "official-rsa-key-0123456789";

    private Simulator sim;
    private String ed25519Key;
    private String ed25519PemPath;
    private String rsaPem;
    private final List<ConnectorWsConnection> open = new ArrayList<>();

    /** The three key types the connector can sign with. */
    enum KeyKind { HMAC, RSA, ED25519 }

    @BeforeAll
    void start(@TempDir Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("1000000"), "BTC", new BigDecimal("10"),
                "ETH", new BigDecimal("100"));
        DemoAccount ed = SimAccount.generateEd25519Demo(balances);
        ed25519Key = ed.account().apiKey();
        // The connector's Ed25519SignatureGenerator only reads a PEM file path.
        Path pem = dir.resolve("ed25519-private.pem");
        Files.writeString(pem, KeyLoader.toPem(ed.privateKey()), StandardCharsets.US_ASCII);
        ed25519PemPath = pem.toString();

        KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
        rsaGen.initialize(2048);
        KeyPair rsa = rsaGen.generateKeyPair();
        rsaPem = KeyLoader.toPem(rsa.getPrivate());

        sim = Simulator.builder()
                .account(SimAccount.hmac(HMAC_KEY, HMAC_SECRET, balances))
                .account(SimAccount.hmac(MAKER_KEY, MAKER_SECRET, balances))
                .account(SimAccount.withPublicKey(RSA_KEY, rsa.getPublic(), balances))
                .account(ed.account())
                .build()
                .start();
    }

    @AfterEach
    void closeConnections() throws ReflectiveOperationException {
        for (ConnectorWsConnection c : open) {
            c.close();
        }
        open.clear();
        // Never let one test's logon leak into the next through the connector's static flag.
        Field status = WebSocketConnection.class.getDeclaredField("sessionStatus");
        status.setAccessible(true);
        status.setBoolean(null, false);
    }

    @AfterAll
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    // ---- public methods ---------------------------------------------------------------------------

    @Test
    void publicMethodsAnswerAndEchoTheIdWithItsType() {
        ConnectorWsConnection c = connect(KeyKind.HMAC);
        c.client.general().ping(params("requestId", 7));
        JsonNode ping = c.response("7");
        assertThat(ping.path("id").isIntegralNumber()).as(ping.toString()).isTrue();
        assertThat(ping.path("id").asInt()).isEqualTo(7);
        assertOk(ping);
        assertThat(ping.path("result").isObject()).isTrue();
        assertThat(ping.path("result").size()).isZero();
        assertThat(ping.path("rateLimits").get(0).path("rateLimitType").asText()).isEqualTo("REQUEST_WEIGHT");

        c.client.general().serverTime(params("requestId", "time"));
        JsonNode time = c.response("time");
        assertOk(time);
        assertThat(time.path("id").isTextual()).isTrue();
        assertThat(time.path("result").path("serverTime").isIntegralNumber()).isTrue();
        assertThat(time.path("result").path("serverTime").asLong())
                .isCloseTo(System.currentTimeMillis(), within(60_000L));

        c.client.general().exchangeInfo(params("requestId", "info", "symbol", "BTCUSDT"));
        JsonNode info = c.response("info");
        assertOk(info);
        JsonNode symbols = info.path("result").path("symbols");
        assertThat(symbols).hasSize(1);
        assertThat(symbols.get(0).path("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(symbols.get(0).path("filters")).extracting(f -> f.path("filterType").asText())
                .contains("PRICE_FILTER", "LOT_SIZE");
        c.assertAllFramesWereJson();
    }

    // ---- per-request signatures --------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void limitOrderLifecycleWithPerRequestSignatures(KeyKind kind) {
        ConnectorWsConnection c = connect(kind);
        String prefix = kind.name().toLowerCase();
        String clientId = "conn-" + prefix + "-" + System.nanoTime();

        // HMAC: doubles (JSON numbers) and the connector's own string timestamp.
        // RSA/Ed25519: strings for price/quantity and a JSON-number timestamp of our own.
        JSONObject place = kind == KeyKind.HMAC
                ? params("requestId", prefix + "-place", "timeInForce", "GTC", "price", 30000.5, "quantity", 0.001,
                        "newClientOrderId", clientId)
                : params("requestId", prefix + "-place", "timeInForce", "GTC", "price", "30000.50", "quantity",
                        "0.00100", "newClientOrderId", clientId, "timestamp", System.currentTimeMillis());
        c.client.trade().newOrder("BTCUSDT", "BUY", "LIMIT", place);
        JsonNode placed = c.response(prefix + "-place");
        assertOk(placed);
        JsonNode order = placed.path("result");
        assertThat(order.path("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(order.path("orderId").isIntegralNumber()).isTrue();
        assertThat(order.path("orderListId").asLong()).isEqualTo(-1L);
        assertThat(order.path("clientOrderId").asText()).isEqualTo(clientId);
        assertThat(order.path("transactTime").isIntegralNumber()).isTrue();
        assertThat(order.path("price").asText()).isEqualTo("30000.50000000");
        assertThat(order.path("origQty").asText()).isEqualTo("0.00100000");
        assertThat(order.path("executedQty").asText()).isEqualTo("0.00000000");
        assertThat(order.path("cummulativeQuoteQty").asText()).isEqualTo("0.00000000");
        assertThat(order.path("status").asText()).isEqualTo("NEW");
        assertThat(order.path("timeInForce").asText()).isEqualTo("GTC");
        assertThat(order.path("type").asText()).isEqualTo("LIMIT");
        assertThat(order.path("side").asText()).isEqualTo("BUY");
        // LIMIT defaults to FULL: an empty fills array for a resting order.
        assertThat(order.path("fills").isArray()).isTrue();
        assertThat(order.path("fills")).isEmpty();
        assertThat(placed.path("rateLimits")).extracting(l -> l.path("rateLimitType").asText())
                .contains("ORDERS", "REQUEST_WEIGHT");
        long orderId = order.path("orderId").asLong();

        c.client.trade().getOrder("BTCUSDT", params("requestId", prefix + "-status-id", "orderId", orderId));
        JsonNode byId = c.response(prefix + "-status-id");
        assertOk(byId);
        assertStatusResult(byId.path("result"), orderId, clientId, "NEW");

        c.client.trade().getOrder("BTCUSDT", params("requestId", prefix + "-status-cid", "origClientOrderId", clientId));
        JsonNode byClientId = c.response(prefix + "-status-cid");
        assertOk(byClientId);
        assertStatusResult(byClientId.path("result"), orderId, clientId, "NEW");

        c.client.trade().cancelOrder("BTCUSDT", params("requestId", prefix + "-cancel", "orderId", orderId));
        JsonNode canceled = c.response(prefix + "-cancel");
        assertOk(canceled);
        JsonNode cancel = canceled.path("result");
        assertThat(cancel.path("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(cancel.path("origClientOrderId").asText()).isEqualTo(clientId);
        assertThat(cancel.path("orderId").asLong()).isEqualTo(orderId);
        assertThat(cancel.path("orderListId").asLong()).isEqualTo(-1L);
        assertThat(cancel.path("clientOrderId").isTextual()).isTrue();
        assertThat(cancel.path("transactTime").isIntegralNumber()).isTrue();
        assertThat(cancel.path("price").asText()).isEqualTo("30000.50000000");
        assertThat(cancel.path("origQty").asText()).isEqualTo("0.00100000");
        assertThat(cancel.path("executedQty").asText()).isEqualTo("0.00000000");
        assertThat(cancel.path("status").asText()).isEqualTo("CANCELED");

        c.client.trade().getOrder("BTCUSDT", params("requestId", prefix + "-status-after", "orderId", orderId));
        JsonNode after = c.response(prefix + "-status-after");
        assertOk(after);
        assertStatusResult(after.path("result"), orderId, clientId, "CANCELED");
        c.assertAllFramesWereJson();
    }

    @Test
    void restingOrderFromOneAccountIsFilledByACrossingOrderFromAnother() {
        ConnectorWsConnection maker = connect(new HmacSignatureGenerator(MAKER_SECRET), MAKER_KEY);
        ConnectorWsConnection taker = connect(KeyKind.ED25519);

        maker.client.trade().newOrder("ETHUSDT", "SELL", "LIMIT",
                params("requestId", "maker", "timeInForce", "GTC", "price", 3000.0, "quantity", 0.01));
        JsonNode resting = maker.response("maker");
        assertOk(resting);
        assertThat(resting.path("result").path("status").asText()).isEqualTo("NEW");
        long makerOrderId = resting.path("result").path("orderId").asLong();

        taker.client.trade().newOrder("ETHUSDT", "BUY", "LIMIT", params("requestId", "taker", "timeInForce", "GTC",
                "price", "3000.00", "quantity", "0.0100", "newOrderRespType", "FULL"));
        JsonNode crossed = taker.response("taker");
        assertOk(crossed);
        JsonNode fill = crossed.path("result");
        assertThat(fill.path("status").asText()).isEqualTo("FILLED");
        assertThat(fill.path("executedQty").asText()).isEqualTo("0.01000000");
        assertThat(fill.path("cummulativeQuoteQty").asText()).isEqualTo("30.00000000");
        assertThat(fill.path("fills")).hasSize(1);
        JsonNode trade = fill.path("fills").get(0);
        assertThat(trade.path("price").asText()).isEqualTo("3000.00000000");
        assertThat(trade.path("qty").asText()).isEqualTo("0.01000000");
        assertThat(trade.path("commission").isTextual()).isTrue();
        assertThat(new BigDecimal(trade.path("commission").asText())).isNotNegative();
        assertThat(trade.path("commissionAsset").isTextual()).isTrue();
        assertThat(trade.path("tradeId").isIntegralNumber()).isTrue();

        maker.client.trade().getOrder("ETHUSDT", params("requestId", "maker-status", "orderId", makerOrderId));
        JsonNode makerStatus = maker.response("maker-status");
        assertOk(makerStatus);
        assertThat(makerStatus.path("result").path("status").asText()).isEqualTo("FILLED");
        assertThat(makerStatus.path("result").path("executedQty").asText()).isEqualTo("0.01000000");
        assertThat(makerStatus.path("result").path("cummulativeQuoteQty").asText()).isEqualTo("30.00000000");
        maker.assertAllFramesWereJson();
        taker.assertAllFramesWereJson();
    }

    // ---- errors -------------------------------------------------------------------------------------

    @Test
    void errorsAreHandedOverAsBinanceErrorJson() {
        ConnectorWsConnection c = connect(KeyKind.HMAC);
        c.client.trade().newOrder("NOPEUSDT", "BUY", "LIMIT",
                params("requestId", "bad-symbol", "timeInForce", "GTC", "price", 1.0, "quantity", 1.0));
        JsonNode badSymbol = c.response("bad-symbol");
        assertError(badSymbol, 400, -1121, "Invalid symbol.");
        assertThat(badSymbol.path("rateLimits").isArray()).isTrue();

        c.client.trade().getOrder("BTCUSDT", params("requestId", "no-order", "orderId", 987_654_321L));
        assertError(c.response("no-order"), 400, -2013, "Order does not exist.");

        c.client.trade().cancelOrder("BTCUSDT", params("requestId", "no-cancel", "orderId", 987_654_321L));
        assertError(c.response("no-cancel"), 400, -2011, "Unknown order sent.");

        // The connector checks nothing about values: a malformed quantity reaches the server as sent.
        c.client.trade().newOrder("BTCUSDT", "BUY", "LIMIT",
                params("requestId", "bad-qty", "timeInForce", "GTC", "price", "30000", "quantity", "abc"));
        JsonNode badQty = c.response("bad-qty");
        assertThat(badQty.path("status").asInt()).as(badQty.toString()).isEqualTo(400);
        assertThat(badQty.path("error").path("code").asInt()).isIn(-1100, -1102);
        assertThat(badQty.path("error").path("msg").asText()).contains("quantity");

        ConnectorWsConnection wrongSecret = connect(new HmacSignatureGenerator("not-the-secret"), HMAC_KEY);
        wrongSecret.client.trade().getOrder("BTCUSDT", params("requestId", "bad-sig", "orderId", 1L));
        assertError(wrongSecret.response("bad-sig"), 400, -1022, "Signature for this request is not valid.");

        ConnectorWsConnection unknownKey = connect(new HmacSignatureGenerator(HMAC_SECRET), "no-such-api-key");
        unknownKey.client.trade().getOrder("BTCUSDT", params("requestId", "bad-key", "orderId", 1L));
        assertError(unknownKey.response("bad-key"), 401, -2015, "Invalid API-key, IP, or permissions for action.");

        // Binance documents session.logon for Ed25519 keys only; an HMAC logon must fail and leave no session.
        c.client.auth().logon(params("requestId", "hmac-logon"));
        JsonNode hmacLogon = c.response("hmac-logon");
        assertThat(hmacLogon.path("status").asInt()).as(hmacLogon.toString()).isBetween(400, 499);
        assertThat(hmacLogon.path("error").path("code").isIntegralNumber()).isTrue();
        assertThat(hmacLogon.has("result")).isFalse();
        assertThat(c.sessionStatus()).isFalse();
        c.assertAllFramesWereJson();
    }

    // ---- session.logon -------------------------------------------------------------------------------

    @Test
    void ed25519LogonThenUnsignedOrdersThenLogout() {
        ConnectorWsConnection c = connect(KeyKind.ED25519);
        c.client.auth().logon(params("requestId", "logon"));
        JsonNode logon = c.response("logon");
        assertOk(logon);
        JsonNode session = logon.path("result");
        assertThat(session.path("apiKey").asText()).isEqualTo(ed25519Key);
        assertThat(session.path("authorizedSince").isIntegralNumber()).isTrue();
        assertThat(session.path("connectedSince").isIntegralNumber()).isTrue();
        assertThat(session.path("returnRateLimits").isBoolean()).isTrue();
        assertThat(session.path("serverTime").isIntegralNumber()).isTrue();
        assertThat(session.path("userDataStream").isBoolean()).isTrue();
        // The connector read authorizedSince from our answer and now sends signed methods unsigned.
        assertThat(c.sessionStatus()).isTrue();

        // ...also without a timestamp, which Binance still requires after logon.
        c.client.trade().newOrder("BTCUSDT", "BUY", "LIMIT",
                params("requestId", "no-ts", "timeInForce", "GTC", "price", 30000.5, "quantity", 0.001));
        assertError(c.response("no-ts"), 400, -1102,
                "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");

        c.client.trade().newOrder("BTCUSDT", "BUY", "LIMIT", params("requestId", "unsigned-place", "timeInForce",
                "GTC", "price", 30000.5, "quantity", 0.001, "timestamp", System.currentTimeMillis()));
        JsonNode placed = c.response("unsigned-place");
        assertOk(placed);
        assertThat(placed.path("result").path("status").asText()).isEqualTo("NEW");
        long orderId = placed.path("result").path("orderId").asLong();

        c.client.trade().getOrder("BTCUSDT", params("requestId", "unsigned-status", "orderId", orderId,
                "timestamp", String.valueOf(System.currentTimeMillis())));
        JsonNode status = c.response("unsigned-status");
        assertOk(status);
        assertThat(status.path("result").path("status").asText()).isEqualTo("NEW");

        c.client.trade().cancelOrder("BTCUSDT", params("requestId", "unsigned-cancel", "orderId", orderId,
                "timestamp", System.currentTimeMillis()));
        JsonNode canceled = c.response("unsigned-cancel");
        assertOk(canceled);
        assertThat(canceled.path("result").path("status").asText()).isEqualTo("CANCELED");

        c.client.auth().status(params("requestId", "status"));
        JsonNode sessionStatus = c.response("status");
        assertOk(sessionStatus);
        assertThat(sessionStatus.path("result").path("apiKey").asText()).isEqualTo(ed25519Key);
        assertThat(sessionStatus.path("result").path("authorizedSince").asLong())
                .isEqualTo(session.path("authorizedSince").asLong());

        c.client.auth().logout(params("requestId", "logout"));
        JsonNode logout = c.response("logout");
        assertOk(logout);
        assertThat(logout.path("result").path("apiKey").isNull()).isTrue();
        assertThat(logout.path("result").path("authorizedSince").isNull()).isTrue();
        assertThat(logout.path("result").path("connectedSince").isIntegralNumber()).isTrue();
        assertThat(c.sessionStatus()).isFalse();

        // Logged out: the connector signs again, and the server takes it.
        c.client.trade().getOrder("BTCUSDT", params("requestId", "signed-again", "orderId", orderId));
        JsonNode signedAgain = c.response("signed-again");
        assertOk(signedAgain);
        assertThat(signedAgain.path("result").path("status").asText()).isEqualTo("CANCELED");
        c.assertAllFramesWereJson();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private ConnectorWsConnection connect(KeyKind kind) {
        return switch (kind) {
            case HMAC -> connect(new HmacSignatureGenerator(HMAC_SECRET), HMAC_KEY);
            case RSA -> connect(new RsaSignatureGenerator(rsaPem), RSA_KEY);
            case ED25519 -> connect(ed25519Signer(), ed25519Key);
        };
    }

    private SignatureGenerator ed25519Signer() {
        try {
            return new Ed25519SignatureGenerator(ed25519PemPath);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Ed25519 PEM file", e);
        }
    }

    private ConnectorWsConnection connect(SignatureGenerator signer, String apiKey) {
        ConnectorWsConnection c = new ConnectorWsConnection(new WebSocketApiClientImpl(apiKey, signer, sim.wsApiUri().toString()));
        open.add(c);
        return c;
    }

    /** Connector params from key/value pairs; value types are kept, which decides JSON string vs number. */
    private static JSONObject params(Object... keyValues) {
        JSONObject p = new JSONObject();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static void assertOk(JsonNode resp) {
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(200);
        assertThat(resp.has("error")).as(resp.toString()).isFalse();
        assertThat(resp.has("result")).isTrue();
    }

    private static void assertError(JsonNode resp, int status, int code, String msg) {
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(status);
        assertThat(resp.path("error").path("code").isIntegralNumber()).isTrue();
        assertThat(resp.path("error").path("code").asInt()).as(resp.toString()).isEqualTo(code);
        assertThat(resp.path("error").path("msg").asText()).isEqualTo(msg);
        assertThat(resp.has("result")).isFalse();
    }

    private static void assertStatusResult(JsonNode o, long orderId, String clientId, String status) {
        assertThat(o.path("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(o.path("orderId").isIntegralNumber()).isTrue();
        assertThat(o.path("orderId").asLong()).isEqualTo(orderId);
        assertThat(o.path("orderListId").asLong()).isEqualTo(-1L);
        assertThat(o.path("clientOrderId").asText()).isEqualTo(clientId);
        assertThat(o.path("price").asText()).isEqualTo("30000.50000000");
        assertThat(o.path("origQty").asText()).isEqualTo("0.00100000");
        assertThat(o.path("executedQty").asText()).isEqualTo("0.00000000");
        assertThat(o.path("cummulativeQuoteQty").asText()).isEqualTo("0.00000000");
        assertThat(o.path("status").asText()).isEqualTo(status);
        assertThat(o.path("timeInForce").asText()).isEqualTo("GTC");
        assertThat(o.path("type").asText()).isEqualTo("LIMIT");
        assertThat(o.path("side").asText()).isEqualTo("BUY");
        assertThat(o.path("time").isIntegralNumber()).isTrue();
        assertThat(o.path("updateTime").isIntegralNumber()).isTrue();
        assertThat(o.path("isWorking").isBoolean()).isTrue();
    }

    /** Awaitility tuned for loopback round trips: poll often, give up after {@link #WAIT}. */
    private static ConditionFactory waitUp() {
        return ConnectorWsConnection.waitUp();
    }

}
