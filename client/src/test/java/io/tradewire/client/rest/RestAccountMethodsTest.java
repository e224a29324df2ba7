package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.spot.AccountCommission;
import io.tradewire.client.spot.AccountInfo;
import io.tradewire.client.spot.AccountTrade;
import io.tradewire.client.spot.AmendOrderRequest;
import io.tradewire.client.spot.Allocation;
import io.tradewire.client.spot.HistoryRequest;
import io.tradewire.client.spot.OrderAmendment;
import io.tradewire.client.spot.OrderListLeg;
import io.tradewire.client.spot.OrderListRequest;
import io.tradewire.client.spot.OrderListResponse;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.PreventedMatch;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.enums.SelfTradePreventionMode;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.tradewire.client.rest.RestVenue.failure;
import static io.tradewire.client.rest.RestVenue.get;
import static io.tradewire.client.rest.RestVenue.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every REST account endpoint against the simulator: the happy path, the venue's errors, and the same answers as
 * the WebSocket API's for the same query.
 */
class RestAccountMethodsTest {
    private RestVenue venue;
    private SpotRestClient client;
    private RestAccountApi account;
    private SpotWsApiClient ws;

    @BeforeEach
    void start() throws Exception {
        venue = new RestVenue();
        client = venue.rest(RestVenue.creds());
        account = client.account();
        ws = venue.ws(RestVenue.creds());
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    private RestAccountApi stranger() {
        return venue.rest(RestVenue.unknownCreds()).account();
    }

    /** Refused by the venue for a key it does not know: an AUTH error, certainly not executed. */
    private static void refused(CompletableFuture<?> f) throws Exception {
        BinanceApiException e = failure(f);
        assertThat(e.code()).isIn(-2014, -2015, -1022);
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
        assertThat(e.outcomeUnknown()).isFalse();
    }

    /** The REST answer equals the WebSocket API's to the same query ({@code updateTime}: when it was asked). */
    private static <T> void sameAsWs(T overRest, CompletableFuture<ApiResponse<T>> overWs) throws Exception {
        assertThat(overRest).usingRecursiveComparison().ignoringFields("updateTime").isEqualTo(get(overWs));
    }

    @Test
    void accountCommissionAndUnfilledOrderCount() throws Exception {
        get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("50000.00"),
                new BigDecimal("0.01000")).build()));
        AccountInfo info = get(account.accountStatus(true));
        assertThat(info.canTrade()).isTrue();
        assertThat(info.balance("USDT").locked()).isEqualByComparingTo("500");
        sameAsWs(info, ws.account().accountStatus(true));
        assertThat(get(account.accountStatus(false)).balances().size())
                .isGreaterThanOrEqualTo(info.balances().size());

        AccountCommission c = get(account.commission("BTCUSDT"));
        assertThat(c.symbol()).isEqualTo("BTCUSDT");
        assertThat(c.standard().taker()).isNotNull();
        sameAsWs(c, ws.account().commission("BTCUSDT"));

        List<RateLimit> limits = get(account.orderRateLimits());
        assertThat(limits).isNotEmpty().allMatch(l -> RateLimitType.ORDERS.equals(l.rateLimitType()));
        assertThat(limits.get(0).count()).isEqualTo(1);
        assertThat(limits).usingElementComparatorIgnoringFields("count")
                .containsExactlyElementsOf(get(ws.account().orderRateLimits()));

        refused(stranger().accountStatus(false));
        refused(stranger().orderRateLimits());
        assertThat(failure(account.commission("NOPEUSDT")).code()).isEqualTo(-1121);
    }

    @Test
    void allOrdersAllOrderListsAndMyTrades() throws Exception {
        get(venue.rest(RestVenue.otherCreds()).placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL,
                new BigDecimal("60000.00"), new BigDecimal("0.05000")).build()));
        OrderResponse resting = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.00"), new BigDecimal("0.01000")).build()));
        OrderResponse taker = get(client.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY,
                new BigDecimal("0.02000")).build()));
        HistoryRequest btc = HistoryRequest.forSymbol("BTCUSDT").build();
        List<OrderResponse> all = get(account.allOrders(btc));
        assertThat(all).extracting(OrderResponse::orderId).containsExactly(resting.orderId(), taker.orderId());
        sameAsWs(all, ws.account().allOrders(btc));
        assertThat(failure(account.allOrders(HistoryRequest.forSymbol("NOPEUSDT").build())).code())
                .isEqualTo(-1121);

        List<AccountTrade> trades = get(account.myTrades(btc));
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0).orderId()).isEqualTo(taker.orderId());
        assertThat(trades.get(0).quoteQty()).isEqualByComparingTo("1200");
        sameAsWs(trades, ws.account().myTrades(btc));
        assertThat(get(account.myTrades(HistoryRequest.forSymbol("BTCUSDT").orderId(resting.orderId()).build())))
                .isEmpty();

        OrderListResponse oco = get(client.trading().placeOrderList(OrderListRequest.oco("BTCUSDT", Side.SELL,
                new BigDecimal("0.01"), OrderListLeg.builder(OrderType.LIMIT_MAKER)
                        .price(new BigDecimal("61000.00")).build(),
                OrderListLeg.builder(OrderType.STOP_LOSS_LIMIT).price(new BigDecimal("58900.00"))
                        .stopPrice(new BigDecimal("59000.00")).timeInForce(TimeInForce.GTC).build()).build()));
        HistoryRequest lists = HistoryRequest.forOrderLists().limit(10).build();
        List<OrderListResponse> allLists = get(account.allOrderLists(lists));
        assertThat(allLists).extracting(OrderListResponse::orderListId).containsExactly(oco.orderListId());
        sameAsWs(allLists, ws.account().allOrderLists(lists));
        refused(stranger().allOrderLists(lists));
        assertThatThrownBy(() -> account.allOrderLists(btc)).isInstanceOf(IllegalArgumentException.class);
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
        assertThat(byOrder).isEqualTo(get(ws.account().preventedMatches("BTCUSDT", taker.orderId(), -1, 0)));
        assertThat(get(account.preventedMatch("BTCUSDT", m.preventedMatchId()))).containsExactly(m)
                .isEqualTo(get(ws.account().preventedMatch("BTCUSDT", m.preventedMatchId())));
        assertThat(failure(account.preventedMatch("NOPEUSDT", 1)).code()).isEqualTo(-1121);
        assertThatThrownBy(() -> account.preventedMatch("BTCUSDT", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("preventedMatchId");
    }

    @Test
    void allocationsOfSorOrders() throws Exception {
        get(venue.rest(RestVenue.otherCreds()).placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL,
                new BigDecimal("60000.00"), new BigDecimal("0.05000")).build()));
        List<OrderResponse> sor = get(client.trading().sorPlaceOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY,
                new BigDecimal("0.02000")).build()));
        assertThat(sor).hasSize(1);
        long orderId = sor.get(0).orderId();
        assertThat(sor.get(0).status()).isEqualTo(OrderStatus.FILLED);

        List<Allocation> all = get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThat(all).hasSize(1);
        Allocation a = all.get(0);
        assertThat(a.symbol()).isEqualTo("BTCUSDT");
        assertThat(a.orderId()).isEqualTo(orderId);
        assertThat(a.orderListId()).isEqualTo(-1);
        assertThat(a.allocationType()).isEqualTo("SOR");
        assertThat(a.price()).isEqualByComparingTo("60000");
        assertThat(a.qty()).isEqualByComparingTo("0.02");
        assertThat(a.quoteQty()).isEqualByComparingTo("1200");
        assertThat(a.commissionAsset()).isNotNull();
        assertThat(a.time()).isPositive();
        assertThat(a.isBuyer()).isTrue();
        assertThat(a.isMaker()).isFalse();
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").orderId(orderId)
                .fromId(a.allocationId()).limit(5).build()))).containsExactly(a);
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").orderId(orderId + 100).build())))
                .isEmpty();
        assertThat(get(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").startTime(a.time())
                .endTime(a.time()).build()))).containsExactly(a);

        assertThat(failure(account.myAllocations(HistoryRequest.forSymbol("NOPEUSDT").build())).code())
                .isEqualTo(-1121);
        refused(stranger().myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThatThrownBy(() -> account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").orderId(1).startTime(1)
                .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("myAllocations");
    }

    @Test
    void orderAmendments() throws Exception {
        OrderResponse o = get(client.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY,
                new BigDecimal("50000.00"), new BigDecimal("0.05000")).build()));
        get(client.trading().amendKeepPriority(AmendOrderRequest.builder("BTCUSDT", new BigDecimal("0.03"))
                .orderId(o.orderId()).build()));
        get(client.trading().amendKeepPriority(AmendOrderRequest.builder("BTCUSDT", new BigDecimal("0.02"))
                .orderId(o.orderId()).build()));
        List<OrderAmendment> history = get(account.orderAmendments("BTCUSDT", o.orderId(), -1, 0));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).origQty()).isEqualByComparingTo("0.05");
        assertThat(history.get(1).newQty()).isEqualByComparingTo("0.02");
        assertThat(history).isEqualTo(get(ws.account().orderAmendments("BTCUSDT", o.orderId(), -1, 0)));
        assertThat(get(account.orderAmendments("BTCUSDT", o.orderId(), history.get(1).executionId(), 1)))
                .containsExactly(history.get(1));
        assertThat(failure(account.orderAmendments("BTCUSDT", 999999, -1, 0)).code()).isNotZero();
        assertThatThrownBy(() -> account.orderAmendments("BTCUSDT", o.orderId(), -1, 1001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadWhoseConnectionDroppedIsAskedAgainAndA5xxIsReported() throws Exception {
        int applied = venue.sim.faults().applied().size();
        venue.sim.faults().inject(Fault.of(FaultKind.DROP_BEFORE_ENGINE).method("account.commission"));
        assertThat(get(account.commission("BTCUSDT")).symbol()).isEqualTo("BTCUSDT");
        assertThat(venue.sim.faults().applied()).hasSize(applied + 1);

        venue.sim.faults().inject(Fault.of(FaultKind.ERROR_5XX_BEFORE_ENGINE).method("myAllocations"));
        BinanceApiException e = failure(account.myAllocations(HistoryRequest.forSymbol("BTCUSDT").build()));
        assertThat(e.httpStatus()).isGreaterThanOrEqualTo(500);
    }
}
