package io.tradewire.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.time.ManualClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VenueTest {
    private static final long T0 = 1_700_000_000_000L;

    private final ManualClock clock = new ManualClock(T0);
    private Venue venue;

    @BeforeEach
    void setUp() {
        venue = new Venue(SymbolSpec.defaults(), clock);
        venue.addAccount(AccountSpec.of("alice", Map.of("USDT", bd("100000"), "BTC", bd("1"))));
        venue.addAccount(AccountSpec.of("bob", Map.of("USDT", bd("100000"), "BTC", bd("1"), "ETH", bd("10"))));
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static PlaceOrderCommand.Builder limit(Side side, String price, String qty, TimeInForce tif) {
        return PlaceOrderCommand.builder().symbol("BTCUSDT").side(side).type(OrderType.LIMIT).timeInForce(tif)
                .price(bd(price)).quantity(bd(qty));
    }

    private OrderResult place(String key, PlaceOrderCommand.Builder b) throws VenueException {
        return venue.placeOrder(key, b.build());
    }

    private String free(String key, String asset) {
        return venue.balances(key).get(asset).free().toPlainString();
    }

    private String locked(String key, String asset) {
        return venue.balances(key).get(asset).locked().toPlainString();
    }

    private static void assertVenueError(ThrowingCallable call, int code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VenueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.message()).isEqualTo(message);
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void limitOrderRestsAndLocksQuote() throws Exception {
        OrderResult r = place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC).newClientOrderId("a1"));
        assertThat(r.orderId()).isEqualTo(1);
        assertThat(r.orderListId()).isEqualTo(-1);
        assertThat(r.clientOrderId()).isEqualTo("a1");
        assertThat(r.status()).isEqualTo(OrderStatus.NEW);
        assertThat(r.price().toPlainString()).isEqualTo("50000.00000000");
        assertThat(r.origQty().toPlainString()).isEqualTo("0.10000000");
        assertThat(r.executedQty().toPlainString()).isEqualTo("0.00000000");
        assertThat(r.cummulativeQuoteQty().toPlainString()).isEqualTo("0.00000000");
        assertThat(r.transactTime()).isEqualTo(T0);
        assertThat(r.workingTime()).isEqualTo(T0);
        assertThat(r.selfTradePreventionMode()).isEqualTo(SelfTradePreventionMode.EXPIRE_MAKER);
        assertThat(r.newOrderRespType()).isEqualTo(OrderResponseType.FULL);
        assertThat(r.fills()).isEmpty();
        assertThat(free("alice", "USDT")).isEqualTo("95000.00000000");
        assertThat(locked("alice", "USDT")).isEqualTo("5000.00000000");
    }

    @Test
    void fillMovesBalancesOfBothSidesAtMakerPrice() throws Exception {
        place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC));
        clock.advanceMillis(5);
        OrderResult r = place("bob", limit(Side.SELL, "49000", "0.1", TimeInForce.GTC));
        assertThat(r.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.fills()).hasSize(1);
        Fill f = r.fills().get(0);
        assertThat(f.price().toPlainString()).isEqualTo("50000.00000000");
        assertThat(f.qty().toPlainString()).isEqualTo("0.10000000");
        assertThat(f.commission().toPlainString()).isEqualTo("0.00000000");
        assertThat(f.commissionAsset()).isEqualTo("USDT");
        assertThat(f.tradeId()).isEqualTo(1);
        assertThat(r.cummulativeQuoteQty().toPlainString()).isEqualTo("5000.00000000");

        OrderResult maker = venue.queryOrder("alice", "BTCUSDT", 1, null);
        assertThat(maker.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(maker.updateTime()).isEqualTo(T0 + 5);
        assertThat(maker.time()).isEqualTo(T0);
        assertThat(free("alice", "BTC")).isEqualTo("1.10000000");
        assertThat(free("alice", "USDT")).isEqualTo("95000.00000000");
        assertThat(locked("alice", "USDT")).isEqualTo("0.00000000");
        assertThat(free("bob", "BTC")).isEqualTo("0.90000000");
        assertThat(locked("bob", "BTC")).isEqualTo("0.00000000");
        assertThat(free("bob", "USDT")).isEqualTo("105000.00000000");
    }

    @Test
    void betterPriceReleasesUnusedReservation() throws Exception {
        place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC));
        OrderResult r = place("bob", limit(Side.BUY, "51000", "0.1", TimeInForce.GTC));
        assertThat(r.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(free("bob", "USDT")).isEqualTo("95000.00000000");
        assertThat(locked("bob", "USDT")).isEqualTo("0.00000000");
    }

    @Test
    void partialFillThenCancelReleasesTheRest() throws Exception {
        place("alice", limit(Side.BUY, "50000", "0.2", TimeInForce.GTC).newClientOrderId("mine"));
        place("bob", limit(Side.SELL, "50000", "0.05", TimeInForce.GTC));
        OrderResult q = venue.queryOrder("alice", "BTCUSDT", -1, "mine");
        assertThat(q.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(q.executedQty().toPlainString()).isEqualTo("0.05000000");
        assertThat(q.cummulativeQuoteQty().toPlainString()).isEqualTo("2500.00000000");
        assertThat(locked("alice", "USDT")).isEqualTo("7500.00000000");

        clock.advanceMillis(10);
        OrderResult c = venue.cancelOrder("alice", "BTCUSDT", 1, null, "cxl1");
        assertThat(c.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(c.clientOrderId()).isEqualTo("cxl1");
        assertThat(c.origClientOrderId()).isEqualTo("mine");
        assertThat(c.transactTime()).isEqualTo(T0 + 10);
        assertThat(c.executedQty().toPlainString()).isEqualTo("0.05000000");
        assertThat(locked("alice", "USDT")).isEqualTo("0.00000000");
        assertThat(free("alice", "USDT")).isEqualTo("97500.00000000");

        assertThat(venue.queryOrder("alice", "BTCUSDT", 1, "mine").status()).isEqualTo(OrderStatus.CANCELED);
        assertVenueError(() -> venue.cancelOrder("alice", "BTCUSDT", 1, null, null), -2011, "Unknown order sent.");
        // a client id is free again once its order is done
        assertThat(place("alice", limit(Side.BUY, "40000", "0.1", TimeInForce.GTC).newClientOrderId("mine"))
                .status()).isEqualTo(OrderStatus.NEW);
        assertThat(venue.queryOrder("alice", "BTCUSDT", -1, "mine").orderId()).isEqualTo(3);
    }

    @Test
    void iocExpiresRemainderAndFokIsAllOrNothing() throws Exception {
        place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC));
        OrderResult fok = place("bob", limit(Side.BUY, "50000", "0.2", TimeInForce.FOK));
        assertThat(fok.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(fok.fills()).isEmpty();
        assertThat(free("bob", "USDT")).isEqualTo("100000.00000000");

        OrderResult ioc = place("bob", limit(Side.BUY, "50000", "0.2", TimeInForce.IOC));
        assertThat(ioc.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(ioc.executedQty().toPlainString()).isEqualTo("0.10000000");
        assertThat(ioc.timeInForce()).isEqualTo(TimeInForce.IOC);
        assertThat(free("bob", "USDT")).isEqualTo("95000.00000000");
        assertThat(locked("bob", "USDT")).isEqualTo("0.00000000");
    }

    @Test
    void marketOrdersByQuantityAndByQuote() throws Exception {
        place("alice", limit(Side.SELL, "50000", "0.01", TimeInForce.GTC));
        place("alice", limit(Side.SELL, "50100", "0.01", TimeInForce.GTC));
        OrderResult m = place("bob", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.MARKET).quantity(bd("0.015")));
        assertThat(m.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(m.price().toPlainString()).isEqualTo("0.00000000");
        assertThat(m.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(m.fills()).extracting(f -> f.price().toPlainString())
                .containsExactly("50000.00000000", "50100.00000000");
        assertThat(m.cummulativeQuoteQty().toPlainString()).isEqualTo("750.50000000");
        assertThat(free("bob", "USDT")).isEqualTo("99249.50000000");

        OrderResult q = place("bob", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.MARKET).quoteOrderQty(bd("100")));
        // 100 / 50100 = 0.0019960..., rounded down to the 0.00001 step
        assertThat(q.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(q.executedQty().toPlainString()).isEqualTo("0.00199000");
        assertThat(q.origQuoteOrderQty().toPlainString()).isEqualTo("100.00000000");
        assertThat(q.origQty().toPlainString()).isEqualTo("0.00000000");
        assertThat(q.cummulativeQuoteQty().toPlainString()).isEqualTo("99.69900000");
        assertThat(locked("bob", "USDT")).isEqualTo("0.00000000");

        OrderResult empty = place("bob", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                .type(OrderType.MARKET).quantity(bd("0.001")));
        assertThat(empty.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(locked("bob", "BTC")).isEqualTo("0.00000000");
    }

    @Test
    void marketBuyBeyondBalanceIsRefused() throws Exception {
        venue.addAccount(AccountSpec.of("poor", Map.of("USDT", bd("10"))));
        place("alice", limit(Side.SELL, "50000", "0.01", TimeInForce.GTC));
        assertVenueError(() -> place("poor", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                        .type(OrderType.MARKET).quantity(bd("0.001"))),
                -2010, "Account has insufficient balance for requested action.");
        OrderResult ok = place("poor", PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.MARKET).quantity(bd("0.0002")));
        assertThat(ok.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(free("poor", "USDT")).isEqualTo("0.00000000");
    }

    @Test
    void limitMakerRestsOrIsRejected() throws Exception {
        place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC));
        PlaceOrderCommand.Builder maker = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.LIMIT_MAKER).price(bd("50000")).quantity(bd("0.1"));
        assertVenueError(() -> place("bob", maker), -2010, "Order would immediately match and take.");
        OrderResult r = place("bob", maker.price(bd("49999")));
        assertThat(r.status()).isEqualTo(OrderStatus.NEW);
        assertThat(r.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(r.newOrderRespType()).isEqualTo(OrderResponseType.ACK);
    }

    @Test
    void selfTradePreventionExpiresMakerByDefault() throws Exception {
        place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC));
        OrderResult taker = place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC));
        assertThat(taker.status()).isEqualTo(OrderStatus.NEW);
        assertThat(taker.fills()).isEmpty();
        OrderResult maker = venue.queryOrder("alice", "BTCUSDT", 1, null);
        assertThat(maker.status()).isEqualTo(OrderStatus.EXPIRED_IN_MATCH);
        assertThat(maker.preventedQuantity().toPlainString()).isEqualTo("0.10000000");
        assertThat(locked("alice", "BTC")).isEqualTo("0.00000000");

        OrderResult expireTaker = place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC)
                .selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_TAKER));
        assertThat(expireTaker.status()).isEqualTo(OrderStatus.EXPIRED_IN_MATCH);
        assertThat(venue.queryOrder("alice", "BTCUSDT", 2, null).status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void idsArePerSymbolAndIncrease() throws Exception {
        place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC));
        OrderResult eth = place("bob", PlaceOrderCommand.builder().symbol("ETHBTC").side(Side.SELL)
                .type(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(bd("0.05")).quantity(bd("1")));
        assertThat(eth.orderId()).isEqualTo(1);
        OrderResult t1 = place("bob", limit(Side.BUY, "50000", "0.05", TimeInForce.GTC));
        OrderResult t2 = place("bob", limit(Side.BUY, "50000", "0.05", TimeInForce.GTC));
        assertThat(t1.orderId()).isEqualTo(2);
        assertThat(t2.orderId()).isEqualTo(3);
        assertThat(t1.fills().get(0).tradeId()).isEqualTo(1);
        assertThat(t2.fills().get(0).tradeId()).isEqualTo(2);
        assertThat(t1.clientOrderId()).hasSize(22).matches("[A-Za-z0-9]+");
        assertThat(t1.clientOrderId()).isNotEqualTo(t2.clientOrderId());
    }

    @Test
    void listenerSeesExecutionsInOrderAndChangedBalances() throws Exception {
        List<String> seen = new ArrayList<>();
        venue.setListener(new VenueListener() {
            @Override
            public void onExecution(String apiKey, OrderResult order, Fill lastFill, ExecutionType type) {
                seen.add(apiKey + " #" + order.orderId() + " " + type + " " + order.status()
                        + (lastFill == null ? "" : " " + lastFill.qty().toPlainString()));
            }

            @Override
            public void onBalances(String apiKey, Map<String, Balance> changed) {
                seen.add(apiKey + " balances " + changed.keySet());
            }
        });
        place("alice", limit(Side.SELL, "50000", "0.1", TimeInForce.GTC));
        seen.clear();
        place("bob", limit(Side.BUY, "50000", "0.15", TimeInForce.GTC));
        assertThat(seen).containsExactly(
                "bob #2 NEW NEW",
                "alice #1 TRADE FILLED 0.10000000",
                "bob #2 TRADE PARTIALLY_FILLED 0.10000000",
                "bob balances [BTC, USDT]",
                "alice balances [BTC, USDT]");
        seen.clear();
        venue.cancelOrder("bob", "BTCUSDT", 2, null, null);
        assertThat(seen).containsExactly("bob #2 CANCELED CANCELED", "bob balances [USDT]");
    }

    @Test
    void openOrdersAndDepth() throws Exception {
        place("alice", limit(Side.BUY, "49000", "0.1", TimeInForce.GTC));
        place("alice", limit(Side.BUY, "49000", "0.2", TimeInForce.GTC));
        place("bob", limit(Side.SELL, "51000", "0.1", TimeInForce.GTC));
        assertThat(venue.openOrders("alice", "BTCUSDT")).extracting(OrderResult::orderId).containsExactly(1L, 2L);
        assertThat(venue.openOrders("alice", null)).hasSize(2);
        List<String> bids = new ArrayList<>();
        assertThat(venue.depth("BTCUSDT", true, 5, (p, q) -> bids.add(p + "x" + q))).isTrue();
        assertThat(bids).containsExactly((49_000L * 100_000_000L) + "x" + 30_000_000L);
        assertThat(venue.depth("NOPE", true, 5, (p, q) -> { })).isFalse();
    }

    // ------------------------------------------------------------------------------------------- errors

    @Test
    void errorCodesAndMessages() {
        assertVenueError(() -> place("nobody", limit(Side.BUY, "1", "1", TimeInForce.GTC)),
                -2015, "Invalid API-key, IP, or permissions for action.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC).symbol("XYZ")),
                -1121, "Invalid symbol.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC).symbol(null)),
                -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", null)),
                -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC).price(null)),
                -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.of("GTX"))),
                -1115, "Invalid timeInForce.");
        assertVenueError(() -> place("alice", limit(Side.of("BOTH"), "50000", "0.1", TimeInForce.GTC)),
                -1117, "Invalid side.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC)
                        .type(OrderType.of("ICEBERG"))), -1116, "Invalid orderType.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC)
                        .type(OrderType.STOP_LOSS_LIMIT)),
                -1102, "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!");
        PlaceOrderCommand.Builder market = PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                .type(OrderType.MARKET);
        assertVenueError(() -> place("alice", market),
                -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!");
        assertVenueError(() -> place("alice", market.quantity(bd("0.1")).price(bd("50000"))),
                -1106, "Parameter 'price' sent when not required.");
        assertVenueError(() -> place("alice", market.price(null).timeInForce(TimeInForce.GTC)),
                -1106, "Parameter 'timeInForce' sent when not required.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000.001", "0.1", TimeInForce.GTC)),
                -1013, "Filter failure: PRICE_FILTER");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.000015", TimeInForce.GTC)),
                -1013, "Filter failure: LOT_SIZE");
        assertVenueError(() -> place("alice", limit(Side.BUY, "100", "0.01", TimeInForce.GTC)),
                -1013, "Filter failure: NOTIONAL");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.000000001", TimeInForce.GTC)),
                -1111, "Parameter 'quantity' has too much precision.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "-1", TimeInForce.GTC)),
                -1100, "Illegal characters found in parameter 'quantity'; legal range is "
                        + "'^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "3", TimeInForce.GTC)),
                -2010, "Account has insufficient balance for requested action.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC)
                        .selfTradePreventionMode(SelfTradePreventionMode.of("SOMETHING_NEW"))),
                -1130, "Data sent for parameter 'selfTradePreventionMode' is not valid.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC)
                        .newClientOrderId("bad id!")),
                -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is "
                        + "'^[a-zA-Z0-9-_]{1,36}$'.");
        assertVenueError(() -> place("alice", limit(Side.BUY, "50000", "0.1", TimeInForce.GTC)
                .newClientOrderId("")), -1118, "New client order ID was empty.");
    }

    @Test
    void duplicateOpenClientOrderIdIsRejected() throws Exception {
        place("alice", limit(Side.BUY, "49000", "0.1", TimeInForce.GTC).newClientOrderId("dup"));
        assertVenueError(() -> place("alice", limit(Side.BUY, "49000", "0.1", TimeInForce.GTC)
                .newClientOrderId("dup")), -2010, "Duplicate order sent.");
        // another account may use the same id
        assertThat(place("bob", limit(Side.BUY, "49000", "0.1", TimeInForce.GTC).newClientOrderId("dup"))
                .status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void unknownOrdersOnCancelAndQuery() throws Exception {
        place("alice", limit(Side.BUY, "49000", "0.1", TimeInForce.GTC).newClientOrderId("x1"));
        assertVenueError(() -> venue.queryOrder("alice", "BTCUSDT", 99, null), -2013, "Order does not exist.");
        assertVenueError(() -> venue.queryOrder("bob", "BTCUSDT", 1, null), -2013, "Order does not exist.");
        assertVenueError(() -> venue.queryOrder("alice", "BTCUSDT", 1, "other"), -2013, "Order does not exist.");
        assertVenueError(() -> venue.cancelOrder("bob", "BTCUSDT", 1, null, null), -2011, "Unknown order sent.");
        assertVenueError(() -> venue.cancelOrder("alice", "BTCUSDT", -1, null, null),
                -1102, "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!");
        assertVenueError(() -> venue.queryOrder("alice", "XYZ", 1, null), -1121, "Invalid symbol.");
        assertThat(venue.queryOrder("alice", "BTCUSDT", 1, "x1").clientOrderId()).isEqualTo("x1");
    }

    @Test
    void closedMarketRejectsOrders() {
        SymbolSpec halted = SymbolSpec.builder().symbol("HALTUSDT").baseAsset("HALT").quoteAsset("USDT")
                .status(SymbolStatus.HALT).build();
        Venue v = new Venue(List.of(halted), clock);
        v.addAccount(AccountSpec.of("k", Map.of("USDT", bd("100"))));
        assertVenueError(() -> v.placeOrder("k", PlaceOrderCommand.builder().symbol("HALTUSDT").side(Side.BUY)
                        .type(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(bd("1")).quantity(bd("1")).build()),
                -2010, "Market is closed.");
    }

    @Test
    void defaultsLookLikeBinance() {
        assertThat(venue.symbols()).extracting(SymbolSpec::symbol).containsExactly("BTCUSDT", "ETHUSDT", "ETHBTC");
        SymbolSpec btc = venue.symbol("BTCUSDT").orElseThrow();
        assertThat(btc.filters().tickSize()).isEqualByComparingTo("0.01");
        assertThat(btc.filters().stepSize()).isEqualByComparingTo("0.00001");
        assertThat(btc.filters().minNotional()).isEqualByComparingTo("5");
        assertThat(btc.referencePrice()).isEqualByComparingTo("60000");
        assertThat(btc.orderTypes()).contains(OrderType.LIMIT, OrderType.MARKET, OrderType.LIMIT_MAKER);
        assertThat(venue.symbol("ETHBTC").orElseThrow().filters().tickSize()).isEqualByComparingTo("0.00001");
        assertThat(venue.symbol("NOPE")).isEmpty();
        assertThat(venue.balances("nobody")).isEmpty();
    }
}
