package io.tradewire.client.spot;

import io.tradewire.client.ApiResponse;
import io.tradewire.core.enums.SymbolStatus;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Spot WebSocket API's market data methods (no key needed). Obtained from {@link SpotWsApiClient#market()}.
 *
 * <p>Every method returns a {@link CompletableFuture} that completes once, on the connection's I/O thread, with the
 * typed result or exceptionally with a {@link io.tradewire.core.error.BinanceApiException}. Bad input is refused
 * with an {@link IllegalArgumentException} before anything is sent. These are reads: one lost with its connection
 * is asked again on the next. Weights follow the reference, parameter-dependent ones included (see each method).
 */
public final class SpotMarketApi {
    private final SpotWsApiClient client;

    SpotMarketApi(SpotWsApiClient client) {
        this.client = client;
    }

    /**
     * {@code depth} with the default of 100 levels (weight 5).
     *
     * @param symbol symbol
     * @return the book snapshot
     */
    public CompletableFuture<ApiResponse<OrderBookDepth>> depth(String symbol) {
        return depth(symbol, 0, null);
    }

    /**
     * {@code depth}: weight 5 up to 100 levels, 25 up to 500, 50 up to 1000, 250 up to 5000.
     *
     * @param symbol       symbol
     * @param limit        levels per side, 1 to 5000; 0 for the default (100)
     * @param symbolStatus fail with -1220 unless the symbol has this status; null for no check
     * @return the book snapshot
     */
    public CompletableFuture<ApiResponse<OrderBookDepth>> depth(String symbol, int limit, SymbolStatus symbolStatus) {
        return client.unsigned(SpotOperations.depth(symbol, limit, symbolStatus));
    }

    /**
     * {@code trades.recent} (weight 25).
     *
     * @param symbol symbol
     * @param limit  1 to 1000; 0 for the default (500)
     * @return the most recent trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<Trade>>> recentTrades(String symbol, int limit) {
        return client.unsigned(SpotOperations.recentTrades(symbol, limit));
    }

    /**
     * {@code trades.historical} (weight 25).
     *
     * @param symbol symbol
     * @param fromId first trade id; -1 for the most recent trades
     * @param limit  1 to 1000; 0 for the default (500)
     * @return trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<Trade>>> historicalTrades(String symbol, long fromId, int limit) {
        return client.unsigned(SpotOperations.historicalTrades(symbol, fromId, limit));
    }

    /**
     * {@code trades.aggregate} (weight 4).
     *
     * @param request which trades
     * @return aggregate trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<AggregateTrade>>> aggregateTrades(AggregateTradesRequest request) {
        return client.unsigned(SpotOperations.aggregateTrades(request));
    }

    /**
     * {@code klines} (weight 2).
     *
     * @param request symbol, interval, range
     * @return bars, oldest first
     */
    public CompletableFuture<ApiResponse<List<Kline>>> klines(KlinesRequest request) {
        return client.unsigned(SpotOperations.klines(request, false));
    }

    /**
     * {@code uiKlines}: klines adjusted for charts (weight 2).
     *
     * @param request symbol, interval, range
     * @return bars, oldest first
     */
    public CompletableFuture<ApiResponse<List<Kline>>> uiKlines(KlinesRequest request) {
        return client.unsigned(SpotOperations.klines(request, true));
    }

    /**
     * {@code avgPrice} (weight 2).
     *
     * @param symbol symbol
     * @return the current average price
     */
    public CompletableFuture<ApiResponse<AveragePrice>> avgPrice(String symbol) {
        return client.unsigned(SpotOperations.avgPrice(symbol));
    }

    /**
     * {@code ticker.24hr}: weight 2 for 1 to 20 symbols, 40 up to 100, 80 above or for all.
     *
     * @param request symbols ({@link TickerRequest#forAll()} allowed), type, status filter
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> ticker24hr(TickerRequest request) {
        return client.unsigned(SpotOperations.ticker24hr(request));
    }

    /**
     * {@code ticker.tradingDay}: weight 4 per symbol, at most 200.
     *
     * @param request symbols, type, status filter, time zone of the trading day
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> tickerTradingDay(TickerRequest request) {
        return client.unsigned(SpotOperations.tickerTradingDay(request));
    }

    /**
     * {@code ticker}: rolling window statistics; weight 4 per symbol, at most 200.
     *
     * @param request symbols, type, status filter, window size (default 1d)
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> ticker(TickerRequest request) {
        return client.unsigned(SpotOperations.ticker(request));
    }

    /**
     * {@code ticker.price}: weight 2 for one symbol, 4 for several or all.
     *
     * @param symbols the symbols; none for all trading symbols
     * @return one price per symbol
     */
    public CompletableFuture<ApiResponse<List<PriceTicker>>> tickerPrice(String... symbols) {
        return client.unsigned(SpotOperations.tickerPrice(symbols));
    }

    /**
     * {@code ticker.book}: weight 2 for one symbol, 4 for several or all.
     *
     * @param symbols the symbols; none for all trading symbols
     * @return one best bid/ask per symbol
     */
    public CompletableFuture<ApiResponse<List<BookTicker>>> tickerBook(String... symbols) {
        return client.unsigned(SpotOperations.tickerBook(symbols));
    }
}
