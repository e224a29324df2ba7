package io.tradewire.simulator.activity;

/**
 * What the simulated traders have done so far.
 *
 * @param ticks        ticks run
 * @param makerOrders  quotes the makers placed
 * @param makerCancels quotes the makers canceled (requotes after the mid moved)
 * @param takerOrders  crossing orders the takers sent and the venue accepted
 * @param rejected     orders of either kind the venue refused
 */
public record ActivityStats(long ticks, long makerOrders, long makerCancels, long takerOrders, long rejected) {
}
