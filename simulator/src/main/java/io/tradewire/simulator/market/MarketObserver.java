package io.tradewire.simulator.market;

/**
 * Real-time market events, for the streams server. Called with the venue's monitor held, on the thread of the venue
 * call that caused them: implementations must be quick and must not block.
 */
public interface MarketObserver {
    /**
     * A public trade.
     *
     * @param m            the symbol
     * @param tradeId      trade id
     * @param price        scale 8
     * @param qty          scale 8
     * @param time         trade time
     * @param buyerIsMaker whether the buyer was the maker
     */
    void onTrade(SymbolMarket m, long tradeId, long price, long qty, long time, boolean buyerIsMaker);

    /**
     * A complete aggregate trade (all trades of one taker at one price).
     *
     * @param m            the symbol
     * @param aggId        aggregate trade id
     * @param price        scale 8
     * @param qty          total quantity, scale 8
     * @param firstId      first trade id
     * @param lastId       last trade id
     * @param time         trade time
     * @param buyerIsMaker whether the buyer was the maker
     */
    void onAggTrade(SymbolMarket m, long aggId, long price, long qty, long firstId, long lastId, long time,
                    boolean buyerIsMaker);

    /**
     * The best bid or ask, or a quantity there, changed.
     *
     * @param m   the symbol
     * @param top the new top of book
     */
    void onBookTicker(SymbolMarket m, BookTop top);
}
