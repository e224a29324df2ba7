/**
 * Simulator internals: the venue behind the simulator's API — symbols, accounts and balances, order validation in
 * Binance's order, the order lifecycle on top of {@link io.tradewire.simulator.matching.OrderBook}, and order history.
 *
 * <p>The types are {@code public} because the simulator's server package calls them; they are not part of Tradewire's
 * public API. {@link io.tradewire.simulator.venue.Venue} is single-threaded by contract: callers serialize access
 * (the server holds the venue's monitor).
 */
package io.tradewire.simulator.venue;
