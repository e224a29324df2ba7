package io.tradewire.simulator.activity;

import io.tradewire.simulator.venue.VenueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the simulated traders did, updated on the tick (with the tick lock held). */
final class Counters {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundActivity.class);

    long ticks;
    long makerOrders;
    long makerCancels;
    long takerOrders;
    long rejected;

    /**
     * A refused order is not a failure of the activity (a symbol's own rules, such as PERCENT_PRICE_BY_SIDE judged on
     * an average the traders do not see, may refuse it): counted, the first one reported.
     */
    void rejected(String symbol, VenueException e) {
        if (rejected++ == 0) {
            LOG.info("background activity: an order on {} was refused ({} {}); further refusals are only counted",
                    symbol, e.code(), e.message());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("background activity: order on {} refused: {} {}", symbol, e.code(), e.message());
        }
    }

    ActivityStats snapshot() {
        return new ActivityStats(ticks, makerOrders, makerCancels, takerOrders, rejected);
    }
}
