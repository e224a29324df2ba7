package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.spot.AggregateTrade;
import io.tradewire.client.spot.AggregateTradesRequest;
import io.tradewire.client.spot.AveragePrice;
import io.tradewire.client.spot.BookTicker;
import io.tradewire.client.spot.Kline;
import io.tradewire.client.spot.KlinesRequest;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.PriceTicker;
import io.tradewire.client.spot.SpotOperation;
import io.tradewire.client.spot.SpotOperations;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.client.spot.TickerRequest;
import io.tradewire.client.spot.TickerStatistics;
import io.tradewire.client.spot.Trade;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.core.ratelimit.RateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static io.tradewire.client.rest.RestVenue.answer;
import static io.tradewire.client.rest.RestVenue.failure;
import static io.tradewire.client.rest.RestVenue.get;
import static io.tradewire.client.rest.RestVenue.usedWeight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every REST market data endpoint against the simulator: the answer, the same answer as the WebSocket API's for the
 * same operation, a venue error, and the weight the usage headers report.
 */
class RestMarketMethodsTest {
    private static RestVenue venue;
    private static SpotRestClient rest;
    private static RestMarketApi market;
    private static SpotWsApiClient ws;

    @BeforeAll
    static void trade() throws Exception {
        venue = new RestVenue();
        rest = venue.rest(RestVenue.creds());
        market = rest.market();
        ws = venue.ws(RestVenue.creds());
        SpotRestClient other = venue.rest(RestVenue.otherCreds());
        // A resting book and two trades at 60000, placed over REST.
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60000.00"),
                new BigDecimal("0.50000")).build()));
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("60100.00"),
                new BigDecimal("0.30000")).build()));
        get(other.placeOrder(PlaceOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("59900.00"),
                new BigDecimal("0.20000")).build()));
        get(rest.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.10000")).build()));
        get(rest.placeOrder(PlaceOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.05000")).build()));
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    /** The REST answer, checked equal to the WebSocket API's answer to the same operation. */
    private static <T> T same(CompletableFuture<ApiResponse<T>> overRest, CompletableFuture<ApiResponse<T>> overWs)
            throws Exception {
        T r = get(overRest);
        assertThat(r).isEqualTo(get(overWs));
        return r;
    }

    /** Like {@link #same} for statistics, whose window ends at the moment of asking. */
    private static List<TickerStatistics> sameStats(CompletableFuture<ApiResponse<List<TickerStatistics>>> overRest,
                                                    CompletableFuture<ApiResponse<List<TickerStatistics>>> overWs)
            throws Exception {
        List<TickerStatistics> r = get(overRest);
        assertThat(r).usingRecursiveFieldByFieldElementComparatorIgnoringFields("openTime", "closeTime")
                .containsExactlyElementsOf(get(overWs));
        return r;
    }

    /** A venue error for an unknown symbol: -1121 with HTTP 400, a bad request, certainly not executed. */
    private static void unknownSymbol(CompletableFuture<?> f) throws Exception {
        BinanceApiException e = failure(f);
        assertThat(e.code()).isEqualTo(-1121);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.category()).isEqualTo(ErrorCategory.BAD_REQUEST);
        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void depthIsTheWebSocketApisAndChecksTheSymbolStatus() throws Exception {
        assertThat(same(market.depth("BTCUSDT"), ws.market().depth("BTCUSDT")).asks())
                .extracting(l -> l.price().stripTrailingZeros().toPlainString()).containsExactly("60000", "60100");
        assertThat(same(market.depth("BTCUSDT", 1, SymbolStatus.TRADING),
                ws.market().depth("BTCUSDT", 1, SymbolStatus.TRADING)).bids()).hasSize(1);
        assertThat(failure(market.depth("BTCUSDT", 5, SymbolStatus.HALT)).code()).isEqualTo(-1220);
        unknownSymbol(market.depth("NOPEUSDT"));
        assertThatThrownBy(() -> market.depth("BTCUSDT", 5001, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recentHistoricalAndAggregateTrades() throws Exception {
        List<Trade> recent = same(market.recentTrades("BTCUSDT", 0), ws.market().recentTrades("BTCUSDT", 0));
        assertThat(recent).hasSize(2);
        assertThat(recent.get(0).price()).isEqualByComparingTo("60000");
        assertThat(recent.get(1).qty()).isEqualByComparingTo("0.05");
        assertThat(get(market.recentTrades("BTCUSDT", 1))).hasSize(1);
        List<Trade> historical = same(market.historicalTrades("BTCUSDT", recent.get(1).id(), 10),
                ws.market().historicalTrades("BTCUSDT", recent.get(1).id(), 10));
        assertThat(historical).extracting(Trade::id).containsExactly(recent.get(1).id());

        AggregateTradesRequest all = AggregateTradesRequest.builder("BTCUSDT").build();
        List<AggregateTrade> agg = same(market.aggregateTrades(all), ws.market().aggregateTrades(all));
        assertThat(agg).hasSize(2);
        AggregateTradesRequest from = AggregateTradesRequest.builder("BTCUSDT")
                .fromId(agg.get(1).aggregateTradeId()).limit(5).build();
        assertThat(same(market.aggregateTrades(from), ws.market().aggregateTrades(from))).hasSize(1);

        unknownSymbol(market.recentTrades("NOPEUSDT", 0));
        unknownSymbol(market.historicalTrades("NOPEUSDT", -1, 0));
        unknownSymbol(market.aggregateTrades(AggregateTradesRequest.builder("NOPEUSDT").build()));
        assertThatThrownBy(() -> market.recentTrades("BTCUSDT", 1001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void klinesAndUiKlines() throws Exception {
        KlinesRequest minutes = KlinesRequest.builder("BTCUSDT", "1m").build();
        List<Kline> k = same(market.klines(minutes), ws.market().klines(minutes));
        Kline last = k.get(k.size() - 1);
        assertThat(last.high()).isEqualByComparingTo("60000");
        assertThat(last.volume()).isEqualByComparingTo("0.15");
        assertThat(last.tradeCount()).isEqualTo(2);
        KlinesRequest hours = KlinesRequest.builder("BTCUSDT", "1h").timeZone("8").limit(3).build();
        assertThat(same(market.uiKlines(hours), ws.market().uiKlines(hours))).isNotEmpty()
                .hasSizeLessThanOrEqualTo(3);
        unknownSymbol(market.klines(KlinesRequest.builder("NOPEUSDT", "1m").build()));
        unknownSymbol(market.uiKlines(KlinesRequest.builder("NOPEUSDT", "1m").build()));
    }

    @Test
    void avgPrice() throws Exception {
        AveragePrice a = get(market.avgPrice("BTCUSDT"));
        AveragePrice b = get(ws.market().avgPrice("BTCUSDT"));
        assertThat(a.minutes()).isEqualTo(b.minutes()).isEqualTo(5);
        assertThat(a.price()).isEqualTo(b.price());
        assertThat(a.price()).isEqualByComparingTo("60000");
        unknownSymbol(market.avgPrice("NOPEUSDT"));
    }

    @Test
    void rollingTradingDayAnd24hTickers() throws Exception {
        TickerRequest one = TickerRequest.forSymbol("BTCUSDT").build();
        TickerStatistics t = sameStats(market.ticker24hr(one), ws.market().ticker24hr(one)).get(0);
        assertThat(t.lastPrice()).isEqualByComparingTo("60000");
        assertThat(t.volume()).isEqualByComparingTo("0.15");
        assertThat(t.count()).isEqualTo(2);
        TickerRequest mini = TickerRequest.forSymbols("BTCUSDT", "ETHUSDT").mini(true).build();
        assertThat(sameStats(market.ticker24hr(mini), ws.market().ticker24hr(mini)))
                .extracting(TickerStatistics::symbol).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(sameStats(market.ticker24hr(TickerRequest.forAll().build()),
                ws.market().ticker24hr(TickerRequest.forAll().build()))).hasSize(3);
        TickerRequest day = TickerRequest.forSymbol("BTCUSDT").timeZone("-1:00").build();
        assertThat(sameStats(market.tickerTradingDay(day), ws.market().tickerTradingDay(day))).hasSize(1);
        TickerRequest rolling = TickerRequest.forSymbols("BTCUSDT", "ETHBTC").windowSize("1h").build();
        assertThat(sameStats(market.ticker(rolling), ws.market().ticker(rolling)).get(0).highPrice())
                .isEqualByComparingTo("60000");
        unknownSymbol(market.ticker24hr(TickerRequest.forSymbol("NOPEUSDT").build()));
        unknownSymbol(market.tickerTradingDay(TickerRequest.forSymbol("NOPEUSDT").build()));
        unknownSymbol(market.ticker(TickerRequest.forSymbols("NOPEUSDT", "BTCUSDT").build()));
        assertThatThrownBy(() -> market.ticker(TickerRequest.forAll().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priceAndBookTickers() throws Exception {
        assertThat(same(market.tickerPrice("BTCUSDT"), ws.market().tickerPrice("BTCUSDT")))
                .containsExactly(new PriceTicker("BTCUSDT", new BigDecimal("60000.00000000")));
        assertThat(same(market.tickerPrice(), ws.market().tickerPrice())).hasSize(3);
        assertThat(same(market.tickerPrice("BTCUSDT", "ETHUSDT"), ws.market().tickerPrice("BTCUSDT", "ETHUSDT")))
                .hasSize(2);
        BookTicker b = same(market.tickerBook("BTCUSDT"), ws.market().tickerBook("BTCUSDT")).get(0);
        assertThat(b.bidPrice()).isEqualByComparingTo("59900");
        assertThat(b.askQty()).isEqualByComparingTo("0.35");
        assertThat(same(market.tickerBook(), ws.market().tickerBook())).hasSize(3);
        unknownSymbol(market.tickerPrice("NOPEUSDT"));
        unknownSymbol(market.tickerBook("NOPEUSDT", "BTCUSDT"));
        assertThatThrownBy(() -> market.tickerPrice("btc\"usdt")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The usage headers of every answer are read, and the weight they add up is the one counted up front. */
    @Test
    void usageHeadersReportTheWeightEachEndpointCounts() throws Exception {
        weighs(c -> c.market().depth("BTCUSDT"), SpotOperations.depth("BTCUSDT", 0, null));
        weighs(c -> c.market().depth("BTCUSDT", 1000, null), SpotOperations.depth("BTCUSDT", 1000, null));
        weighs(c -> c.market().recentTrades("BTCUSDT", 0), SpotOperations.recentTrades("BTCUSDT", 0));
        weighs(c -> c.market().historicalTrades("BTCUSDT", -1, 0),
                SpotOperations.historicalTrades("BTCUSDT", -1, 0));
        AggregateTradesRequest agg = AggregateTradesRequest.builder("BTCUSDT").build();
        weighs(c -> c.market().aggregateTrades(agg), SpotOperations.aggregateTrades(agg));
        KlinesRequest k = KlinesRequest.builder("BTCUSDT", "1m").build();
        weighs(c -> c.market().klines(k), SpotOperations.klines(k, false));
        weighs(c -> c.market().uiKlines(k), SpotOperations.klines(k, true));
        weighs(c -> c.market().avgPrice("BTCUSDT"), SpotOperations.avgPrice("BTCUSDT"));
        TickerRequest all = TickerRequest.forAll().build();
        weighs(c -> c.market().ticker24hr(all), SpotOperations.ticker24hr(all));
        TickerRequest two = TickerRequest.forSymbols("BTCUSDT", "ETHUSDT").build();
        weighs(c -> c.market().ticker(two), SpotOperations.ticker(two));
        weighs(c -> c.market().tickerTradingDay(two), SpotOperations.tickerTradingDay(two));
        weighs(c -> c.market().tickerPrice("BTCUSDT"), SpotOperations.tickerPrice("BTCUSDT"));
        weighs(c -> c.market().tickerBook(), SpotOperations.tickerBook());

        ApiResponse<List<Trade>> r = answer(market.recentTrades("BTCUSDT", 0));
        RateLimit weight = r.rateLimits().stream().filter(l -> RateLimitType.REQUEST_WEIGHT.equals(
                l.rateLimitType())).findFirst().orElseThrow();
        assertThat(weight.interval()).isEqualTo(RateLimitInterval.MINUTE);
        assertThat(weight.intervalNum()).isEqualTo(1);
        assertThat(weight.count()).isPositive();
        assertThat(rest.lastRateLimits()).isNotEmpty();
    }

    private static void weighs(Function<SpotRestClient, CompletableFuture<? extends ApiResponse<?>>> call,
                               SpotOperation<?> op) throws Exception {
        // REQUEST_WEIGHT is per IP, and loopback is one IP: measure the difference.
        long before = usedWeight(answer(rest.ping()));
        ApiResponse<?> r = call.apply(rest).get();
        assertThat(usedWeight(r) - before).as(op.toString()).isEqualTo(op.weight());
    }
}
