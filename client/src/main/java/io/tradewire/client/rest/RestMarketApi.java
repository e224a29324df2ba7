package io.tradewire.client.rest;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.spot.AggregateTrade;
import io.tradewire.client.spot.AggregateTradesRequest;
import io.tradewire.client.spot.AveragePrice;
import io.tradewire.client.spot.BookTicker;
import io.tradewire.client.spot.Kline;
import io.tradewire.client.spot.KlinesRequest;
import io.tradewire.client.spot.OrderBookDepth;
import io.tradewire.client.spot.PriceTicker;
import io.tradewire.client.spot.SpotOperations;
import io.tradewire.client.spot.TickerRequest;
import io.tradewire.client.spot.TickerStatistics;
import io.tradewire.client.spot.Trade;
import io.tradewire.core.enums.SymbolStatus;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The REST market data endpoints (no key needed), with the method names, request types and response types of
 * {@link io.tradewire.client.spot.SpotMarketApi}. Obtained from {@link SpotRestClient#market()}. Bad input is
 * refused with an {@link IllegalArgumentException} before anything is sent. These are reads: one whose connection
 * failed is asked once more. Weights follow the reference, parameter-dependent ones included.
 */
public final class RestMarketApi {
    private final SpotRestClient client;

    RestMarketApi(SpotRestClient client) {
        this.client = client;
    }

    /**
     * {@code GET /api/v3/depth} with the default of 100 levels (weight 5).
     *
     * @param symbol symbol
     * @return the book snapshot
     */
    public CompletableFuture<ApiResponse<OrderBookDepth>> depth(String symbol) {
        return depth(symbol, 0, null);
    }

    /**
     * {@code GET /api/v3/depth}: weight 5 up to 100 levels, 25 up to 500, 50 up to 1000, 250 up to 5000.
     *
     * @param symbol       symbol
     * @param limit        levels per side, 1 to 5000; 0 for the default (100)
     * @param symbolStatus fail with -1220 unless the symbol has this status; null for no check
     * @return the book snapshot
     */
    public CompletableFuture<ApiResponse<OrderBookDepth>> depth(String symbol, int limit, SymbolStatus symbolStatus) {
        return client.send(SpotOperations.depth(symbol, limit, symbolStatus));
    }

    /**
     * {@code GET /api/v3/trades} (weight 25).
     *
     * @param symbol symbol
     * @param limit  1 to 1000; 0 for the default (500)
     * @return the most recent trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<Trade>>> recentTrades(String symbol, int limit) {
        return client.send(SpotOperations.recentTrades(symbol, limit));
    }

    /**
     * {@code GET /api/v3/historicalTrades} (weight 25).
     *
     * @param symbol symbol
     * @param fromId first trade id; -1 for the most recent trades
     * @param limit  1 to 1000; 0 for the default (500)
     * @return trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<Trade>>> historicalTrades(String symbol, long fromId, int limit) {
        return client.send(SpotOperations.historicalTrades(symbol, fromId, limit));
    }

    /**
     * {@code GET /api/v3/aggTrades} (weight 4).
     *
     * @param request which trades
     * @return aggregate trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<AggregateTrade>>> aggregateTrades(AggregateTradesRequest request) {
        return client.send(SpotOperations.aggregateTrades(request));
    }

    /**
     * {@code GET /api/v3/klines} (weight 2).
     *
     * @param request symbol, interval, range
     * @return bars, oldest first
     */
    public CompletableFuture<ApiResponse<List<Kline>>> klines(KlinesRequest request) {
        return client.send(SpotOperations.klines(request, false));
    }

    /**
     * {@code GET /api/v3/uiKlines}: klines adjusted for charts (weight 2).
     *
     * @param request symbol, interval, range
     * @return bars, oldest first
     */
    public CompletableFuture<ApiResponse<List<Kline>>> uiKlines(KlinesRequest request) {
        return client.send(SpotOperations.klines(request, true));
    }

    /**
     * {@code GET /api/v3/avgPrice} (weight 2).
     *
     * @param symbol symbol
     * @return the current average price
     */
    public CompletableFuture<ApiResponse<AveragePrice>> avgPrice(String symbol) {
        return client.send(SpotOperations.avgPrice(symbol));
    }

    /**
     * {@code GET /api/v3/ticker/24hr}: weight 2 for 1 to 20 symbols, 40 up to 100, 80 above or for all.
     *
     * @param request symbols ({@link TickerRequest#forAll()} allowed), type, status filter
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> ticker24hr(TickerRequest request) {
        return client.send(SpotOperations.ticker24hr(request));
    }

    /**
     * {@code GET /api/v3/ticker/tradingDay}: weight 4 per symbol, at most 200.
     *
     * @param request symbols, type, status filter, time zone of the trading day
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> tickerTradingDay(TickerRequest request) {
        return client.send(SpotOperations.tickerTradingDay(request));
    }

    /**
     * {@code GET /api/v3/ticker}: rolling window statistics; weight 4 per symbol, at most 200.
     *
     * @param request symbols, type, status filter, window size (default 1d)
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> ticker(TickerRequest request) {
        return client.send(SpotOperations.ticker(request));
    }

    /**
     * {@code GET /api/v3/ticker/price}: weight 2 for one symbol, 4 for several or all.
     *
     * @param symbols the symbols; none for all trading symbols
     * @return one price per symbol
     */
    public CompletableFuture<ApiResponse<List<PriceTicker>>> tickerPrice(String... symbols) {
        return client.send(SpotOperations.tickerPrice(symbols));
    }

    /**
     * {@code GET /api/v3/ticker/bookTicker}: weight 2 for one symbol, 4 for several or all.
     *
     * @param symbols the symbols; none for all trading symbols
     * @return one best bid/ask per symbol
     */
    public CompletableFuture<ApiResponse<List<BookTicker>>> tickerBook(String... symbols) {
        return client.send(SpotOperations.tickerBook(symbols));
    }
}
