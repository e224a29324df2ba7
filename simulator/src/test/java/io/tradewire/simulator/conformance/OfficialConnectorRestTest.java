package io.tradewire.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.binance.connector.client.enums.HttpMethod;
import com.binance.connector.client.exceptions.BinanceClientException;
import com.binance.connector.client.exceptions.BinanceServerException;
import com.binance.connector.client.impl.SpotClientImpl;
import com.binance.connector.client.impl.spot.Market;
import com.binance.connector.client.impl.spot.Trade;
import com.binance.connector.client.utils.RequestHandler;
import com.binance.connector.client.utils.signaturegenerator.Ed25519SignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.HmacSignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.RsaSignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.SignatureGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.core.signing.KeyLoader;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conformance of the simulator's REST API against the official {@code binance-connector-java} 3.4.1
 * {@link SpotClientImpl}: its Market and Trade groups (every operation the simulator implements) sign and send
 * requests the simulator must accept, and parse what it answers.
 *
 * <p>Facts about the connector that shape this test (read from its bytecode):
 * <ul>
 *   <li>Every parameter goes into the query string, {@code URLEncoder}-encoded, in the map's order, with
 *       {@code timestamp} added last and the signature over that query string appended; POST/PUT bodies are empty
 *       (with a JSON content type).</li>
 *   <li>Doubles are formatted by a DecimalFormat, lists (e.g. {@code symbols}) sent as a JSON array text.</li>
 *   <li>4xx answers become {@link BinanceClientException} (code and msg read from the body, or the raw body when it
 *       is not JSON), 5xx {@link BinanceServerException}; with {@code setShowLimitUsage(true)} the answer is wrapped
 *       in a JSON object with the {@code x-mbx-used-weight(-1m)} headers.</li>
 *   <li>3.4.1 has no REST call that places an order list; lists are placed through its own
 *       {@link RequestHandler#sendSignedRequest} so the connector still signs them.</li>
 *   <li>Its listenKey calls ({@code createUserData()}) target endpoints Binance removed on 2026-02-20: 404.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialConnectorRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HMAC_KEY = "rest-hmac-key-0123456789";
    private static final String HMAC_SECRET = "rest-hmac-secret-abcdefghijklmnopqrstuvwxyz0123";
    private static final String MAKER_KEY = "rest-maker-key-0123456789";
    private static final String MAKER_SECRET = "rest-maker-secret-abcdefghijklmnopqrstuvwxyz";
    private static final String RSA_KEY = "rest-rsa-key-0123456789";

    private Simulator sim;
    private String base;
    private String ed25519Key;
    private String ed25519PemPath;
    private String rsaPem;

    /** The three key types the connector can sign with. */
    enum KeyKind { HMAC, RSA, ED25519 }

    @BeforeAll
    void start(@TempDir Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("1000000"), "BTC", new BigDecimal("10"),
                "ETH", new BigDecimal("100"));
        DemoAccount ed = SimAccount.generateEd25519Demo(balances);
        ed25519Key = ed.account().apiKey();
        Path pem = dir.resolve("ed25519-private.pem"); // the connector's Ed25519 generator reads a file only
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
        base = sim.restBaseUri().toString();
    }

    @AfterAll
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    // ---- market --------------------------------------------------------------------------------------------

    @Test
    void everyMarketCallAnswersBinanceShapes() {
        // Some activity first: a resting sell from the maker, crossed by a market buy.
        Trade maker = new SpotClientImpl(MAKER_KEY, MAKER_SECRET, base).createTrade();
        Trade taker = new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base).createTrade();
        JsonNode ask = json(maker.newOrder(params("symbol", "ETHUSDT", "side", "SELL", "type", "LIMIT",
                "timeInForce", "GTC", "price", "3000.00", "quantity", "0.5000")));
        assertThat(ask.path("status").asText()).isEqualTo("NEW");
        JsonNode fill = json(taker.newOrder(params("symbol", "ETHUSDT", "side", "BUY", "type", "MARKET",
                "quoteOrderQty", 600.0)));
        assertThat(fill.path("status").asText()).isEqualTo("FILLED");
        assertThat(fill.path("executedQty").asText()).isEqualTo("0.20000000");

        Market m = new SpotClientImpl(base).createMarket();
        assertThat(json(m.ping()).size()).isZero();
        assertThat(json(m.time()).path("serverTime").asLong()).isCloseTo(System.currentTimeMillis(), within(60_000L));
        JsonNode info = json(m.exchangeInfo(params("symbols", new ArrayList<>(List.of("BTCUSDT", "ETHUSDT")))));
        assertThat(info.path("symbols")).extracting(s -> s.path("symbol").asText())
                .containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(info.path("rateLimits").get(0).path("rateLimitType").asText()).isEqualTo("REQUEST_WEIGHT");
        JsonNode depth = json(m.depth(params("symbol", "ETHUSDT", "limit", 10)));
        assertThat(depth.path("lastUpdateId").asLong()).isPositive();
        assertThat(depth.path("asks").get(0).get(0).asText()).isEqualTo("3000.00000000");
        assertThat(depth.path("asks").get(0).get(1).asText()).isEqualTo("0.30000000");
        JsonNode trades = json(m.trades(params("symbol", "ETHUSDT")));
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).path("price").asText()).isEqualTo("3000.00000000");
        assertThat(trades.get(0).path("isBuyerMaker").asBoolean()).isFalse();
        assertThat(json(new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base).createMarket()
                .historicalTrades(params("symbol", "ETHUSDT", "fromId", 0)))).hasSize(1);
        assertThat(json(m.aggTrades(params("symbol", "ETHUSDT"))).get(0).path("q").asText()).isEqualTo("0.20000000");
        JsonNode kline = json(m.klines(params("symbol", "ETHUSDT", "interval", "1m"))).get(0);
        assertThat(kline).hasSize(12);
        assertThat(kline.get(4).asText()).isEqualTo("3000.00000000");
        assertThat(json(m.uiKlines(params("symbol", "ETHUSDT", "interval", "1m")))).hasSize(1);
        assertThat(json(m.averagePrice(params("symbol", "ETHUSDT"))).path("price").asText()).isNotEmpty();
        assertThat(json(m.ticker24H(params("symbol", "ETHUSDT"))).path("count").asLong()).isEqualTo(1);
        assertThat(json(m.ticker24H(params("symbols", new ArrayList<>(List.of("BTCUSDT", "ETHUSDT")), "type",
                "MINI")))).hasSize(2);
        assertThat(json(m.tickerSymbol(params("symbol", "ETHUSDT"))).path("price").asText())
                .isEqualTo("3000.00000000");
        assertThat(json(m.bookTicker(params("symbol", "ETHUSDT"))).path("askQty").asText()).isEqualTo("0.30000000");
        assertThat(json(m.ticker(params("symbol", "ETHUSDT", "windowSize", "1h"))).path("lastPrice").asText())
                .isEqualTo("3000.00000000");
        assertThat(json(m.tradingDayTicker(params("symbol", "ETHUSDT"))).path("volume").asText())
                .isEqualTo("0.20000000");

        BinanceClientException bad = catchClient(() -> m.depth(params("symbol", "NOPE")));
        assertThat(bad.getHttpStatusCode()).isEqualTo(400);
        assertThat(bad.getErrorCode()).isEqualTo(-1121);
        assertThat(bad.getErrMsg()).isEqualTo("Invalid symbol.");
    }

    @Test
    void limitUsageComesFromOurWeightHeaders() {
        SpotClientImpl client = new SpotClientImpl(base);
        client.setShowLimitUsage(true);
        JsonNode wrapped = json(client.createMarket().exchangeInfo(params("symbol", "BTCUSDT")));
        assertThat(wrapped.path("x-mbx-used-weight-1m").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(wrapped.path("x-mbx-used-weight").asLong()).isEqualTo(wrapped.path("x-mbx-used-weight-1m").asLong());
        assertThat(json(wrapped.path("data").asText()).path("symbols")).hasSize(1);
    }

    // ---- trade and account, with each key type ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void tradeAndAccountCallsWithEachKeyType(KeyKind kind) {
        Trade t = client(kind).createTrade();
        String prefix = "rest-" + kind.name().toLowerCase() + "-";

        assertThat(json(t.testNewOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce",
                "GTC", "price", 30000.5, "quantity", 0.001))).size()).isZero();
        JsonNode rates = json(t.testNewOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
                "timeInForce", "GTC", "price", "30000", "quantity", "0.001", "computeCommissionRates", true)));
        assertThat(rates.path("standardCommissionForOrder").path("maker").asText()).isNotEmpty();

        JsonNode placed = json(t.newOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce",
                "GTC", "price", 30000.5, "quantity", 0.002, "newClientOrderId", prefix + "1")));
        long orderId = placed.path("orderId").asLong();
        assertThat(placed.path("price").asText()).isEqualTo("30000.50000000");
        assertThat(placed.path("origQty").asText()).isEqualTo("0.00200000");
        assertThat(placed.path("clientOrderId").asText()).isEqualTo(prefix + "1");
        assertThat(placed.path("fills").isArray()).isTrue();

        JsonNode status = json(t.getOrder(params("symbol", "BTCUSDT", "orderId", orderId)));
        assertThat(status.path("status").asText()).isEqualTo("NEW");
        assertThat(status.path("isWorking").asBoolean()).isTrue();
        assertThat(json(t.getOpenOrders(params("symbol", "BTCUSDT")))).extracting(o -> o.path("orderId").asLong())
                .contains(orderId);

        JsonNode replaced = json(t.cancelReplace(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
                "cancelReplaceMode", "STOP_ON_FAILURE", "timeInForce", "GTC", "price", "29000", "quantity", "0.001",
                "cancelOrderId", orderId, "newClientOrderId", prefix + "2")));
        assertThat(replaced.path("cancelResult").asText()).isEqualTo("SUCCESS");
        assertThat(replaced.path("cancelResponse").path("status").asText()).isEqualTo("CANCELED");
        long replacement = replaced.path("newOrderResponse").path("orderId").asLong();

        JsonNode canceled = json(t.cancelOrder(params("symbol", "BTCUSDT", "orderId", replacement)));
        assertThat(canceled.path("status").asText()).isEqualTo("CANCELED");
        assertThat(canceled.path("origClientOrderId").asText()).isEqualTo(prefix + "2");
        BinanceClientException unknown = catchClient(() -> t.cancelOrder(params("symbol", "BTCUSDT", "orderId",
                replacement)));
        assertThat(unknown.getErrorCode()).isEqualTo(-2011);
        assertThat(unknown.getErrMsg()).isEqualTo("Unknown order sent.");

        t.newOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce", "GTC", "price", "28000",
                "quantity", "0.001"));
        assertThat(json(t.cancelOpenOrders(params("symbol", "BTCUSDT")))).hasSize(1);
        assertThat(json(t.getOrders(params("symbol", "BTCUSDT")))).extracting(o -> o.path("clientOrderId").asText())
                .contains(prefix + "1", prefix + "2");

        JsonNode account = json(t.account(params("omitZeroBalances", true)));
        assertThat(account.path("canTrade").asBoolean()).isTrue();
        assertThat(account.path("balances")).extracting(b -> b.path("asset").asText()).contains("USDT", "BTC");
        assertThat(json(t.myTrades(params("symbol", "BTCUSDT"))).isArray()).isTrue();
        JsonNode counts = json(t.rateLimitOrder(params()));
        assertThat(counts).extracting(c -> c.path("interval").asText()).containsExactly("SECOND", "DAY");
        assertThat(json(t.preventedMatches(params("symbol", "BTCUSDT", "orderId", orderId))).isArray()).isTrue();
        assertThat(json(t.commission(params("symbol", "BTCUSDT"))).path("symbol").asText()).isEqualTo("BTCUSDT");

        JsonNode sor = json(t.sorOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "quantity", 0.001,
                "timeInForce", "GTC", "price", "27000")));
        assertThat(sor.get(0).path("usedSor").asBoolean()).isTrue();
        assertThat(json(t.testSorOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "quantity",
                0.001, "timeInForce", "GTC", "price", "27000"))).size()).isZero();
        t.cancelOpenOrders(params("symbol", "BTCUSDT"));
    }

    @Test
    void orderListCallsOnAListPlacedThroughTheConnectorsOwnSigner() {
        RequestHandler handler = new RequestHandler(HMAC_KEY, new HmacSignatureGenerator(HMAC_SECRET), null);
        JsonNode oco = json(handler.sendSignedRequest(base, "/api/v3/orderList/oco", params("symbol", "BTCUSDT",
                "side", "SELL", "quantity", "0.001", "aboveType", "LIMIT_MAKER", "abovePrice", "70000",
                "belowType", "STOP_LOSS", "belowStopPrice", "50000", "listClientOrderId", "rest-oco"),
                HttpMethod.POST, false));
        long listId = oco.path("orderListId").asLong();
        assertThat(oco.path("orders")).hasSize(2);

        Trade t = new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base).createTrade();
        assertThat(json(t.getOCOOrder(params("orderListId", listId))).path("listClientOrderId").asText())
                .isEqualTo("rest-oco");
        assertThat(json(t.getOpenOCOOrders(params()))).extracting(l -> l.path("orderListId").asLong())
                .contains(listId);
        assertThat(json(t.getOCOOrders(params()))).extracting(l -> l.path("orderListId").asLong()).contains(listId);
        JsonNode canceled = json(t.cancelOCO(params("symbol", "BTCUSDT", "orderListId", listId)));
        assertThat(canceled.path("listOrderStatus").asText()).isEqualTo("ALL_DONE");
        assertThat(canceled.path("orderReports")).hasSize(2);
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    @Test
    void errorsReachTheConnectorAsBinanceErrors() throws Exception {
        BinanceClientException wrongSecret = catchClient(() -> new SpotClientImpl(HMAC_KEY, "not-the-secret", base)
                .createTrade().account(params()));
        assertThat(wrongSecret.getHttpStatusCode()).isEqualTo(400);
        assertThat(wrongSecret.getErrorCode()).isEqualTo(-1022);
        assertThat(wrongSecret.getErrMsg()).isEqualTo("Signature for this request is not valid.");

        BinanceClientException unknownKey = catchClient(() -> new SpotClientImpl("no-such-key", HMAC_SECRET, base)
                .createTrade().account(params()));
        assertThat(unknownKey.getHttpStatusCode()).isEqualTo(401);
        assertThat(unknownKey.getErrorCode()).isEqualTo(-2015);

        BinanceClientException filter = catchClient(() -> new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base)
                .createTrade().newOrder(params("symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT", "timeInForce",
                        "GTC", "price", "30000.001", "quantity", "0.001")));
        assertThat(filter.getErrorCode()).isEqualTo(-1013);
        assertThat(filter.getErrMsg()).isEqualTo("Filter failure: PRICE_FILTER");

        // Removed by Binance on 2026-02-20 (listenKey): 404, empty body.
        BinanceClientException listenKey = catchClient(() -> new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base)
                .createUserData().createListenKey());
        assertThat(listenKey.getHttpStatusCode()).isEqualTo(404);
        // myAllocations: this account placed no SOR order, so it has no allocations.
        String allocations = new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base).createTrade()
                .sorAllocations(params("symbol", "BTCUSDT"));
        assertThat(JSON.readTree(allocations).isArray()).isTrue();
        assertThat(JSON.readTree(allocations)).isEmpty();

        sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).method("time").count(1));
        assertThatThrownBy(() -> new SpotClientImpl(base).createMarket().time())
                .isInstanceOfSatisfying(BinanceServerException.class, e ->
                        assertThat(e.getHttpStatusCode()).isEqualTo(500));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private SpotClientImpl client(KeyKind kind) {
        switch (kind) {
            case HMAC:
                return new SpotClientImpl(HMAC_KEY, HMAC_SECRET, base);
            case RSA:
                return new SpotClientImpl(RSA_KEY, new RsaSignatureGenerator(rsaPem), base);
            default:
                return new SpotClientImpl(ed25519Key, ed25519Signer(), base);
        }
    }

    private SignatureGenerator ed25519Signer() {
        try {
            return new Ed25519SignatureGenerator(ed25519PemPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BinanceClientException catchClient(Runnable call) {
        try {
            call.run();
        } catch (BinanceClientException e) {
            return e;
        }
        throw new AssertionError("expected a BinanceClientException");
    }

    private static LinkedHashMap<String, Object> params(Object... kv) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + s, e);
        }
    }
}
