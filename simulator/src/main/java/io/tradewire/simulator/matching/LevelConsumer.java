package io.tradewire.simulator.matching;

/** Receives aggregated price levels from {@link OrderBook#forEachLevel}. Simulator internal. */
@FunctionalInterface
public interface LevelConsumer {
    /**
     * Called once per level, best first.
     *
     * @param price scaled price of the level
     * @param qty   scaled total resting quantity at the level
     */
    void accept(long price, long qty);
}
