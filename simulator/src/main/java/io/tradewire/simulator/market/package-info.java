/**
 * Market data made from the venue's own activity: the public trade tape, aggregate trades, klines for every Binance
 * interval, rolling and trading-day statistics, average price, book ticker and depth with update ids. Fed by the venue
 * through {@link io.tradewire.simulator.venue.VenueListener}; read by the WS API market data methods and the market
 * streams server. Simulator internal.
 *
 * <p><b>Threading:</b> everything here is guarded by the venue's monitor, like the venue itself.
 *
 * <p><b>Bounded memory:</b> trades, aggregate trades and klines live in fixed-size rings (see {@link MarketData}), so
 * that a long run at full load keeps a flat heap; queries reaching behind a ring's oldest entry see what is left.
 */
package io.tradewire.simulator.market;
