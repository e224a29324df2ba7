package io.tradewire.client.spot;

import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.tradewire.client.spot.CoverageVenue.failure;
import static io.tradewire.client.spot.CoverageVenue.get;
import static io.tradewire.client.spot.CoverageVenue.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every account method against the simulator: the happy path and venue errors. */
class AccountMethodsTest {
    private CoverageVenue venue;
    private SpotWsApiClient client;
    private SpotAccountApi account;

    @BeforeEach
    void start() throws Exception {
        venue = new CoverageVenue();
        client = venue.connect(CoverageVenue.hmacCreds());
        account = client.account();
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    private SpotAccountApi stranger() throws Exception {
        return venue.connect(CoverageVenue.unknownCreds()).account();
    }

    private static void refused(CompletableFuture<?> f) throws Exception {
        BinanceApiException e = failure(f);
        assertThat(e.code()).isNotZero();
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void accountStatusCommissionAndOrderRateLimits() throws Exception {
        AccountInfo info = get(account.accountStatus(false));
        assertThat(info.canTrade()).isTrue();
        assertThat(info.accountType()).isEqualTo("SPOT");
        assertThat(info.permissions()).contains("SPOT");
        assertThat(info.balance("USDT").free()).isEqualByComparingTo("1000000");
        assertThat(info.commissionRates().maker()).isNotNull();
        assertThat(info.uid()).isPositive();
        get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("50000.00"),
                new BigDecimal("0.01000")).build()));
        assertThat(get(account.accountStatus(true)).balance("USDT").locked()).isEqualByComparingTo("500");

        AccountCommission c = get(account.commission("BTCUSDT"));
        assertThat(c.symbol()).isEqualTo("BTCUSDT");
        assertThat(c.standard().taker()).isNotNull();
        assertThat(c.special().buyer()).isEqualByComparingTo("0");
        assertThat(c.discount().enabledForAccount()).isFalse();

        List<RateLimit> limits = get(account.orderRateLimits());
        assertThat(limits).isNotEmpty().allMatch(l -> RateLimitType.ORDERS.equals(l.rateLimitType()));
        assertThat(limits.get(0).count()).isEqualTo(1);

        refused(stranger().accountStatus(false));
        assertThat(failure(account.commission("NOPEUSDT")).code()).isEqualTo(-1121);
        refused(stranger().orderRateLimits());
    }

    @Test
    void allOrdersAllOrderListsAndMyTrades() throws Exception {
        SpotWsApiClient other = venue.connect(CoverageVenue.otherCreds());
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60000.00"),
                new BigDecimal("0.05000")).build()));
        OrderResponse resting = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.00"), new BigDecimal("0.01000")).build()));
        OrderResponse taker = get(client.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY,
                new BigDecimal("0.02000")).build()));
        List<OrderResponse> all = get(account.allOrders(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThat(all).extracting(OrderResponse::orderId).containsExactly(resting.orderId(), taker.orderId());
        assertThat(all.get(1).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(get(account.allOrders(HistoryRequest.forSymbol("BTCUSDT").orderId(taker.orderId()).build())))
                .hasSize(1);
        assertThat(failure(account.allOrders(HistoryRequest.forSymbol("NOPEUSDT").build())).code())
                .isEqualTo(-1121);

        List<AccountTrade> trades = get(account.myTrades(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThat(trades).hasSize(1);
        AccountTrade t = trades.get(0);
        assertThat(t.orderId()).isEqualTo(taker.orderId());
        assertThat(t.price()).isEqualByComparingTo("60000");
        assertThat(t.qty()).isEqualByComparingTo("0.02");
        assertThat(t.quoteQty()).isEqualByComparingTo("1200");
        assertThat(t.isBuyer()).isTrue();
        assertThat(t.isMaker()).isFalse();
        assertThat(get(account.myTrades(HistoryRequest.forSymbol("BTCUSDT").orderId(resting.orderId()).build())))
                .isEmpty();
        assertThat(failure(account.myTrades(HistoryRequest.forSymbol("NOPEUSDT").build())).code()).isEqualTo(-1121);

        assertThat(get(account.allOrderLists(HistoryRequest.forOrderLists().limit(10).build()))).isEmpty();
        refused(stranger().allOrderLists(HistoryRequest.forOrderLists().build()));

        assertThatThrownBy(() -> account.allOrderLists(HistoryRequest.forSymbol("BTCUSDT").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.myTrades(HistoryRequest.forSymbol("BTCUSDT").orderId(1).startTime(1)
                .build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryRequest.forSymbol("BTCUSDT").startTime(0).endTime(90_000_000L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24 hours");
    }

    @Test
    void preventedMatches() throws Exception {
        OrderResponse maker = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL,
                new BigDecimal("60000.00"), new BigDecimal("0.01000")).newClientOrderId(newId()).build()));
        OrderResponse taker = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("60000.00"), new BigDecimal("0.01000"))
                .selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_TAKER).build()));
        assertThat(taker.status()).isEqualTo(OrderStatus.EXPIRED_IN_MATCH);
        List<PreventedMatch> byOrder = get(account.preventedMatches("BTCUSDT", taker.orderId(), -1, 0));
        assertThat(byOrder).hasSize(1);
        PreventedMatch m = byOrder.get(0);
        assertThat(m.takerOrderId()).isEqualTo(taker.orderId());
        assertThat(m.makerOrderId()).isEqualTo(maker.orderId());
        assertThat(m.selfTradePreventionMode()).isEqualTo(SelfTradePreventionMode.EXPIRE_TAKER);
        assertThat(m.price()).isEqualByComparingTo("60000");
        assertThat(m.takerPreventedQuantity()).isEqualByComparingTo("0.01");
        assertThat(m.makerPreventedQuantity()).isNull();
        assertThat(get(account.preventedMatch("BTCUSDT", m.preventedMatchId()))).containsExactly(m);
        assertThat(failure(account.preventedMatch("NOPEUSDT", 1)).code()).isEqualTo(-1121);
    }

    @Test
    void sessionSubscriptions() throws Exception {
        assertThat(get(account.sessionSubscriptions())).isEmpty();
        long id = get(client.userData().subscribe(new UserDataListener() {
        }));
        assertThat(get(account.sessionSubscriptions())).containsExactly(id);
        venue.sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).method("session.subscriptions"));
        BinanceApiException e = failure(account.sessionSubscriptions());
        assertThat(e.httpStatus()).isEqualTo(500);
    }
}
