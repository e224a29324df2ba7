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
        RequestChecks.symbol(symbol);
        if (limit != 0) {
            Params.limit(limit, 5000);
        }
        return client.unsigned("depth", SpotWeights.depth(limit), p -> {
            p.add("symbol", symbol);
            Params.addLimit(p, limit);
            p.add("symbolStatus", symbolStatus == null ? null : symbolStatus.wireName());
        }, SpotMarketDecoders.DEPTH);
    }

    /**
     * {@code trades.recent} (weight 25).
     *
     * @param symbol symbol
     * @param limit  1 to 1000; 0 for the default (500)
     * @return the most recent trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<Trade>>> recentTrades(String symbol, int limit) {
        RequestChecks.symbol(symbol);
        if (limit != 0) {
            Params.limit(limit, 1000);
        }
        return client.unsigned("trades.recent", p -> {
            p.add("symbol", symbol);
            Params.addLimit(p, limit);
        }, SpotMarketDecoders.TRADES);
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
        RequestChecks.symbol(symbol);
        if (limit != 0) {
            Params.limit(limit, 1000);
        }
        return client.unsigned("trades.historical", p -> {
            p.add("symbol", symbol);
            Params.addIfSet(p, "fromId", fromId);
            Params.addLimit(p, limit);
        }, SpotMarketDecoders.TRADES);
    }

    /**
     * {@code trades.aggregate} (weight 4).
     *
     * @param request which trades
     * @return aggregate trades, oldest first
     */
    public CompletableFuture<ApiResponse<List<AggregateTrade>>> aggregateTrades(AggregateTradesRequest request) {
        return client.unsigned("trades.aggregate", request::addTo, SpotMarketDecoders.AGG_TRADES);
    }

    /**
     * {@code klines} (weight 2).
     *
     * @param request symbol, interval, range
     * @return bars, oldest first
     */
    public CompletableFuture<ApiResponse<List<Kline>>> klines(KlinesRequest request) {
        return client.unsigned("klines", request::addTo, SpotMarketDecoders.KLINES);
    }

    /**
     * {@code uiKlines}: klines adjusted for charts (weight 2).
     *
     * @param request symbol, interval, range
     * @return bars, oldest first
     */
    public CompletableFuture<ApiResponse<List<Kline>>> uiKlines(KlinesRequest request) {
        return client.unsigned("uiKlines", request::addTo, SpotMarketDecoders.KLINES);
    }

    /**
     * {@code avgPrice} (weight 2).
     *
     * @param symbol symbol
     * @return the current average price
     */
    public CompletableFuture<ApiResponse<AveragePrice>> avgPrice(String symbol) {
        RequestChecks.symbol(symbol);
        return client.unsigned("avgPrice", p -> p.add("symbol", symbol), SpotMarketDecoders.AVG_PRICE);
    }

    /**
     * {@code ticker.24hr}: weight 2 for 1 to 20 symbols, 40 up to 100, 80 above or for all.
     *
     * @param request symbols ({@link TickerRequest#forAll()} allowed), type, status filter
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> ticker24hr(TickerRequest request) {
        request.checkFor("ticker.24hr", true, false, false);
        return client.unsigned("ticker.24hr", SpotWeights.ticker24hr(request.symbolCount()), request::addTo,
                SpotMarketDecoders.TICKERS);
    }

    /**
     * {@code ticker.tradingDay}: weight 4 per symbol, at most 200.
     *
     * @param request symbols, type, status filter, time zone of the trading day
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> tickerTradingDay(TickerRequest request) {
        request.checkFor("ticker.tradingDay", false, true, false);
        return client.unsigned("ticker.tradingDay", SpotWeights.tickerWindow(request.symbolCount()), request::addTo,
                SpotMarketDecoders.TICKERS);
    }

    /**
     * {@code ticker}: rolling window statistics; weight 4 per symbol, at most 200.
     *
     * @param request symbols, type, status filter, window size (default 1d)
     * @return one statistics per symbol
     */
    public CompletableFuture<ApiResponse<List<TickerStatistics>>> ticker(TickerRequest request) {
        request.checkFor("ticker", false, false, true);
        return client.unsigned("ticker", SpotWeights.tickerWindow(request.symbolCount()), request::addTo,
                SpotMarketDecoders.TICKERS);
    }

    /**
     * {@code ticker.price}: weight 2 for one symbol, 4 for several or all.
     *
     * @param symbols the symbols; none for all trading symbols
     * @return one price per symbol
     */
    public CompletableFuture<ApiResponse<List<PriceTicker>>> tickerPrice(String... symbols) {
        return priceOrBook("ticker.price", symbols, SpotMarketDecoders.PRICES);
    }

    /**
     * {@code ticker.book}: weight 2 for one symbol, 4 for several or all.
     *
     * @param symbols the symbols; none for all trading symbols
     * @return one best bid/ask per symbol
     */
    public CompletableFuture<ApiResponse<List<BookTicker>>> tickerBook(String... symbols) {
        return priceOrBook("ticker.book", symbols, SpotMarketDecoders.BOOKS);
    }

    private <T> CompletableFuture<ApiResponse<List<T>>> priceOrBook(
            String method, String[] symbols, io.tradewire.client.wsapi.ResponseDecoder<List<T>> d) {
        List<String> list = List.of(symbols);
        String array = list.size() > 1 ? Params.symbolArray(list) : null;
        if (list.size() == 1) {
            RequestChecks.symbol(list.get(0));
        }
        return client.unsigned(method, SpotWeights.tickerPriceOrBook(list.size() == 1), p -> {
            if (list.size() == 1) {
                p.add("symbol", list.get(0));
            } else if (array != null) {
                p.addRawJson("symbols", array);
            }
        }, d);
    }
}
