package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static io.tradewire.client.spot.CoverageVenue.failure;
import static io.tradewire.client.spot.CoverageVenue.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every market data method against the simulator: the happy path, a venue error, and the weight charged. */
class MarketMethodsTest {
    private static CoverageVenue venue;
    private static SpotWsApiClient client;
    private static SpotMarketApi market;

    @BeforeAll
    static void trade() throws Exception {
        venue = new CoverageVenue();
        client = venue.connect(CoverageVenue.hmacCreds());
        SpotWsApiClient other = venue.connect(CoverageVenue.otherCreds());
        market = client.market();
        // A resting book and two trades at 60000.
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60000.00"),
                new BigDecimal("0.50000")).build()));
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60100.00"),
                new BigDecimal("0.30000")).build()));
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("59900.00"),
                new BigDecimal("0.20000")).build()));
        get(client.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.10000")).build()));
        get(client.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.05000")).build()));
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    /** A venue error for an unknown symbol: -1121, a bad request, certainly not executed. */
    private static void unknownSymbol(CompletableFuture<?> f) throws Exception {
        BinanceApiException e = failure(f);
        assertThat(e.code()).isEqualTo(-1121);
        assertThat(e.category()).isEqualTo(ErrorCategory.BAD_REQUEST);
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void depth() throws Exception {
        OrderBookDepth d = get(market.depth("BTCUSDT"));
        assertThat(d.lastUpdateId()).isPositive();
        assertThat(d.bids()).first().isEqualTo(new PriceLevel(new BigDecimal("59900.00000000"),
                new BigDecimal("0.20000000")));
        assertThat(d.asks()).extracting(PriceLevel::price).containsExactly(new BigDecimal("60000.00000000"),
                new BigDecimal("60100.00000000"));
        assertThat(d.asks().get(0).quantity()).isEqualByComparingTo("0.35");
        assertThat(get(market.depth("BTCUSDT", 1, SymbolStatus.TRADING)).asks()).hasSize(1);
        unknownSymbol(market.depth("NOPEUSDT"));
        assertThat(failure(market.depth("BTCUSDT", 5, SymbolStatus.HALT)).code()).isEqualTo(-1220);
        assertThatThrownBy(() -> market.depth("BTCUSDT", 5001, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recentHistoricalAndAggregateTrades() throws Exception {
        List<Trade> recent = get(market.recentTrades("BTCUSDT", 0));
        assertThat(recent).hasSize(2);
        assertThat(recent.get(0).price()).isEqualByComparingTo("60000");
        assertThat(recent.get(0).qty()).isEqualByComparingTo("0.1");
        assertThat(recent.get(0).quoteQty()).isEqualByComparingTo("6000");
        assertThat(recent.get(0).isBuyerMaker()).isFalse();
        assertThat(get(market.recentTrades("BTCUSDT", 1))).hasSize(1);
        List<Trade> historical = get(market.historicalTrades("BTCUSDT", recent.get(1).id(), 10));
        assertThat(historical).extracting(Trade::id).containsExactly(recent.get(1).id());
        List<AggregateTrade> agg = get(market.aggregateTrades(AggregateTradesRequest.builder("BTCUSDT").build()));
        assertThat(agg).hasSize(2);
        assertThat(agg.get(1).quantity()).isEqualByComparingTo("0.05");
        assertThat(get(market.aggregateTrades(AggregateTradesRequest.builder("BTCUSDT")
                .fromId(agg.get(1).aggregateTradeId()).limit(5).build()))).hasSize(1);
        assertThat(get(market.aggregateTrades(AggregateTradesRequest.builder("BTCUSDT")
                .startTime(0).endTime(agg.get(0).time()).build()))).isNotEmpty();
        unknownSymbol(market.recentTrades("NOPEUSDT", 0));
        unknownSymbol(market.historicalTrades("NOPEUSDT", -1, 0));
        unknownSymbol(market.aggregateTrades(AggregateTradesRequest.builder("NOPEUSDT").build()));
        assertThatThrownBy(() -> AggregateTradesRequest.builder("BTCUSDT").fromId(1).startTime(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fromId");
    }

    @Test
    void klinesAndUiKlines() throws Exception {
        List<Kline> k = get(market.klines(KlinesRequest.builder("BTCUSDT", "1m").build()));
        assertThat(k).isNotEmpty();
        Kline last = k.get(k.size() - 1);
        assertThat(last.high()).isEqualByComparingTo("60000");
        assertThat(last.volume()).isEqualByComparingTo("0.15");
        assertThat(last.tradeCount()).isEqualTo(2);
        assertThat(last.closeTime()).isGreaterThan(last.openTime());
        List<Kline> ui = get(market.uiKlines(KlinesRequest.builder("BTCUSDT", "1h").timeZone("8").limit(3).build()));
        assertThat(ui).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        unknownSymbol(market.klines(KlinesRequest.builder("NOPEUSDT", "1m").build()));
        unknownSymbol(market.uiKlines(KlinesRequest.builder("NOPEUSDT", "1m").build()));
        assertThatThrownBy(() -> KlinesRequest.builder("BTCUSDT", "7m").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
        assertThatThrownBy(() -> KlinesRequest.builder("BTCUSDT", "1m").timeZone("UTC").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeZone");
    }

    @Test
    void avgPrice() throws Exception {
        AveragePrice a = get(market.avgPrice("BTCUSDT"));
        assertThat(a.minutes()).isEqualTo(5);
        assertThat(a.price()).isEqualByComparingTo("60000");
        unknownSymbol(market.avgPrice("NOPEUSDT"));
    }

    @Test
    void tickers() throws Exception {
        List<TickerStatistics> one = get(market.ticker24hr(TickerRequest.forSymbol("BTCUSDT").build()));
        assertThat(one).hasSize(1);
        TickerStatistics t = one.get(0);
        assertThat(t.symbol()).isEqualTo("BTCUSDT");
        assertThat(t.lastPrice()).isEqualByComparingTo("60000");
        assertThat(t.volume()).isEqualByComparingTo("0.15");
        assertThat(t.bidPrice()).isEqualByComparingTo("59900");
        assertThat(t.count()).isEqualTo(2);
        List<TickerStatistics> mini = get(market.ticker24hr(TickerRequest.forSymbols("BTCUSDT", "ETHUSDT")
                .mini(true).build()));
        assertThat(mini).extracting(TickerStatistics::symbol).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(mini.get(0).priceChange()).isNull();
        assertThat(get(market.ticker24hr(TickerRequest.forAll().build()))).hasSize(3);
        List<TickerStatistics> day = get(market.tickerTradingDay(TickerRequest.forSymbol("BTCUSDT")
                .timeZone("-1:00").build()));
        assertThat(day.get(0).openTime()).isLessThan(day.get(0).closeTime());
        List<TickerStatistics> rolling = get(market.ticker(TickerRequest.forSymbols("BTCUSDT", "ETHBTC")
                .windowSize("1h").build()));
        assertThat(rolling).hasSize(2);
        assertThat(rolling.get(0).highPrice()).isEqualByComparingTo("60000");
        unknownSymbol(market.ticker24hr(TickerRequest.forSymbol("NOPEUSDT").build()));
        unknownSymbol(market.tickerTradingDay(TickerRequest.forSymbol("NOPEUSDT").build()));
        unknownSymbol(market.ticker(TickerRequest.forSymbols("NOPEUSDT", "BTCUSDT").build()));
        assertThatThrownBy(() -> market.ticker(TickerRequest.forAll().build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TickerRequest.forSymbol("BTCUSDT").windowSize("8d").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> market.ticker24hr(TickerRequest.forSymbol("BTCUSDT").windowSize("1h").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priceAndBookTickers() throws Exception {
        assertThat(get(market.tickerPrice("BTCUSDT")))
                .containsExactly(new PriceTicker("BTCUSDT", new BigDecimal("60000.00000000")));
        assertThat(get(market.tickerPrice())).hasSize(3);
        assertThat(get(market.tickerPrice("BTCUSDT", "ETHUSDT"))).hasSize(2);
        BookTicker b = get(market.tickerBook("BTCUSDT")).get(0);
        assertThat(b.bidPrice()).isEqualByComparingTo("59900");
        assertThat(b.askPrice()).isEqualByComparingTo("60000");
        assertThat(b.askQty()).isEqualByComparingTo("0.35");
        assertThat(get(market.tickerBook())).hasSize(3);
        unknownSymbol(market.tickerPrice("NOPEUSDT"));
        unknownSymbol(market.tickerBook("NOPEUSDT", "BTCUSDT"));
    }

    /** The weight our limiter charges is the weight the venue charged, parameters included. */
    @Test
    void weightsMatchTheVenue() throws Exception {
        check(c -> c.market().depth("BTCUSDT"), SpotWeights.depth(0));
        check(c -> c.market().depth("BTCUSDT", 1000, null), SpotWeights.depth(1000));
        check(c -> c.market().depth("BTCUSDT", 5000, null), SpotWeights.depth(5000));
        check(c -> c.market().recentTrades("BTCUSDT", 0), SpotWeights.weight("trades.recent"));
        check(c -> c.market().historicalTrades("BTCUSDT", -1, 0), SpotWeights.weight("trades.historical"));
        check(c -> c.market().aggregateTrades(AggregateTradesRequest.builder("BTCUSDT").build()),
                SpotWeights.weight("trades.aggregate"));
        check(c -> c.market().klines(KlinesRequest.builder("BTCUSDT", "1m").build()), SpotWeights.weight("klines"));
        check(c -> c.market().avgPrice("BTCUSDT"), SpotWeights.weight("avgPrice"));
        check(c -> c.market().ticker24hr(TickerRequest.forAll().build()), SpotWeights.ticker24hr(0));
        check(c -> c.market().ticker24hr(TickerRequest.forSymbol("BTCUSDT").build()), SpotWeights.ticker24hr(1));
        check(c -> c.market().ticker(TickerRequest.forSymbols("BTCUSDT", "ETHUSDT").build()),
                SpotWeights.tickerWindow(2));
        check(c -> c.market().tickerTradingDay(TickerRequest.forSymbol("BTCUSDT").build()),
                SpotWeights.tickerWindow(1));
        check(c -> c.market().tickerPrice("BTCUSDT"), SpotWeights.tickerPriceOrBook(true));
        check(c -> c.market().tickerBook(), SpotWeights.tickerPriceOrBook(false));
        check(c -> c.trading().openOrders(null), SpotWeights.openOrders(false));
        check(c -> c.trading().openOrders("BTCUSDT"), SpotWeights.openOrders(true));
        check(c -> c.trading().testOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.01"))
                .build(), true), SpotWeights.orderTest(true));
        check(c -> c.account().accountStatus(false), SpotWeights.weight("account.status"));
        check(c -> c.account().orderRateLimits(), SpotWeights.weight("account.rateLimits.orders"));
        check(c -> c.account().myTrades(HistoryRequest.forSymbol("BTCUSDT").build()), SpotWeights.myTrades(false));
        check(c -> c.account().myTrades(HistoryRequest.forSymbol("BTCUSDT").orderId(1).build()),
                SpotWeights.myTrades(true));
        check(c -> c.account().allOrderLists(HistoryRequest.forOrderLists().build()),
                SpotWeights.weight("allOrderLists"));
        check(c -> c.trading().openOrderLists(), SpotWeights.weight("openOrderLists.status"));
        check(c -> c.account().sessionSubscriptions(), SpotWeights.weight("session.subscriptions"));
    }

    private static void check(Function<SpotWsApiClient, CompletableFuture<? extends ApiResponse<?>>> call,
                              int expected) throws Exception {
        // A fresh client on a fresh IP window is not possible on loopback; measure the difference instead.
        ApiResponse<?> before = client.ping().get();
        ApiResponse<?> r = call.apply(client).get();
        assertThat(CoverageVenue.weightCount(r) - CoverageVenue.weightCount(before)).as(r.toString())
                .isEqualTo(expected);
    }
}
