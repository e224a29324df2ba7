/**
 * Background market activity: seeded simulated traders that keep the simulator's books and streams alive. Market
 * makers hold a two-sided ladder around a mid price that follows a seeded random walk; takers send crossing orders
 * (LIMIT IOC and MARKET) at a configured rate. Turn it on with
 * {@code Simulator.builder().backgroundActivity(ActivityConfig.defaults())}; reach it with
 * {@code sim.activity()}. The same seed and the same number of ticks give the same orders.
 */
package io.tradewire.simulator.activity;
