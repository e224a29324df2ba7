/**
 * The Binance-compatible simulator: {@link io.tradewire.simulator.Simulator} and its builder, accounts
 * ({@link io.tradewire.simulator.SimAccount}, {@link io.tradewire.simulator.AccountsFile}).
 */
package io.tradewire.simulator;
