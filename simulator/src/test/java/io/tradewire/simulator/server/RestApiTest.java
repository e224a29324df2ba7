package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.core.signing.RequestSigner;
import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST {@code /api/v3} surface: every path, parameters from the query string and the form body, signatures over
 * {@code totalParams} as sent, Binance's headers, error bodies and statuses, rate limits and faults.
 */
class RestApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";

    private SimFixture f;
    private HttpClient http;

    @BeforeEach
    void start() {
        f = new SimFixture();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    private HttpResponse<String> send(Simulator sim, String method, String path, String query, String body,
                                      String apiKey, String... headers) throws IOException, InterruptedException {
        String uri = sim.restBaseUri() + path + (query == null ? "" : "?" + query);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10));
        if (apiKey != null) {
            b.header("X-MBX-APIKEY", apiKey);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", FORM);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String query, String body, String apiKey)
            throws IOException, InterruptedException {
        return send(f.sim, method, path, query, body, apiKey);
    }

    private HttpResponse<String> get(String path, String query) throws IOException, InterruptedException {
        return send("GET", path, query, null, null);
    }

    /** {@code params&timestamp=now&signature=...} signed with the HMAC account's secret. */
    private String signed(String params) {
        return signed(params, f.hmac);
    }

    private String signed(String params, RequestSigner signer) {
        String p = (params.isEmpty() ? "" : params + "&") + "timestamp=" + f.now();
        return p + "&signature=" + enc(signer.sign(p));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static void assertError(HttpResponse<String> r, int status, int code, String msg) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        JsonNode n = json(r);
        assertThat(n.path("code").asInt()).as(r.body()).isEqualTo(code);
        if (msg != null) {
            assertThat(n.path("msg").asText()).isEqualTo(msg);
        }
        assertThat(n.size()).as("only code and msg").isEqualTo(2);
    }

    private static long header(HttpResponse<?> r, String name) {
        return Long.parseLong(r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name)));
    }

    private String placeLimit(String side, String price, String qty) {
        return "symbol=BTCUSDT&side=" + side + "&type=LIMIT&timeInForce=GTC&price=" + price + "&quantity=" + qty;
    }

    // ---- every path ------------------------------------------------------------------------------------------

    @Test
    void everyEndpointIsServedAndSignedOnesWantAnApiKey() throws Exception {
        List<String> seen = new ArrayList<>();
        for (RestRoutes.Route r : RestRoutes.all()) {
            HttpResponse<String> resp = send(r.httpMethod, r.path, null, null, null);
            seen.add(r.toString());
            assertThat(resp.statusCode()).as(r + " " + resp.body()).isNotEqualTo(404);
            JsonNode body = json(resp);
            if (r.signed) {
                assertError(resp, 401, -2014, "API-key format invalid.");
            } else if (resp.statusCode() != 200) {
                // Public endpoints answer either a result or a parameter error (e.g. symbol is mandatory for depth).
                assertThat(body.path("code").asInt()).as(r.toString()).isLessThan(0);
            }
        }
        assertThat(seen).contains("GET /api/v3/ping", "GET /api/v3/time", "GET /api/v3/exchangeInfo",
                "GET /api/v3/depth", "GET /api/v3/trades", "GET /api/v3/historicalTrades", "GET /api/v3/aggTrades",
                "GET /api/v3/klines", "GET /api/v3/uiKlines", "GET /api/v3/avgPrice", "GET /api/v3/ticker/24hr",
                "GET /api/v3/ticker/tradingDay", "GET /api/v3/ticker", "GET /api/v3/ticker/price",
                "GET /api/v3/ticker/bookTicker", "POST /api/v3/order", "GET /api/v3/order", "DELETE /api/v3/order",
                "POST /api/v3/order/test", "POST /api/v3/order/cancelReplace", "PUT /api/v3/order/amend/keepPriority",
                "GET /api/v3/openOrders", "DELETE /api/v3/openOrders", "POST /api/v3/orderList/oco",
                "POST /api/v3/orderList/oto", "POST /api/v3/orderList/otoco", "GET /api/v3/orderList",
                "DELETE /api/v3/orderList", "GET /api/v3/openOrderList", "GET /api/v3/allOrderList",
                "POST /api/v3/sor/order", "POST /api/v3/sor/order/test", "GET /api/v3/account",
                "GET /api/v3/account/commission", "GET /api/v3/rateLimit/order", "GET /api/v3/allOrders",
                "GET /api/v3/myTrades", "GET /api/v3/myPreventedMatches", "GET /api/v3/order/amendments");
    }

    @Test
    void removedAndUnknownEndpointsAre404WithAnEmptyBodyUnlessHtmlIsAccepted() throws Exception {
        // The listenKey endpoints were removed by Binance on 2026-02-20.
        for (String m : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> r = send(m, "/api/v3/userDataStream", "listenKey=abc", null, SimFixture.HMAC_KEY);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).isEmpty();
        }
        assertThat(get("/api/v3/exchangie", null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/v3/ping", null, null, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v3/order/oco", null, null, null).statusCode()).isEqualTo(404); // deprecated
        HttpResponse<String> html = send(f.sim, "GET", "/api/v3/exchangie", null, null, null, "Accept", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).isEqualTo("<html><body><h2>404 Not found</h2></body></html>");
        // Paths outside /api are still the simulator's own 404.
        assertThat(get("/nothing", null).statusCode()).isEqualTo(404);
    }

    // ---- public endpoints --------------------------------------------------------------------------------------

    @Test
    void publicEndpointsAnswerBareResultsWithTheWeightHeader() throws Exception {
        HttpResponse<String> ping = get("/api/v3/ping", null);
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).isEqualTo("{}");
        assertThat(header(ping, "X-MBX-USED-WEIGHT-1M")).isEqualTo(1);
        assertThat(header(ping, "X-MBX-USED-WEIGHT")).isEqualTo(1);
        assertThat(ping.headers().firstValue("X-MBX-ORDER-COUNT-10S")).isEmpty();

        HttpResponse<String> time = get("/api/v3/time", null);
        assertThat(json(time).path("serverTime").asLong()).isEqualTo(f.now());
        assertThat(header(time, "X-MBX-USED-WEIGHT-1M")).isEqualTo(2);

        HttpResponse<String> info = get("/api/v3/exchangeInfo", "symbol=BTCUSDT");
        assertThat(json(info).path("symbols")).hasSize(1);
        assertThat(header(info, "X-MBX-USED-WEIGHT-1M")).isEqualTo(22);
        // An array parameter as REST clients send it: a JSON array, percent-encoded.
        HttpResponse<String> two = get("/api/v3/exchangeInfo", "symbols=" + enc("[\"BTCUSDT\",\"ETHUSDT\"]"));
        assertThat(json(two).path("symbols")).extracting(s -> s.path("symbol").asText())
                .containsExactly("BTCUSDT", "ETHUSDT");

        HttpResponse<String> depth = get("/api/v3/depth", "symbol=BTCUSDT&limit=500");
        assertThat(json(depth).has("lastUpdateId")).isTrue();
        assertThat(header(depth, "X-MBX-USED-WEIGHT-1M")).isEqualTo(22 + 20 + 25);

        assertThat(json(get("/api/v3/ticker/price", "symbols=" + enc("[\"BTCUSDT\",\"ETHUSDT\"]")))).hasSize(2);
        assertThat(json(get("/api/v3/ticker/bookTicker", "symbol=ETHUSDT")).path("symbol").asText())
                .isEqualTo("ETHUSDT");
        assertThat(json(get("/api/v3/klines", "symbol=BTCUSDT&interval=1m")).isArray()).isTrue();
        assertThat(json(get("/api/v3/avgPrice", "symbol=BTCUSDT")).has("mins")).isTrue();
        assertError(get("/api/v3/depth", "symbol=NOPE"), 400, -1121, "Invalid symbol.");
        assertError(get("/api/v3/depth", null), 400, -1102,
                "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }

    @Test
    void weightIsSharedWithTheWebSocketApiPerIp() throws Exception {
        try (WsTestClient ws = f.connect()) {
            // The WS API connection itself costs 2, its ping 1.
            ws.exchange("{\"id\":1,\"method\":\"ping\"}");
            assertThat(header(get("/api/v3/ping", null), "X-MBX-USED-WEIGHT-1M")).isEqualTo(4);
        }
    }

    // ---- signatures ----------------------------------------------------------------------------------------------

    @Test
    void orderParametersInTheQueryStringTheBodyOrBoth() throws Exception {
        HttpResponse<String> q = send("POST", "/api/v3/order", signed(placeLimit("BUY", "30000", "0.001")), null,
                SimFixture.HMAC_KEY);
        assertThat(q.statusCode()).as(q.body()).isEqualTo(200);
        assertThat(json(q).path("status").asText()).isEqualTo("NEW");
        assertThat(header(q, "X-MBX-ORDER-COUNT-10S")).isEqualTo(1);
        assertThat(header(q, "X-MBX-ORDER-COUNT-1D")).isEqualTo(1);
        // A successful order weighs 0 since 2026-04-02 (CHANGELOG 2026-03-27); a failed one is charged.
        assertThat(header(q, "X-MBX-USED-WEIGHT-1M")).isZero();

        HttpResponse<String> b = send("POST", "/api/v3/order", null, signed(placeLimit("BUY", "30001", "0.001")),
                SimFixture.HMAC_KEY);
        assertThat(b.statusCode()).as(b.body()).isEqualTo(200);
        assertThat(json(b).path("price").asText()).isEqualTo("30001.00000000");
        assertThat(header(b, "X-MBX-ORDER-COUNT-10S")).isEqualTo(2);

        // Mixed: totalParams is the query string concatenated with the body, without a separator.
        String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC";
        String body = "quantity=0.001&price=30002&timestamp=" + f.now();
        String sig = f.hmac.sign(query + body);
        HttpResponse<String> m = send("POST", "/api/v3/order", query, body + "&signature=" + sig, SimFixture.HMAC_KEY);
        assertThat(m.statusCode()).as(m.body()).isEqualTo(200);
        assertThat(json(m).path("price").asText()).isEqualTo("30002.00000000");
        // The same split signed as if joined by '&' is not Binance's payload.
        String wrong = f.hmac.sign(query + "&" + body);
        assertError(send("POST", "/api/v3/order", query, body + "&signature=" + wrong, SimFixture.HMAC_KEY), 400,
                -1022, "Signature for this request is not valid.");
        // The signature may sit in the query string while the parameters it covers are in the body.
        HttpResponse<String> sigInQuery = send("POST", "/api/v3/order", "signature=" + f.hmac.sign(
                placeLimit("BUY", "30003", "0.001") + "&timestamp=" + f.now()), placeLimit("BUY", "30003", "0.001")
                + "&timestamp=" + f.now(), SimFixture.HMAC_KEY);
        assertThat(sigInQuery.statusCode()).as(sigInQuery.body()).isEqualTo(200);

        HttpResponse<String> open = send("GET", "/api/v3/openOrders", signed("symbol=BTCUSDT"), null,
                SimFixture.HMAC_KEY);
        assertThat(json(open)).hasSize(4);
        // Four successful orders (free), the one refused for its signature (1), then openOrders (6).
        assertThat(header(open, "X-MBX-USED-WEIGHT-1M")).isEqualTo(1 + 6);
    }

    @Test
    void theSignatureCoversValuesAsSentPercentEncodingKept() throws Exception {
        // A value sent percent-encoded (an unneeded but valid escape: %55 is 'U'): the signature is over the text as
        // sent, the value used is the decoded one.
        String params = "symbol=BTC%55SDT&side=BUY&type=LIMIT&timeInForce=GTC&price=30000&quantity=0.001&timestamp="
                + f.now();
        HttpResponse<String> ok = send("POST", "/api/v3/order", params + "&signature=" + f.hmac.sign(params), null,
                SimFixture.HMAC_KEY);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).path("symbol").asText()).isEqualTo("BTCUSDT");
        String decoded = params.replace("BTC%55SDT", "BTCUSDT");
        assertError(send("POST", "/api/v3/order", params + "&signature=" + f.hmac.sign(decoded), null,
                SimFixture.HMAC_KEY), 400, -1022, "Signature for this request is not valid.");
        // A non-ASCII value is percent-encoded UTF-8 on the wire and in the payload (rest-api.md's example).
        String unicode = "symbol=" + enc("１２３４５６") + "&timestamp=" + f.now();
        assertThat(unicode).contains("%EF%BC%91");
        assertError(send("GET", "/api/v3/openOrders", unicode + "&signature=" + f.hmac.sign(unicode), null,
                SimFixture.HMAC_KEY), 400, -1121, "Invalid symbol.");
        // HMAC signatures are not case-sensitive.
        String upper = placeLimit("BUY", "30000", "0.001") + "&timestamp=" + f.now();
        assertThat(send("POST", "/api/v3/order", upper + "&signature=" + f.hmac.sign(upper).toUpperCase(), null,
                SimFixture.HMAC_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void rsaAndEd25519SignaturesArePercentEncodedBase64() throws Exception {
        HttpResponse<String> rsa = send("GET", "/api/v3/account", signed("omitZeroBalances=true", f.rsa), null,
                SimFixture.RSA_KEY);
        assertThat(rsa.statusCode()).as(rsa.body()).isEqualTo(200);
        assertThat(json(rsa).path("balances").isArray()).isTrue();
        HttpResponse<String> ed = send("POST", "/api/v3/order", null, signed(placeLimit("SELL", "90000", "0.001"),
                f.ed25519), SimFixture.ED_KEY);
        assertThat(ed.statusCode()).as(ed.body()).isEqualTo(200);
        // A Base64 signature whose '+' was not percent-encoded arrives as a space: not valid.
        String p = "timestamp=" + f.now();
        String sig = f.ed25519.sign(p);
        if (sig.contains("+")) {
            assertError(send("GET", "/api/v3/account", p + "&signature=" + sig, null, SimFixture.ED_KEY), 400, -1022,
                    null);
        }
    }

    @Test
    void queryStringWinsOverTheBodyAndDuplicatesAreRejected() throws Exception {
        String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=30000";
        String body = "price=31000&timestamp=" + f.now();
        String sig = f.hmac.sign(query + body);
        HttpResponse<String> r = send("POST", "/api/v3/order", query, body + "&signature=" + sig, SimFixture.HMAC_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("price").asText()).isEqualTo("30000.00000000");

        String dup = "symbol=BTCUSDT&symbol=ETHUSDT&timestamp=" + f.now();
        assertError(send("GET", "/api/v3/openOrders", dup + "&signature=" + f.hmac.sign(dup), null,
                SimFixture.HMAC_KEY), 400, -1101, "Duplicate values for a parameter detected.");
        assertThatThrownBy(() -> RestParams.parse("symbol=BTC%ZZ".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.code()).isEqualTo(-1100);
                    assertThat(e.msg()).isEqualTo("Illegal characters found in a parameter.");
                });
        // GET parameters come from the query string only.
        HttpResponse<String> getBody = send("GET", "/api/v3/depth", null, "symbol=BTCUSDT", null);
        assertThat(json(getBody).path("code").asInt()).isEqualTo(-1102);
    }

    @Test
    void authenticationErrors() throws Exception {
        String q = signed("symbol=BTCUSDT");
        assertError(send("GET", "/api/v3/openOrders", q, null, null), 401, -2014, "API-key format invalid.");
        assertError(send("GET", "/api/v3/openOrders", q, null, "no-such-key"), 401, -2015,
                "Invalid API-key, IP, or permissions for action.");
        assertError(send("GET", "/api/v3/openOrders", q, null, SimFixture.MAKER_KEY), 400, -1022,
                "Signature for this request is not valid.");
        assertError(send("GET", "/api/v3/openOrders", "symbol=BTCUSDT&signature=00", null, SimFixture.HMAC_KEY), 400,
                -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");
        assertError(send("GET", "/api/v3/openOrders", "symbol=BTCUSDT&timestamp=" + f.now(), null,
                SimFixture.HMAC_KEY), 400, -1102,
                "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
        String old = "symbol=BTCUSDT&timestamp=" + (f.now() - 5001);
        assertError(send("GET", "/api/v3/openOrders", old + "&signature=" + f.hmac.sign(old), null,
                SimFixture.HMAC_KEY), 400, -1021, "Timestamp for this request is outside of the recvWindow.");
        String ahead = "symbol=BTCUSDT&timestamp=" + (f.now() + 1000);
        assertError(send("GET", "/api/v3/openOrders", ahead + "&signature=" + f.hmac.sign(ahead), null,
                SimFixture.HMAC_KEY), 400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        // An apiKey parameter cannot make a request act for another account.
        String other = "symbol=BTCUSDT&apiKey=" + SimFixture.MAKER_KEY + "&timestamp=" + f.now();
        HttpResponse<String> r = send("GET", "/api/v3/openOrders", other + "&signature=" + f.hmac.sign(other), null,
                SimFixture.HMAC_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    // ---- trading, account ----------------------------------------------------------------------------------------

    @Test
    void orderLifecycleAndAccountEndpoints() throws Exception {
        String k = SimFixture.HMAC_KEY;
        JsonNode placed = json(send("POST", "/api/v3/order", signed(placeLimit("BUY", "30000", "0.002")
                + "&newClientOrderId=life-1"), null, k));
        long id = placed.path("orderId").asLong();
        JsonNode status = json(send("GET", "/api/v3/order", signed("symbol=BTCUSDT&orderId=" + id), null, k));
        assertThat(status.path("clientOrderId").asText()).isEqualTo("life-1");
        JsonNode amended = json(send("PUT", "/api/v3/order/amend/keepPriority", null,
                signed("symbol=BTCUSDT&orderId=" + id + "&newQty=0.001"), k));
        assertThat(amended.path("amendedOrder").path("qty").asText()).isEqualTo("0.00100000");
        assertThat(json(send("GET", "/api/v3/order/amendments", signed("symbol=BTCUSDT&orderId=" + id), null, k)))
                .hasSize(1);
        HttpResponse<String> replaced = send("POST", "/api/v3/order/cancelReplace", null, signed(
                placeLimit("BUY", "29000", "0.001") + "&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId=" + id), k);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(json(replaced).path("cancelResult").asText()).isEqualTo("SUCCESS");
        assertThat(header(replaced, "X-MBX-ORDER-COUNT-10S")).isEqualTo(2);
        long newId = json(replaced).path("newOrderResponse").path("orderId").asLong();
        HttpResponse<String> canceled = send("DELETE", "/api/v3/order", null,
                signed("symbol=BTCUSDT&orderId=" + newId), k);
        assertThat(json(canceled).path("status").asText()).isEqualTo("CANCELED");
        assertError(send("DELETE", "/api/v3/order", signed("symbol=BTCUSDT&orderId=" + newId), null, k), 400, -2011,
                "Unknown order sent.");
        assertError(send("GET", "/api/v3/order", signed("symbol=BTCUSDT&orderId=999999"), null, k), 400, -2013,
                "Order does not exist.");

        // cancelReplace whose cancel fails: 400 -2022 with both halves in data.
        HttpResponse<String> failed = send("POST", "/api/v3/order/cancelReplace", signed(placeLimit("BUY", "29000",
                "0.001") + "&cancelReplaceMode=STOP_ON_FAILURE&cancelOrderId=" + newId), null, k);
        assertThat(failed.statusCode()).isEqualTo(400);
        JsonNode err = json(failed);
        assertThat(err.path("code").asInt()).isEqualTo(-2022);
        assertThat(err.path("data").path("cancelResult").asText()).isEqualTo("FAILURE");
        assertThat(err.path("data").path("newOrderResult").asText()).isEqualTo("NOT_ATTEMPTED");

        assertThat(json(send("POST", "/api/v3/order/test", signed(placeLimit("BUY", "30000", "0.001")), null, k))
                .size()).isZero();
        JsonNode test = json(send("POST", "/api/v3/order/test", signed(placeLimit("BUY", "30000", "0.001")
                + "&computeCommissionRates=true"), null, k));
        assertThat(test.has("standardCommissionForOrder")).isTrue();
        assertThat(json(send("GET", "/api/v3/allOrders", signed("symbol=BTCUSDT"), null, k))).hasSize(2);
        assertThat(json(send("GET", "/api/v3/account", signed(""), null, k)).path("balances").isArray()).isTrue();
        assertThat(json(send("GET", "/api/v3/account/commission", signed("symbol=BTCUSDT"), null, k))
                .has("standardCommission")).isTrue();
        JsonNode counts = json(send("GET", "/api/v3/rateLimit/order", signed(""), null, k));
        // Placed, replaced, and the failed replace (counted although its new order was not attempted).
        assertThat(counts).extracting(c -> c.path("count").asLong()).containsExactly(3L, 3L);
        assertThat(json(send("GET", "/api/v3/myTrades", signed("symbol=BTCUSDT"), null, k)).isArray()).isTrue();
        assertThat(json(send("GET", "/api/v3/myPreventedMatches", signed("symbol=BTCUSDT&orderId=" + id), null, k))
                .isArray()).isTrue();
        send("POST", "/api/v3/order", signed(placeLimit("BUY", "25000", "0.001")), null, k);
        assertThat(json(send("DELETE", "/api/v3/openOrders", null, signed("symbol=BTCUSDT"), k))).hasSize(1);
        assertError(send("DELETE", "/api/v3/openOrders", signed("symbol=BTCUSDT"), null, k), 400, -2011,
                "Unknown order sent.");
    }

    @Test
    void orderListsAndSor() throws Exception {
        String k = SimFixture.HMAC_KEY;
        HttpResponse<String> oco = send("POST", "/api/v3/orderList/oco", null, signed("symbol=BTCUSDT&side=SELL"
                + "&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=70000&belowType=STOP_LOSS&belowStopPrice=50000"), k);
        assertThat(oco.statusCode()).as(oco.body()).isEqualTo(200);
        assertThat(header(oco, "X-MBX-ORDER-COUNT-10S")).isEqualTo(2);
        long listId = json(oco).path("orderListId").asLong();
        HttpResponse<String> oto = send("POST", "/api/v3/orderList/oto", signed("symbol=BTCUSDT&workingType=LIMIT"
                + "&workingSide=BUY&workingPrice=30000&workingQuantity=0.001&workingTimeInForce=GTC"
                + "&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=80000&pendingQuantity=0.001"), null, k);
        assertThat(oto.statusCode()).as(oto.body()).isEqualTo(200);
        HttpResponse<String> otoco = send("POST", "/api/v3/orderList/otoco", signed("symbol=BTCUSDT"
                + "&workingType=LIMIT&workingSide=BUY&workingPrice=30000&workingQuantity=0.001"
                + "&workingTimeInForce=GTC&pendingSide=SELL&pendingQuantity=0.001&pendingAboveType=LIMIT_MAKER"
                + "&pendingAbovePrice=80000&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=20000"), null, k);
        assertThat(otoco.statusCode()).as(otoco.body()).isEqualTo(200);
        assertThat(json(send("GET", "/api/v3/orderList", signed("orderListId=" + listId), null, k))
                .path("orderListId").asLong()).isEqualTo(listId);
        assertThat(json(send("GET", "/api/v3/openOrderList", signed(""), null, k))).hasSize(3);
        assertThat(json(send("GET", "/api/v3/allOrderList", signed(""), null, k))).hasSize(3);
        HttpResponse<String> canceled = send("DELETE", "/api/v3/orderList", null,
                signed("symbol=BTCUSDT&orderListId=" + listId), k);
        assertThat(json(canceled).path("listOrderStatus").asText()).isEqualTo("ALL_DONE");

        HttpResponse<String> sor = send("POST", "/api/v3/sor/order", signed("symbol=BTCUSDT&side=BUY&type=LIMIT"
                + "&timeInForce=GTC&price=30000&quantity=0.001"), null, k);
        assertThat(sor.statusCode()).as(sor.body()).isEqualTo(200);
        assertThat(json(sor).isArray()).isTrue();
        assertThat(send("POST", "/api/v3/sor/order/test", signed("symbol=BTCUSDT&side=BUY&type=LIMIT"
                + "&timeInForce=GTC&price=30000&quantity=0.001"), null, k).statusCode()).isEqualTo(200);
    }

    @Test
    void aCrossingOrderTradesAndTheMarketDataSeesIt() throws Exception {
        assertThat(send("POST", "/api/v3/order", signed(placeLimit("SELL", "60000", "0.01"), f.maker), null,
                SimFixture.MAKER_KEY).statusCode()).isEqualTo(200);
        JsonNode fill = json(send("POST", "/api/v3/order", signed("symbol=BTCUSDT&side=BUY&type=MARKET"
                + "&quantity=0.004"), null, SimFixture.HMAC_KEY));
        assertThat(fill.path("status").asText()).isEqualTo("FILLED");
        assertThat(fill.path("fills")).hasSize(1);
        assertThat(json(get("/api/v3/trades", "symbol=BTCUSDT"))).hasSize(1);
        assertThat(json(get("/api/v3/aggTrades", "symbol=BTCUSDT"))).hasSize(1);
        assertThat(json(get("/api/v3/historicalTrades", "symbol=BTCUSDT&fromId=0"))).hasSize(1);
        assertThat(json(get("/api/v3/ticker/24hr", "symbol=BTCUSDT")).path("lastPrice").asText())
                .isEqualTo("60000.00000000");
        assertThat(json(get("/api/v3/ticker", "symbol=BTCUSDT&windowSize=1h")).path("count").asLong()).isEqualTo(1);
        assertThat(json(get("/api/v3/ticker/tradingDay", "symbol=BTCUSDT")).path("count").asLong()).isEqualTo(1);
        assertThat(json(get("/api/v3/uiKlines", "symbol=BTCUSDT&interval=1m"))).hasSize(1);
        assertThat(json(send("GET", "/api/v3/myTrades", signed("symbol=BTCUSDT"), null, SimFixture.HMAC_KEY)))
                .hasSize(1);
    }

    // ---- rate limits -----------------------------------------------------------------------------------------------

    @Test
    void tooMuchWeightIs429WithRetryAfterThenA418Ban() throws Exception {
        ManualClock clock = new ManualClock(1_700_000_040_000L + 15_000); // 45 s before the minute rolls over
        try (Simulator sim = Simulator.builder().clock(clock).rateLimits(3, 100, 1000)
                .rateLimitBans(1, Duration.ofMinutes(2), Duration.ofDays(3)).build().start()) {
            for (int i = 1; i <= 3; i++) {
                assertThat(header(send(sim, "GET", "/api/v3/ping", null, null, null), "X-MBX-USED-WEIGHT-1M"))
                        .isEqualTo(i);
            }
            HttpResponse<String> limited = send(sim, "GET", "/api/v3/ping", null, null, null);
            assertError(limited, 429, -1003, "Too much request weight used; current limit is 3 request weight per"
                    + " 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.");
            assertThat(header(limited, "Retry-After")).isEqualTo(45);
            assertThat(header(limited, "X-MBX-USED-WEIGHT-1M")).isEqualTo(4);
            HttpResponse<String> banned = send(sim, "GET", "/api/v3/ping", null, null, null);
            long until = clock.epochMillis() + 120_000;
            assertError(banned, 418, -1003, "Way too much request weight used; IP banned until " + until
                    + ". Please use WebSocket Streams for live updates to avoid bans.");
            assertThat(header(banned, "Retry-After")).isEqualTo(120);
            clock.advanceMillis(60_000);
            assertThat(header(send(sim, "GET", "/api/v3/time", null, null, null), "Retry-After")).isEqualTo(60);
        }
    }

    @Test
    void tooManyOrdersIs429WithRetryAfter() throws Exception {
        ManualClock clock = new ManualClock(1_700_000_000_000L + 3_000);
        try (Simulator sim = Simulator.builder().clock(clock).rateLimits(6000, 2, 1000)
                .account(SimAccount.hmac(SimFixture.HMAC_KEY, SimFixture.HMAC_SECRET,
                        Map.of("USDT", new BigDecimal("100000"))))
                .build().start()) {
            for (int i = 1; i <= 2; i++) {
                String p = placeLimit("BUY", "30000", "0.001") + "&timestamp=" + clock.epochMillis();
                HttpResponse<String> ok = send(sim, "POST", "/api/v3/order", p + "&signature=" + f.hmac.sign(p), null,
                        SimFixture.HMAC_KEY);
                assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
                assertThat(header(ok, "X-MBX-ORDER-COUNT-10S")).isEqualTo(i);
            }
            String p = placeLimit("BUY", "30000", "0.001") + "&timestamp=" + clock.epochMillis();
            HttpResponse<String> r = send(sim, "POST", "/api/v3/order", p + "&signature=" + f.hmac.sign(p), null,
                    SimFixture.HMAC_KEY);
            assertError(r, 429, -1015, "Too many new orders; current limit is 2 orders per 10 SECOND.");
            assertThat(header(r, "Retry-After")).isEqualTo(7);
        }
    }

    // ---- faults ----------------------------------------------------------------------------------------------------

    @Test
    void faultsApplyToRestRequestsByTheirWsApiMethodName() throws Exception {
        String k = SimFixture.HMAC_KEY;
        f.sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).method("order.place").count(1));
        HttpResponse<String> e5 = send("POST", "/api/v3/order", signed(placeLimit("BUY", "30000", "0.001")), null, k);
        assertError(e5, 500, -1000, "An unknown error occurred while processing the request.");
        assertThat(json(send("GET", "/api/v3/openOrders", signed("symbol=BTCUSDT"), null, k))).isEmpty();

        f.sim.faults().inject(Fault.of(FaultKind.TIMEOUT_AFTER_ENGINE).method("order.place").count(1));
        assertError(send("POST", "/api/v3/order", signed(placeLimit("BUY", "30000", "0.001")), null, k), 503, -1007,
                "Timeout waiting for response from backend server. Send status unknown; execution status unknown.");
        assertThat(json(send("GET", "/api/v3/openOrders", signed("symbol=BTCUSDT"), null, k))).hasSize(1);

        f.sim.faults().inject(Fault.of(FaultKind.RATE_LIMIT_ORDERS).method("order.place").count(1));
        HttpResponse<String> rl = send("POST", "/api/v3/order", signed(placeLimit("BUY", "30000", "0.001")), null, k);
        assertThat(rl.statusCode()).isEqualTo(429);
        assertThat(rl.headers().firstValue("Retry-After")).isPresent();

        f.sim.faults().inject(Fault.of(FaultKind.IP_BAN).method("ping").retryAfter(Duration.ofSeconds(30)).count(1));
        HttpResponse<String> ban = get("/api/v3/ping", null);
        assertThat(ban.statusCode()).isEqualTo(418);
        assertThat(header(ban, "Retry-After")).isEqualTo(30);
        assertThat(get("/api/v3/ping", null).statusCode()).isEqualTo(200);

        f.sim.faults().inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place").count(1));
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest drop = HttpRequest.newBuilder(URI.create(f.sim.restBaseUri() + "/api/v3/order?"
                        + signed(placeLimit("BUY", "30000", "0.001")))).header("X-MBX-APIKEY", k)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThatThrownBy(() -> fresh.send(drop, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(json(send("GET", "/api/v3/openOrders", signed("symbol=BTCUSDT"), null, k))).hasSize(2);

        f.sim.faults().inject(Fault.of(FaultKind.DELAY_RESPONSE).method("time").delay(Duration.ofMillis(300))
                .count(1));
        long t0 = System.nanoTime();
        assertThat(get("/api/v3/time", null).statusCode()).isEqualTo(200);
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        assertThat(f.sim.faults().applied()).extracting(a -> a.target())
                .anySatisfy(t -> assertThat(t).startsWith("REST POST /api/v3/order from "));
    }
}
