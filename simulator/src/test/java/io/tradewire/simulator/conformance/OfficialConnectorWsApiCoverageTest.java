package io.tradewire.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.binance.connector.client.impl.WebSocketApiClientImpl;
import com.binance.connector.client.utils.WebSocketConnection;
import com.binance.connector.client.utils.signaturegenerator.Ed25519SignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.HmacSignatureGenerator;
import com.binance.connector.client.utils.signaturegenerator.SignatureGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.core.filter.SymbolFilters;
import io.tradewire.core.signing.KeyLoader;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.venue.SymbolSpec;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Every public method of the official {@code binance-connector-java} 3.4.1 {@link WebSocketApiClientImpl} groups
 * ({@code general()}, {@code market()}, {@code trade()}, {@code account()}, {@code userDataStream()},
 * {@code auth()}: 42 methods, listed from the jar with {@code javap}) called against the simulator, with the answer's
 * fields and JSON types checked against {@code web-socket-api.md}. {@link OfficialConnectorWsApiTest} covers signing
 * with each key type, errors and logon in depth; this class is about coverage. The connector's JVM-wide quirks
 * (shared OkHttp dispatcher, static logon flag) are handled the same way as there.
 *
 * <p>Each area trades on its own symbol (market data on ETHUSDT, single orders and lists on BTCUSDT, SOR on ETHBTC,
 * account history on BNBUSDT) and with its own accounts, so the tests are independent of their order.
 *
 * <table>
 *   <caption>connector method → WS API method → what is asserted</caption>
 *   <tr><th>connector method</th><th>WS API method</th><th>asserted</th></tr>
 *   <tr><td>general().ping</td><td>ping</td><td>200, empty object</td></tr>
 *   <tr><td>general().serverTime</td><td>time</td><td>serverTime integer, near now</td></tr>
 *   <tr><td>general().exchangeInfo</td><td>exchangeInfo</td><td>timezone, serverTime, rateLimits[], symbols[] with
 *       status, assets, precisions, orderTypes[], booleans, filters[], permissionSets, STP modes</td></tr>
 *   <tr><td>market().depth</td><td>depth</td><td>lastUpdateId integer, bids/asks of [price, qty] strings, the
 *       resting ask</td></tr>
 *   <tr><td>market().recentTrades</td><td>trades.recent</td><td>id, price, qty, quoteQty strings, time,
 *       isBuyerMaker, isBestMatch booleans; our trade</td></tr>
 *   <tr><td>market().historicalTrades</td><td>trades.historical</td><td>same shape, from fromId</td></tr>
 *   <tr><td>market().aggTrades</td><td>trades.aggregate</td><td>a, p, q, f, l, T, m, M with their types</td></tr>
 *   <tr><td>market().klines</td><td>klines</td><td>12-element arrays: times integers, prices/volumes strings,
 *       trade count integer</td></tr>
 *   <tr><td>market().uiKlines</td><td>uiKlines</td><td>same as klines</td></tr>
 *   <tr><td>market().avgPrice</td><td>avgPrice</td><td>mins integer, price string, closeTime integer</td></tr>
 *   <tr><td>market().ticker24H</td><td>ticker.24hr</td><td>FULL object for one symbol (every field and type);
 *       array for {@code symbols}</td></tr>
 *   <tr><td>market().ticker</td><td>ticker</td><td>rolling window object, windowSize accepted</td></tr>
 *   <tr><td>market().tickerPrice</td><td>ticker.price</td><td>{symbol, price}; array for no symbol</td></tr>
 *   <tr><td>market().tickerBook</td><td>ticker.book</td><td>symbol, bid/ask price/qty strings</td></tr>
 *   <tr><td>market().tickerTradingDay</td><td>ticker.tradingDay</td><td>trading day ticker object</td></tr>
 *   <tr><td>trade().newOrder</td><td>order.place</td><td>RESULT/FULL order fields and types</td></tr>
 *   <tr><td>trade().testNewOrder</td><td>order.test</td><td>{} and, with computeCommissionRates, the
 *       commission objects</td></tr>
 *   <tr><td>trade().getOrder</td><td>order.status</td><td>order fields, status NEW</td></tr>
 *   <tr><td>trade().cancelReplaceOrder</td><td>order.cancelReplace</td><td>cancelResult/newOrderResult SUCCESS,
 *       cancelResponse and newOrderResponse shapes</td></tr>
 *   <tr><td>trade().getOpenOrders</td><td>openOrders.status</td><td>array with the replacement order</td></tr>
 *   <tr><td>trade().cancelOrder</td><td>order.cancel</td><td>CANCELED order fields</td></tr>
 *   <tr><td>trade().cancelAllOpenOrders</td><td>openOrders.cancelAll</td><td>array of canceled orders</td></tr>
 *   <tr><td>trade().newOcoOrder</td><td>orderList.place (deprecated OCO)</td><td>SELL: OCO list, orders[],
 *       orderReports[] with LIMIT_MAKER above and STOP_LOSS_LIMIT below, their fields and types; BUY: LIMIT_MAKER
 *       below and STOP_LOSS above; a broken price relation: 400 -2010 with the documented message</td></tr>
 *   <tr><td>trade().getOcoOrder</td><td>orderList.status</td><td>list fields, orders[] of {symbol, orderId,
 *       clientOrderId}</td></tr>
 *   <tr><td>trade().getOpenOcoOrders</td><td>openOrderLists.status</td><td>array holding the list</td></tr>
 *   <tr><td>trade().cancelOcoOrder</td><td>orderList.cancel</td><td>by orderListId and by listClientOrderId:
 *       ALL_DONE list with two CANCELED orderReports</td></tr>
 *   <tr><td>trade().newSorOrder</td><td>sor.order.place</td><td>array of one order: FILLED, fills with
 *       matchType/allocId, workingFloor SOR, usedSor true</td></tr>
 *   <tr><td>trade().testNewSorOrder</td><td>sor.order.test</td><td>{} and the commission variant</td></tr>
 *   <tr><td>account().accountStatus</td><td>account.status</td><td>commissions, booleans, commissionRates,
 *       balances[] strings, permissions[], uid</td></tr>
 *   <tr><td>account().accountRateLimitsOrders</td><td>account.rateLimits.orders</td><td>ORDERS limits with
 *       count</td></tr>
 *   <tr><td>account().accountAllOrders</td><td>allOrders</td><td>our orders, order fields and types</td></tr>
 *   <tr><td>account().accountAllOcoOrders</td><td>allOrderLists</td><td>array of lists (incl. a placed OCO)</td></tr>
 *   <tr><td>account().accountTradeHistory</td><td>myTrades</td><td>our fill: every field and type</td></tr>
 *   <tr><td>account().accountPreventedMatches</td><td>myPreventedMatches</td><td>the EXPIRE_TAKER prevention,
 *       by orderId and by preventedMatchId: every field and type (takerPreventedQuantity)</td></tr>
 *   <tr><td>account().accountAllocations</td><td>myAllocations</td><td><b>not implemented by the simulator</b>:
 *       allocationId, allocationType SOR, the order, price/qty/quoteQty, isAllocator</td></tr>
 *   <tr><td>account().accountCommissionRates</td><td>account.commission</td><td>standardCommission,
 *       taxCommission, discount objects</td></tr>
 *   <tr><td>userDataStream().userDataStreamStart</td><td>userDataStream.start</td><td>removed 2026-02-20:
 *       400 -1020</td></tr>
 *   <tr><td>userDataStream().userDataStreamPing</td><td>userDataStream.ping</td><td>removed: 400 -1020</td></tr>
 *   <tr><td>userDataStream().userDataStreamStop</td><td>userDataStream.stop</td><td>removed: 400 -1020</td></tr>
 *   <tr><td>auth().logon</td><td>session.logon</td><td>apiKey, authorizedSince, connectedSince, returnRateLimits,
 *       serverTime, userDataStream</td></tr>
 *   <tr><td>auth().status</td><td>session.status</td><td>same fields, same authorizedSince</td></tr>
 *   <tr><td>auth().logout</td><td>session.logout</td><td>apiKey and authorizedSince null</td></tr>
 * </table>
 *
 * <p>Every test also checks that every frame the connector received was JSON and its socket never failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialConnectorWsApiCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String MAKER_KEY = "cov-maker-key-0123456789";
    private static final String MAKER_SECRET = "cov-maker-secret-abcdefghijklmnopqrstuvwxyz0123";
    private static final String TAKER_KEY = "cov-taker-key-0123456789";
    private static final String TAKER_SECRET = "cov-taker-secret-abcdefghijklmnopqrstuvwxyz0123";
    private static final String TRADER_KEY = "cov-trader-key-0123456789";
    private static final String TRADER_SECRET = "cov-trader-secret-abcdefghijklmnopqrstuvwxyz012";
    private static final String LISTS_KEY = "cov-lists-key-0123456789";
    private static final String LISTS_SECRET = "cov-lists-secret-abcdefghijklmnopqrstuvwxyz0123";
    private static final String SOR_KEY = "cov-sor-key-0123456789";
    private static final String SOR_SECRET = "cov-sor-secret-abcdefghijklmnopqrstuvwxyz012345";
    private static final String ACCOUNT_KEY = "cov-account-key-0123456789";
    private static final String ACCOUNT_SECRET = "cov-account-secret-abcdefghijklmnopqrstuvwxyz01";

    private Simulator sim;
    private String ed25519Key;
    private String ed25519PemPath;
    private final List<ConnectorWsConnection> open = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("1000000"), "BTC", new BigDecimal("10"),
                "ETH", new BigDecimal("100"), "BNB", new BigDecimal("100"));
        DemoAccount ed = SimAccount.generateEd25519Demo(balances);
        ed25519Key = ed.account().apiKey();
        Path pem = dir.resolve("ed25519-private.pem"); // the connector's Ed25519 generator reads a file only
        Files.writeString(pem, KeyLoader.toPem(ed.privateKey()), StandardCharsets.US_ASCII);
        ed25519PemPath = pem.toString();

        List<SymbolSpec> symbols = new ArrayList<>(SymbolSpec.defaults());
        symbols.add(SymbolSpec.builder().symbol("BNBUSDT").baseAsset("BNB").quoteAsset("USDT")
                .filters(SymbolFilters.builder()
                        .priceFilter(new BigDecimal("0.01"), new BigDecimal("100000"), new BigDecimal("0.01"))
                        .lotSize(new BigDecimal("0.001"), new BigDecimal("9000"), new BigDecimal("0.001"))
                        .notional(new BigDecimal("5"), true, new BigDecimal("9000000"), false, 5)
                        .build())
                .referencePrice(new BigDecimal("600")).build());
        sim = Simulator.builder()
                .symbols(symbols)
                .account(SimAccount.hmac(MAKER_KEY, MAKER_SECRET, balances))
                .account(SimAccount.hmac(TAKER_KEY, TAKER_SECRET, balances))
                .account(SimAccount.hmac(TRADER_KEY, TRADER_SECRET, balances))
                .account(SimAccount.hmac(LISTS_KEY, LISTS_SECRET, balances))
                .account(SimAccount.hmac(SOR_KEY, SOR_SECRET, balances))
                .account(SimAccount.hmac(ACCOUNT_KEY, ACCOUNT_SECRET, balances))
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

    // ---- general() -----------------------------------------------------------------------------------------

    @Test
    void general() {
        ConnectorWsConnection c = connect(TAKER_SECRET, TAKER_KEY);
        c.client.general().ping(params("requestId", "ping"));
        JsonNode ping = ok(c, "ping");
        assertThat(ping.isObject()).isTrue();
        assertThat(ping.size()).isZero();

        c.client.general().serverTime(params("requestId", "time"));
        JsonNode time = ok(c, "time");
        assertThat(time.path("serverTime").isIntegralNumber()).isTrue();
        assertThat(time.path("serverTime").asLong()).isCloseTo(System.currentTimeMillis(), within(60_000L));

        c.client.general().exchangeInfo(params("requestId", "info-all"));
        JsonNode all = ok(c, "info-all");
        assertThat(all.path("timezone").asText()).isEqualTo("UTC");
        assertThat(all.path("serverTime").isIntegralNumber()).isTrue();
        assertThat(all.path("rateLimits").isArray()).isTrue();
        assertThat(all.path("rateLimits")).extracting(l -> l.path("rateLimitType").asText())
                .contains("REQUEST_WEIGHT", "ORDERS");
        for (JsonNode l : all.path("rateLimits")) {
            assertThat(l.path("interval").isTextual()).isTrue();
            assertThat(l.path("intervalNum").isIntegralNumber()).isTrue();
            assertThat(l.path("limit").isIntegralNumber()).isTrue();
        }
        assertThat(all.path("exchangeFilters").isArray()).isTrue();
        assertThat(all.path("symbols")).extracting(s -> s.path("symbol").asText())
                .contains("BTCUSDT", "ETHUSDT", "ETHBTC", "BNBUSDT");

        c.client.general().exchangeInfo(params("requestId", "info-symbols", "symbols", List.of("BNBUSDT", "ETHBTC")));
        JsonNode two = ok(c, "info-symbols");
        assertThat(two.path("symbols")).extracting(s -> s.path("symbol").asText())
                .containsExactlyInAnyOrder("BNBUSDT", "ETHBTC");

        c.client.general().exchangeInfo(params("requestId", "info-one", "symbol", "BNBUSDT"));
        JsonNode s = ok(c, "info-one").path("symbols").get(0);
        assertThat(s.path("symbol").asText()).isEqualTo("BNBUSDT");
        assertThat(s.path("status").asText()).isEqualTo("TRADING");
        assertThat(s.path("baseAsset").asText()).isEqualTo("BNB");
        assertThat(s.path("quoteAsset").asText()).isEqualTo("USDT");
        for (String f : List.of("baseAssetPrecision", "quotePrecision", "quoteAssetPrecision",
                "baseCommissionPrecision", "quoteCommissionPrecision")) {
            assertThat(s.path(f).isIntegralNumber()).as(f).isTrue();
        }
        assertThat(s.path("orderTypes")).extracting(JsonNode::asText).contains("LIMIT", "MARKET", "LIMIT_MAKER",
                "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT");
        for (String f : List.of("icebergAllowed", "ocoAllowed", "otoAllowed", "quoteOrderQtyMarketAllowed",
                "allowTrailingStop", "cancelReplaceAllowed", "isSpotTradingAllowed", "isMarginTradingAllowed")) {
            assertThat(s.path(f).isBoolean()).as(f).isTrue();
        }
        JsonNode price = filter(s, "PRICE_FILTER");
        assertThat(price.path("tickSize").asText()).isEqualTo("0.01000000");
        assertThat(price.path("minPrice").isTextual()).isTrue();
        JsonNode lot = filter(s, "LOT_SIZE");
        assertThat(lot.path("stepSize").asText()).isEqualTo("0.00100000");
        assertThat(filter(s, "NOTIONAL").path("applyMinToMarket").isBoolean()).isTrue();
        assertThat(s.path("permissionSets").isArray()).isTrue();
        assertThat(s.path("defaultSelfTradePreventionMode").isTextual()).isTrue();
        assertThat(s.path("allowedSelfTradePreventionModes").isArray()).isTrue();
        c.assertAllFramesWereJson();
    }

    // ---- market() ------------------------------------------------------------------------------------------

    @Test
    void market() {
        ConnectorWsConnection maker = connect(MAKER_SECRET, MAKER_KEY);
        ConnectorWsConnection taker = connect(TAKER_SECRET, TAKER_KEY);
        // Activity on ETHUSDT: a resting ask of 0.5 at 3000, 0.2 of it bought by a market order.
        maker.client.trade().newOrder("ETHUSDT", "SELL", "LIMIT", params("requestId", "ask", "timeInForce", "GTC",
                "price", "3000.00", "quantity", "0.5000"));
        ok(maker, "ask");
        taker.client.trade().newOrder("ETHUSDT", "BUY", "MARKET", params("requestId", "buy", "quantity", 0.2));
        JsonNode bought = ok(taker, "buy");
        assertThat(bought.path("status").asText()).isEqualTo("FILLED");
        long tradeId = bought.path("fills").get(0).path("tradeId").asLong();

        ConnectorWsConnection c = connect(TAKER_SECRET, TAKER_KEY);
        c.client.market().depth("ETHUSDT", params("requestId", "depth", "limit", 5));
        JsonNode depth = ok(c, "depth");
        assertThat(depth.path("lastUpdateId").isIntegralNumber()).isTrue();
        assertThat(depth.path("bids").isArray()).isTrue();
        JsonNode ask = depth.path("asks").get(0);
        assertThat(ask.isArray()).isTrue();
        assertThat(ask).hasSize(2);
        assertThat(ask.get(0).isTextual()).isTrue();
        assertThat(ask.get(1).isTextual()).isTrue();
        assertThat(depth.path("asks")).extracting(l -> l.get(0).asText()).contains("3000.00000000");

        c.client.market().recentTrades("ETHUSDT", params("requestId", "recent", "limit", 10));
        JsonNode recent = ok(c, "recent");
        assertThat(recent.isArray()).isTrue();
        JsonNode ours = null;
        for (JsonNode t : recent) {
            assertTrade(t);
            if (t.path("id").asLong() == tradeId) {
                ours = t;
            }
        }
        assertThat(ours).as("our trade in %s", recent).isNotNull();
        assertThat(ours.path("price").asText()).isEqualTo("3000.00000000");
        assertThat(ours.path("qty").asText()).isEqualTo("0.20000000");
        assertThat(ours.path("quoteQty").asText()).isEqualTo("600.00000000");
        assertThat(ours.path("isBuyerMaker").asBoolean()).isFalse();

        c.client.market().historicalTrades("ETHUSDT", params("requestId", "historical", "fromId", tradeId,
                "limit", 5));
        JsonNode historical = ok(c, "historical");
        assertThat(historical.isArray()).isTrue();
        assertThat(historical.get(0).path("id").asLong()).isEqualTo(tradeId);
        historical.forEach(OfficialConnectorWsApiCoverageTest::assertTrade);

        c.client.market().aggTrades("ETHUSDT", params("requestId", "agg", "limit", 10));
        JsonNode agg = ok(c, "agg");
        assertThat(agg.isArray()).isTrue();
        assertThat(agg).isNotEmpty();
        for (JsonNode a : agg) {
            assertThat(a.path("a").isIntegralNumber()).as(a.toString()).isTrue();
            assertThat(a.path("p").isTextual()).isTrue();
            assertThat(a.path("q").isTextual()).isTrue();
            assertThat(a.path("f").isIntegralNumber()).isTrue();
            assertThat(a.path("l").isIntegralNumber()).isTrue();
            assertThat(a.path("T").isIntegralNumber()).isTrue();
            assertThat(a.path("m").isBoolean()).isTrue();
            assertThat(a.path("M").isBoolean()).isTrue();
        }

        c.client.market().klines("ETHUSDT", "1m", params("requestId", "klines", "limit", 2));
        assertKlines(ok(c, "klines"));
        c.client.market().uiKlines("ETHUSDT", "1h", params("requestId", "uiKlines", "limit", 2));
        assertKlines(ok(c, "uiKlines"));

        c.client.market().avgPrice("ETHUSDT", params("requestId", "avg"));
        JsonNode avg = ok(c, "avg");
        assertThat(avg.path("mins").isIntegralNumber()).isTrue();
        assertThat(avg.path("price").isTextual()).isTrue();
        assertThat(new BigDecimal(avg.path("price").asText())).isPositive();
        assertThat(avg.path("closeTime").isIntegralNumber()).isTrue();

        c.client.market().ticker24H(params("requestId", "24h", "symbol", "ETHUSDT"));
        JsonNode day = ok(c, "24h");
        assertThat(day.path("symbol").asText()).isEqualTo("ETHUSDT");
        assertTextual(day, "priceChange", "priceChangePercent", "weightedAvgPrice", "prevClosePrice", "lastPrice",
                "lastQty", "bidPrice", "bidQty", "askPrice", "askQty", "openPrice", "highPrice", "lowPrice", "volume",
                "quoteVolume");
        assertIntegral(day, "openTime", "closeTime", "firstId", "lastId", "count");
        assertThat(day.path("lastPrice").asText()).isEqualTo("3000.00000000");
        assertThat(day.path("count").asLong()).isPositive();

        c.client.market().ticker24H(params("requestId", "24h-mini", "symbols", List.of("ETHUSDT", "BTCUSDT"),
                "type", "MINI"));
        JsonNode minis = ok(c, "24h-mini");
        assertThat(minis.isArray()).isTrue();
        assertThat(minis).extracting(t -> t.path("symbol").asText()).containsExactlyInAnyOrder("ETHUSDT", "BTCUSDT");
        for (JsonNode m : minis) {
            assertTextual(m, "openPrice", "highPrice", "lowPrice", "lastPrice", "volume", "quoteVolume");
            assertIntegral(m, "openTime", "closeTime", "firstId", "lastId", "count");
        }

        c.client.market().ticker(params("requestId", "rolling", "symbol", "ETHUSDT", "windowSize", "1h"));
        assertRollingTicker(ok(c, "rolling"));

        c.client.market().tickerTradingDay(params("requestId", "trading-day", "symbol", "ETHUSDT"));
        assertRollingTicker(ok(c, "trading-day"));

        c.client.market().tickerPrice(params("requestId", "price", "symbol", "ETHUSDT"));
        JsonNode p = ok(c, "price");
        assertThat(p.path("symbol").asText()).isEqualTo("ETHUSDT");
        assertThat(p.path("price").asText()).isEqualTo("3000.00000000");
        c.client.market().tickerPrice(params("requestId", "prices"));
        JsonNode prices = ok(c, "prices");
        assertThat(prices.isArray()).isTrue();
        assertThat(prices).extracting(t -> t.path("symbol").asText()).contains("ETHUSDT", "BTCUSDT", "ETHBTC");
        prices.forEach(t -> assertThat(t.path("price").isTextual()).isTrue());

        c.client.market().tickerBook(params("requestId", "book", "symbol", "ETHUSDT"));
        JsonNode book = ok(c, "book");
        assertThat(book.path("symbol").asText()).isEqualTo("ETHUSDT");
        assertTextual(book, "bidPrice", "bidQty", "askPrice", "askQty");
        c.client.market().tickerBook(params("requestId", "books", "symbols", List.of("ETHUSDT")));
        assertThat(ok(c, "books").isArray()).isTrue();

        maker.client.trade().cancelAllOpenOrders("ETHUSDT", params("requestId", "cleanup"));
        ok(maker, "cleanup");
        maker.assertAllFramesWereJson();
        taker.assertAllFramesWereJson();
        c.assertAllFramesWereJson();
    }

    // ---- trade(): single orders ---------------------------------------------------------------------------

    @Test
    void tradeSingleOrders() {
        ConnectorWsConnection c = connect(TRADER_SECRET, TRADER_KEY);
        c.client.trade().testNewOrder("BTCUSDT", "BUY", "LIMIT", params("requestId", "test", "timeInForce", "GTC",
                "price", 59000.0, "quantity", 0.001));
        JsonNode test = ok(c, "test");
        assertThat(test.isObject()).isTrue();
        assertThat(test.size()).isZero();

        c.client.trade().testNewOrder("BTCUSDT", "BUY", "LIMIT", params("requestId", "test-rates",
                "timeInForce", "GTC", "price", "59000", "quantity", "0.001", "computeCommissionRates", true));
        JsonNode rates = ok(c, "test-rates");
        assertRates(rates.path("standardCommissionForOrder"), "maker", "taker");
        assertRates(rates.path("taxCommissionForOrder"), "maker", "taker");
        assertDiscount(rates.path("discount"));

        c.client.trade().newOrder("BTCUSDT", "BUY", "LIMIT", params("requestId", "place", "timeInForce", "GTC",
                "price", 59000.0, "quantity", 0.001, "newClientOrderId", "cov-first", "newOrderRespType", "RESULT"));
        JsonNode placed = ok(c, "place");
        assertOrder(placed, "NEW", "59000.00000000", "0.00100000");
        assertThat(placed.path("clientOrderId").asText()).isEqualTo("cov-first");
        assertThat(placed.path("transactTime").isIntegralNumber()).isTrue();
        assertThat(placed.path("workingTime").isIntegralNumber()).isTrue();
        assertThat(placed.has("fills")).isFalse();
        long firstId = placed.path("orderId").asLong();

        c.client.trade().getOrder("BTCUSDT", params("requestId", "status", "orderId", firstId));
        JsonNode status = ok(c, "status");
        assertOrder(status, "NEW", "59000.00000000", "0.00100000");
        assertIntegral(status, "time", "updateTime", "workingTime");
        assertThat(status.path("isWorking").isBoolean()).isTrue();
        assertTextual(status, "stopPrice", "icebergQty", "origQuoteOrderQty");

        c.client.trade().cancelReplaceOrder("BTCUSDT", "STOP_ON_FAILURE", "BUY", "LIMIT",
                params("requestId", "replace", "cancelOrderId", firstId, "timeInForce", "GTC", "price", 58000.0,
                        "quantity", 0.002, "newClientOrderId", "cov-second"));
        JsonNode replaced = ok(c, "replace");
        assertThat(replaced.path("cancelResult").asText()).isEqualTo("SUCCESS");
        assertThat(replaced.path("newOrderResult").asText()).isEqualTo("SUCCESS");
        JsonNode canceledFirst = replaced.path("cancelResponse");
        assertOrder(canceledFirst, "CANCELED", "59000.00000000", "0.00100000");
        assertThat(canceledFirst.path("origClientOrderId").asText()).isEqualTo("cov-first");
        JsonNode second = replaced.path("newOrderResponse");
        assertOrder(second, "NEW", "58000.00000000", "0.00200000");
        assertThat(second.path("clientOrderId").asText()).isEqualTo("cov-second");
        long secondId = second.path("orderId").asLong();

        c.client.trade().newOrder("BTCUSDT", "BUY", "LIMIT", params("requestId", "third", "timeInForce", "GTC",
                "price", "57000", "quantity", "0.001"));
        JsonNode third = ok(c, "third");
        assertThat(third.path("fills").isArray()).isTrue(); // LIMIT defaults to FULL
        long thirdId = third.path("orderId").asLong();

        c.client.trade().getOpenOrders(params("requestId", "open", "symbol", "BTCUSDT"));
        JsonNode openOrders = ok(c, "open");
        assertThat(openOrders.isArray()).isTrue();
        assertThat(openOrders).extracting(o -> o.path("orderId").asLong()).containsExactlyInAnyOrder(secondId, thirdId);
        openOrders.forEach(o -> assertThat(o.path("status").asText()).isEqualTo("NEW"));
        c.client.trade().getOpenOrders(params("requestId", "open-all"));
        assertThat(ok(c, "open-all")).hasSize(2);

        c.client.trade().cancelOrder("BTCUSDT", params("requestId", "cancel", "origClientOrderId", "cov-second"));
        JsonNode canceled = ok(c, "cancel");
        assertOrder(canceled, "CANCELED", "58000.00000000", "0.00200000");
        assertThat(canceled.path("orderId").asLong()).isEqualTo(secondId);
        assertThat(canceled.path("origClientOrderId").asText()).isEqualTo("cov-second");
        assertThat(canceled.path("transactTime").isIntegralNumber()).isTrue();

        c.client.trade().cancelAllOpenOrders("BTCUSDT", params("requestId", "cancel-all"));
        JsonNode all = ok(c, "cancel-all");
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(1);
        assertOrder(all.get(0), "CANCELED", "57000.00000000", "0.00100000");
        assertThat(all.get(0).path("orderId").asLong()).isEqualTo(thirdId);

        c.client.trade().getOpenOrders(params("requestId", "open-after", "symbol", "BTCUSDT"));
        assertThat(ok(c, "open-after")).isEmpty();
        c.assertAllFramesWereJson();
    }

    // ---- trade(): order lists -----------------------------------------------------------------------------

    @Test
    void tradeOrderLists() {
        ConnectorWsConnection c = connect(LISTS_SECRET, LISTS_KEY);
        // The connector's only list call is the deprecated orderList.place (SELL: limit above, stop below 60000).
        c.client.trade().newOcoOrder("BTCUSDT", "SELL", 61000.0, 0.001, params("requestId", "oco",
                "stopPrice", 59000.0, "stopLimitPrice", 58900.0, "stopLimitTimeInForce", "GTC",
                "listClientOrderId", "cov-oco", "limitClientOrderId", "cov-oco-limit",
                "stopClientOrderId", "cov-oco-stop", "newOrderRespType", "RESULT"));
        JsonNode oco = ok(c, "oco");
        assertListHead(oco, "EXEC_STARTED", "EXECUTING");
        assertThat(oco.path("listClientOrderId").asText()).isEqualTo("cov-oco");
        assertThat(oco.path("orders")).hasSize(2);
        JsonNode reports = oco.path("orderReports");
        assertThat(reports).hasSize(2);
        JsonNode limit = report(reports, "LIMIT_MAKER");
        assertThat(limit.path("clientOrderId").asText()).isEqualTo("cov-oco-limit");
        assertThat(limit.path("price").asText()).isEqualTo("61000.00000000");
        assertThat(limit.path("origQty").asText()).isEqualTo("0.00100000");
        assertThat(limit.path("side").asText()).isEqualTo("SELL");
        assertThat(limit.path("status").asText()).isEqualTo("NEW");
        JsonNode stop = report(reports, "STOP_LOSS_LIMIT");
        assertThat(stop.path("clientOrderId").asText()).isEqualTo("cov-oco-stop");
        assertThat(stop.path("price").asText()).isEqualTo("58900.00000000");
        assertThat(stop.path("stopPrice").asText()).isEqualTo("59000.00000000");
        assertThat(stop.path("timeInForce").asText()).isEqualTo("GTC");
        assertThat(stop.path("side").asText()).isEqualTo("SELL");
        for (JsonNode r : reports) {
            assertThat(r.path("orderListId").asLong()).isEqualTo(oco.path("orderListId").asLong());
            assertIntegral(r, "orderId", "transactTime", "workingTime");
            assertTextual(r, "executedQty", "cummulativeQuoteQty", "origQuoteOrderQty", "selfTradePreventionMode");
        }
        long listId = oco.path("orderListId").asLong();

        c.client.trade().getOcoOrder(params("requestId", "list-status", "orderListId", listId));
        JsonNode status = ok(c, "list-status");
        assertListHead(status, "EXEC_STARTED", "EXECUTING");
        assertThat(status.path("orderListId").asLong()).isEqualTo(listId);
        assertThat(status.has("orderReports")).isFalse();
        c.client.trade().getOcoOrder(params("requestId", "list-status-cid", "origClientOrderId", "cov-oco"));
        assertThat(ok(c, "list-status-cid").path("orderListId").asLong()).isEqualTo(listId);

        c.client.trade().getOpenOcoOrders(params("requestId", "open-lists"));
        JsonNode open = ok(c, "open-lists");
        assertThat(open.isArray()).isTrue();
        assertThat(open).extracting(l -> l.path("orderListId").asLong()).containsExactly(listId);
        assertListHead(open.get(0), "EXEC_STARTED", "EXECUTING");

        c.client.trade().cancelOcoOrder("BTCUSDT", params("requestId", "list-cancel", "orderListId", listId));
        JsonNode canceled = ok(c, "list-cancel");
        assertListHead(canceled, "ALL_DONE", "ALL_DONE");
        assertThat(canceled.path("orderReports")).hasSize(2);
        canceled.path("orderReports").forEach(r -> {
            assertThat(r.path("status").asText()).isEqualTo("CANCELED");
            assertThat(r.path("origClientOrderId").isTextual()).isTrue();
        });

        // BUY: limit below, stop above; no stopLimitPrice makes the stop leg a STOP_LOSS. Canceled by client id.
        c.client.trade().newOcoOrder("BTCUSDT", "BUY", 59000.0, 0.001, params("requestId", "oco-buy",
                "stopPrice", "61000", "listClientOrderId", "cov-oco-buy"));
        JsonNode buy = ok(c, "oco-buy");
        assertListHead(buy, "EXEC_STARTED", "EXECUTING");
        assertThat(report(buy.path("orderReports"), "LIMIT_MAKER").path("price").asText())
                .isEqualTo("59000.00000000");
        JsonNode stopLoss = report(buy.path("orderReports"), "STOP_LOSS");
        assertThat(stopLoss.path("stopPrice").asText()).isEqualTo("61000.00000000");
        assertThat(stopLoss.path("side").asText()).isEqualTo("BUY");
        c.client.trade().cancelOcoOrder("BTCUSDT", params("requestId", "oco-buy-cancel",
                "listClientOrderId", "cov-oco-buy"));
        assertListHead(ok(c, "oco-buy-cancel"), "ALL_DONE", "ALL_DONE");

        // SELL with the limit leg below the market breaks the documented price relation.
        c.client.trade().newOcoOrder("BTCUSDT", "SELL", 59000.0, 0.001, params("requestId", "oco-bad",
                "stopPrice", 58000.0));
        JsonNode bad = c.response("oco-bad");
        assertThat(bad.path("status").asInt()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.path("error").path("code").asInt()).isEqualTo(-2010);
        assertThat(bad.path("error").path("msg").asText())
                .isEqualTo("The relationship of the prices for the orders is not correct.");

        c.client.trade().getOpenOcoOrders(params("requestId", "open-lists-after"));
        assertThat(ok(c, "open-lists-after")).isEmpty();
        c.assertAllFramesWereJson();
    }

    // ---- trade(): SOR ------------------------------------------------------------------------------------

    @Test
    void tradeSor() {
        ConnectorWsConnection maker = connect(MAKER_SECRET, MAKER_KEY);
        ConnectorWsConnection c = connect(SOR_SECRET, SOR_KEY);
        c.client.trade().testNewSorOrder("ETHBTC", "BUY", "LIMIT", 0.01, params("requestId", "sor-test",
                "timeInForce", "GTC", "price", 0.05));
        JsonNode test = ok(c, "sor-test");
        assertThat(test.isObject()).isTrue();
        assertThat(test.size()).isZero();
        c.client.trade().testNewSorOrder("ETHBTC", "BUY", "MARKET", 0.01, params("requestId", "sor-test-rates",
                "computeCommissionRates", true));
        JsonNode rates = ok(c, "sor-test-rates");
        assertRates(rates.path("standardCommissionForOrder"), "maker", "taker");
        assertThat(rates.has("taxCommissionForOrder")).isTrue();

        maker.client.trade().newOrder("ETHBTC", "SELL", "LIMIT", params("requestId", "ask", "timeInForce", "GTC",
                "price", "0.05000", "quantity", "0.0100"));
        ok(maker, "ask");
        c.client.trade().newSorOrder("ETHBTC", "BUY", "MARKET", 0.01, params("requestId", "sor"));
        JsonNode placed = ok(c, "sor");
        assertThat(placed.isArray()).as(placed.toString()).isTrue();
        assertThat(placed).hasSize(1);
        JsonNode o = placed.get(0);
        assertThat(o.path("symbol").asText()).isEqualTo("ETHBTC");
        assertThat(o.path("status").asText()).isEqualTo("FILLED");
        assertThat(o.path("type").asText()).isEqualTo("MARKET");
        assertThat(o.path("executedQty").asText()).isEqualTo("0.01000000");
        assertThat(o.path("cummulativeQuoteQty").asText()).isEqualTo("0.00050000");
        assertIntegral(o, "orderId", "orderListId", "transactTime", "workingTime");
        assertTextual(o, "clientOrderId", "price", "origQty", "origQuoteOrderQty", "timeInForce", "side",
                "selfTradePreventionMode");
        assertThat(o.path("workingFloor").asText()).isEqualTo("SOR");
        assertThat(o.path("usedSor").asBoolean()).isTrue();
        JsonNode fill = o.path("fills").get(0);
        assertThat(fill.path("matchType").asText()).isEqualTo("ONE_PARTY_TRADE_REPORT");
        assertThat(fill.path("price").asText()).isEqualTo("0.05000000");
        assertThat(fill.path("qty").asText()).isEqualTo("0.01000000");
        assertTextual(fill, "commission", "commissionAsset");
        assertIntegral(fill, "tradeId", "allocId");
        maker.assertAllFramesWereJson();
        c.assertAllFramesWereJson();
    }

    // ---- account() ---------------------------------------------------------------------------------------

    @Test
    void account() {
        ConnectorWsConnection maker = connect(MAKER_SECRET, MAKER_KEY);
        ConnectorWsConnection c = connect(ACCOUNT_SECRET, ACCOUNT_KEY);
        // History on BNBUSDT: a fill against the maker, a self-trade prevented, an OCO placed and canceled.
        maker.client.trade().newOrder("BNBUSDT", "SELL", "LIMIT", params("requestId", "ask", "timeInForce", "GTC",
                "price", "600.00", "quantity", "0.100"));
        ok(maker, "ask");
        c.client.trade().newOrder("BNBUSDT", "BUY", "LIMIT", params("requestId", "buy", "timeInForce", "GTC",
                "price", "600.00", "quantity", "0.100", "newOrderRespType", "FULL"));
        JsonNode buy = ok(c, "buy");
        assertThat(buy.path("status").asText()).isEqualTo("FILLED");
        long buyId = buy.path("orderId").asLong();

        c.client.trade().newOrder("BNBUSDT", "SELL", "LIMIT", params("requestId", "own-ask", "timeInForce", "GTC",
                "price", "650.00", "quantity", "0.050"));
        long ownAskId = ok(c, "own-ask").path("orderId").asLong();
        c.client.trade().newOrder("BNBUSDT", "BUY", "LIMIT", params("requestId", "self", "timeInForce", "GTC",
                "price", "650.00", "quantity", "0.050", "selfTradePreventionMode", "EXPIRE_TAKER"));
        JsonNode self = ok(c, "self");
        assertThat(self.path("status").asText()).isEqualTo("EXPIRED_IN_MATCH");
        long selfId = self.path("orderId").asLong();

        c.client.trade().newOcoOrder("BNBUSDT", "SELL", 700.0, 0.01, params("requestId", "oco", "stopPrice", 550.0));
        JsonNode oco = ok(c, "oco");
        long listId = oco.path("orderListId").asLong();
        c.client.trade().cancelOcoOrder("BNBUSDT", params("requestId", "oco-cancel", "orderListId", listId));
        ok(c, "oco-cancel");

        c.client.account().accountStatus(params("requestId", "status"));
        JsonNode status = ok(c, "status");
        assertIntegral(status, "makerCommission", "takerCommission", "buyerCommission", "sellerCommission",
                "updateTime", "uid");
        for (String f : List.of("canTrade", "canWithdraw", "canDeposit", "brokered", "requireSelfTradePrevention",
                "preventSor")) {
            assertThat(status.path(f).isBoolean()).as(f).isTrue();
        }
        assertRates(status.path("commissionRates"), "maker", "taker", "buyer", "seller");
        assertThat(status.path("accountType").asText()).isEqualTo("SPOT");
        assertThat(status.path("permissions").isArray()).isTrue();
        assertThat(status.path("balances")).extracting(b -> b.path("asset").asText()).contains("BNB", "USDT");
        for (JsonNode b : status.path("balances")) {
            assertTextual(b, "asset", "free", "locked");
        }

        c.client.account().accountRateLimitsOrders(params("requestId", "order-limits"));
        JsonNode limits = ok(c, "order-limits");
        assertThat(limits.isArray()).isTrue();
        assertThat(limits).isNotEmpty();
        for (JsonNode l : limits) {
            assertThat(l.path("rateLimitType").asText()).isEqualTo("ORDERS");
            assertThat(l.path("interval").isTextual()).isTrue();
            assertIntegral(l, "intervalNum", "limit", "count");
        }
        assertThat(limits).anySatisfy(l -> assertThat(l.path("count").asLong()).isPositive());

        c.client.account().accountAllOrders("BNBUSDT", params("requestId", "all-orders"));
        JsonNode orders = ok(c, "all-orders");
        assertThat(orders.isArray()).isTrue();
        assertThat(orders).extracting(o -> o.path("orderId").asLong()).contains(buyId, ownAskId, selfId);
        for (JsonNode o : orders) {
            assertThat(o.path("symbol").asText()).isEqualTo("BNBUSDT");
            assertIntegral(o, "orderId", "orderListId", "time", "updateTime", "workingTime");
            assertTextual(o, "clientOrderId", "price", "origQty", "executedQty", "cummulativeQuoteQty", "status",
                    "type", "side", "stopPrice", "icebergQty", "origQuoteOrderQty", "selfTradePreventionMode");
            assertThat(o.path("isWorking").isBoolean()).isTrue();
        }

        c.client.account().accountAllOcoOrders(params("requestId", "all-lists"));
        JsonNode lists = ok(c, "all-lists");
        assertThat(lists.isArray()).isTrue();
        assertThat(lists).extracting(l -> l.path("orderListId").asLong()).contains(listId);
        lists.forEach(l -> assertThat(l.path("orders")).hasSize(2));

        c.client.account().accountTradeHistory("BNBUSDT", params("requestId", "trades", "orderId", buyId));
        JsonNode trades = ok(c, "trades");
        assertThat(trades).hasSize(1);
        JsonNode t = trades.get(0);
        assertThat(t.path("symbol").asText()).isEqualTo("BNBUSDT");
        assertThat(t.path("orderId").asLong()).isEqualTo(buyId);
        assertThat(t.path("price").asText()).isEqualTo("600.00000000");
        assertThat(t.path("qty").asText()).isEqualTo("0.10000000");
        assertThat(t.path("quoteQty").asText()).isEqualTo("60.00000000");
        assertThat(t.path("isBuyer").asBoolean()).isTrue();
        assertThat(t.path("isMaker").asBoolean()).isFalse();
        assertThat(t.path("isBestMatch").isBoolean()).isTrue();
        assertIntegral(t, "id", "orderListId", "time");
        assertTextual(t, "commission", "commissionAsset");

        c.client.account().accountPreventedMatches("BNBUSDT", params("requestId", "prevented", "orderId", selfId));
        JsonNode prevented = ok(c, "prevented");
        assertThat(prevented).hasSize(1);
        JsonNode pm = prevented.get(0);
        assertThat(pm.path("symbol").asText()).isEqualTo("BNBUSDT");
        assertThat(pm.path("takerOrderId").asLong()).isEqualTo(selfId);
        assertThat(pm.path("makerOrderId").asLong()).isEqualTo(ownAskId);
        assertThat(pm.path("makerSymbol").asText()).isEqualTo("BNBUSDT");
        assertThat(pm.path("selfTradePreventionMode").asText()).isEqualTo("EXPIRE_TAKER");
        assertThat(pm.path("price").asText()).isEqualTo("650.00000000");
        // Which side's quantity is reported depends on the mode (both optional in the SBE schema's
        // myPreventedMatches group): EXPIRE_TAKER prevents the taker's quantity only.
        assertThat(pm.path("takerPreventedQuantity").asText()).isEqualTo("0.05000000");
        assertThat(pm.has("makerPreventedQuantity")).isFalse();
        assertIntegral(pm, "preventedMatchId", "tradeGroupId", "transactTime");
        c.client.account().accountPreventedMatches("BNBUSDT", params("requestId", "prevented-id",
                "preventedMatchId", pm.path("preventedMatchId").asLong()));
        assertThat(ok(c, "prevented-id")).hasSize(1);

        c.client.account().accountCommissionRates("BNBUSDT", params("requestId", "commission"));
        JsonNode commission = ok(c, "commission");
        assertThat(commission.path("symbol").asText()).isEqualTo("BNBUSDT");
        assertRates(commission.path("standardCommission"), "maker", "taker", "buyer", "seller");
        assertRates(commission.path("taxCommission"), "maker", "taker", "buyer", "seller");
        assertDiscount(commission.path("discount"));

        c.client.trade().cancelAllOpenOrders("BNBUSDT", params("requestId", "cleanup"));
        ok(c, "cleanup");
        maker.assertAllFramesWereJson();
        c.assertAllFramesWereJson();
    }

    /** myAllocations (documented, weight 20): the SOR allocations of the account. */
    @Test
    void accountAllocations() {
        ConnectorWsConnection maker = connect(MAKER_SECRET, MAKER_KEY);
        ConnectorWsConnection c = connect(SOR_SECRET, SOR_KEY);
        maker.client.trade().newOrder("ETHBTC", "SELL", "LIMIT", params("requestId", "ask", "timeInForce", "GTC",
                "price", "0.05100", "quantity", "0.0100"));
        ok(maker, "ask");
        c.client.trade().newSorOrder("ETHBTC", "BUY", "MARKET", 0.01, params("requestId", "sor"));
        long orderId = ok(c, "sor").get(0).path("orderId").asLong();
        c.client.account().accountAllocations("ETHBTC", params("requestId", "allocations", "orderId", orderId));
        JsonNode allocations = ok(c, "allocations");
        assertThat(allocations).hasSize(1);
        JsonNode a = allocations.get(0);
        assertThat(a.path("symbol").asText()).isEqualTo("ETHBTC");
        assertThat(a.path("allocationType").asText()).isEqualTo("SOR");
        assertThat(a.path("orderId").asLong()).isEqualTo(orderId);
        assertIntegral(a, "allocationId", "orderListId", "time");
        assertTextual(a, "price", "qty", "quoteQty", "commission", "commissionAsset");
        for (String f : List.of("isBuyer", "isMaker", "isAllocator")) {
            assertThat(a.path(f).isBoolean()).as(f).isTrue();
        }
    }

    // ---- userDataStream() ----------------------------------------------------------------------------------

    /**
     * The connector's listenKey methods: Binance removed userDataStream.start/ping/stop from the WS API on
     * 2026-02-20 (CHANGELOG 2026-01-21); the simulator answers them as the unknown methods they now are.
     */
    @Test
    void userDataStreamMethodsWereRemovedByBinance() {
        ConnectorWsConnection c = connect(TAKER_SECRET, TAKER_KEY);
        c.client.userDataStream().userDataStreamStart(params("requestId", "start"));
        assertUnsupported(c.response("start"));
        c.client.userDataStream().userDataStreamPing("a-listen-key", params("requestId", "keepalive"));
        assertUnsupported(c.response("keepalive"));
        c.client.userDataStream().userDataStreamStop("a-listen-key", params("requestId", "stop"));
        assertUnsupported(c.response("stop"));
        c.assertAllFramesWereJson();
    }

    // ---- auth() ------------------------------------------------------------------------------------------

    @Test
    void auth() throws IOException {
        ConnectorWsConnection c = connect(new Ed25519SignatureGenerator(ed25519PemPath), ed25519Key);
        c.client.auth().logon(params("requestId", "logon"));
        JsonNode logon = ok(c, "logon");
        assertThat(logon.path("apiKey").asText()).isEqualTo(ed25519Key);
        assertIntegral(logon, "authorizedSince", "connectedSince", "serverTime");
        assertThat(logon.path("returnRateLimits").isBoolean()).isTrue();
        assertThat(logon.path("userDataStream").isBoolean()).isTrue();
        assertThat(c.sessionStatus()).isTrue();

        c.client.auth().status(params("requestId", "status"));
        JsonNode status = ok(c, "status");
        assertThat(status.path("apiKey").asText()).isEqualTo(ed25519Key);
        assertThat(status.path("authorizedSince").asLong()).isEqualTo(logon.path("authorizedSince").asLong());
        assertIntegral(status, "connectedSince", "serverTime");
        assertThat(status.path("returnRateLimits").isBoolean()).isTrue();
        assertThat(status.path("userDataStream").isBoolean()).isTrue();

        c.client.auth().logout(params("requestId", "logout"));
        JsonNode logout = ok(c, "logout");
        assertThat(logout.path("apiKey").isNull()).isTrue();
        assertThat(logout.path("authorizedSince").isNull()).isTrue();
        assertIntegral(logout, "connectedSince", "serverTime");
        assertThat(c.sessionStatus()).isFalse();
        c.assertAllFramesWereJson();
    }

    // ---- assertions --------------------------------------------------------------------------------------

    /** The response's result after checking status 200, no error and a rateLimits array. */
    private static JsonNode ok(ConnectorWsConnection c, String id) {
        JsonNode resp = c.response(id);
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(200);
        assertThat(resp.has("error")).as(resp.toString()).isFalse();
        assertThat(resp.path("id").asText()).isEqualTo(id);
        assertThat(resp.path("rateLimits").isArray()).as(resp.toString()).isTrue();
        assertThat(resp.has("result")).as(resp.toString()).isTrue();
        return resp.path("result");
    }

    private static void assertUnsupported(JsonNode resp) {
        assertThat(resp.path("status").asInt()).as(resp.toString()).isEqualTo(400);
        assertThat(resp.path("error").path("code").isIntegralNumber()).isTrue();
        assertThat(resp.path("error").path("code").asInt()).isEqualTo(-1020);
        assertThat(resp.path("error").path("msg").asText()).isEqualTo("This operation is not supported.");
        assertThat(resp.has("result")).isFalse();
    }

    private static void assertTextual(JsonNode node, String... fields) {
        for (String f : fields) {
            assertThat(node.path(f).isTextual()).as("%s is a string in %s", f, node).isTrue();
        }
    }

    private static void assertIntegral(JsonNode node, String... fields) {
        for (String f : fields) {
            assertThat(node.path(f).isIntegralNumber()).as("%s is an integer in %s", f, node).isTrue();
        }
    }

    private static JsonNode filter(JsonNode symbol, String type) {
        for (JsonNode f : symbol.path("filters")) {
            if (f.path("filterType").asText().equals(type)) {
                return f;
            }
        }
        throw new AssertionError("no " + type + " in " + symbol);
    }

    private static void assertTrade(JsonNode t) {
        assertIntegral(t, "id", "time");
        assertTextual(t, "price", "qty", "quoteQty");
        assertThat(t.path("isBuyerMaker").isBoolean()).as(t.toString()).isTrue();
        assertThat(t.path("isBestMatch").isBoolean()).as(t.toString()).isTrue();
    }

    private static void assertKlines(JsonNode klines) {
        assertThat(klines.isArray()).isTrue();
        assertThat(klines).isNotEmpty();
        for (JsonNode k : klines) {
            assertThat(k).as(k.toString()).hasSize(12);
            assertThat(k.get(0).isIntegralNumber()).isTrue();
            for (int i = 1; i <= 5; i++) {
                assertThat(k.get(i).isTextual()).as("kline[%d] in %s", i, k).isTrue();
            }
            assertThat(k.get(6).isIntegralNumber()).isTrue();
            assertThat(k.get(7).isTextual()).isTrue();
            assertThat(k.get(8).isIntegralNumber()).isTrue();
            assertThat(k.get(9).isTextual()).isTrue();
            assertThat(k.get(10).isTextual()).isTrue();
            assertThat(k.get(11).isTextual()).isTrue();
        }
    }

    private static void assertRollingTicker(JsonNode t) {
        assertThat(t.path("symbol").asText()).isEqualTo("ETHUSDT");
        assertTextual(t, "priceChange", "priceChangePercent", "weightedAvgPrice", "openPrice", "highPrice",
                "lowPrice", "lastPrice", "volume", "quoteVolume");
        assertIntegral(t, "openTime", "closeTime", "firstId", "lastId", "count");
        assertThat(t.path("lastPrice").asText()).isEqualTo("3000.00000000");
    }

    private static void assertOrder(JsonNode o, String status, String price, String origQty) {
        assertThat(o.path("symbol").asText()).as(o.toString()).isEqualTo("BTCUSDT");
        assertIntegral(o, "orderId", "orderListId");
        assertThat(o.path("orderListId").asLong()).isEqualTo(-1L);
        assertTextual(o, "clientOrderId", "executedQty", "cummulativeQuoteQty", "timeInForce", "type", "side",
                "selfTradePreventionMode");
        assertThat(o.path("status").asText()).as(o.toString()).isEqualTo(status);
        assertThat(o.path("price").asText()).isEqualTo(price);
        assertThat(o.path("origQty").asText()).isEqualTo(origQty);
    }

    private static void assertRates(JsonNode rates, String... fields) {
        assertThat(rates.isObject()).as(rates.toString()).isTrue();
        for (String f : fields) {
            assertThat(rates.path(f).isTextual()).as("%s in %s", f, rates).isTrue();
            assertThat(new BigDecimal(rates.path(f).asText())).isNotNegative();
        }
    }

    private static void assertDiscount(JsonNode d) {
        assertThat(d.path("enabledForAccount").isBoolean()).as(d.toString()).isTrue();
        assertThat(d.path("enabledForSymbol").isBoolean()).isTrue();
        assertTextual(d, "discountAsset", "discount");
    }

    private static void assertListHead(JsonNode list, String listStatusType, String listOrderStatus) {
        assertIntegral(list, "orderListId", "transactionTime");
        assertThat(list.path("contingencyType").asText()).as(list.toString()).isEqualTo("OCO");
        assertThat(list.path("listStatusType").asText()).isEqualTo(listStatusType);
        assertThat(list.path("listOrderStatus").asText()).isEqualTo(listOrderStatus);
        assertThat(list.path("listClientOrderId").isTextual()).isTrue();
        assertThat(list.path("symbol").isTextual()).isTrue();
        assertThat(list.path("orders")).hasSize(2);
        for (JsonNode o : list.path("orders")) {
            assertThat(o.path("symbol").asText()).isEqualTo(list.path("symbol").asText());
            assertThat(o.path("orderId").isIntegralNumber()).isTrue();
            assertThat(o.path("clientOrderId").isTextual()).isTrue();
        }
    }

    private static JsonNode report(JsonNode reports, String type) {
        for (JsonNode r : reports) {
            if (r.path("type").asText().equals(type)) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " report in " + reports);
    }

    // ---- connector plumbing (as in OfficialConnectorWsApiTest) ----------------------------------------------

    private ConnectorWsConnection connect(String secret, String apiKey) {
        return connect(new HmacSignatureGenerator(secret), apiKey);
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

    /** Awaitility tuned for loopback round trips: poll often, give up after {@link #WAIT}. */
    private static ConditionFactory waitUp() {
        return ConnectorWsConnection.waitUp();
    }

}
