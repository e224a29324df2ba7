package io.tradewire.simulator.venue;

import io.tradewire.core.enums.ExecutionType;
import java.util.Map;

/**
 * Observes what the venue does, for user data streams. Called on the thread that called the venue, after the venue
 * call's state changes are complete (so a listener may query the venue), in the order things happened. Both methods
 * default to doing nothing. Simulator internal.
 */
public interface VenueListener {
    /** A listener that ignores everything. */
    VenueListener NO_OP = new VenueListener() {
    };

    /**
     * An order changed: NEW on acceptance, TRADE per fill, CANCELED, EXPIRED, or TRADE_PREVENTION when
     * self-trade prevention expired it.
     *
     * @param apiKey        the order's account
     * @param order         the order's state after this event
     * @param lastFillOrNull the fill of a TRADE event, else null
     * @param executionType what happened
     */
    default void onExecution(String apiKey, OrderResult order, Fill lastFillOrNull, ExecutionType executionType) {
    }

    /**
     * Balances of an account changed.
     *
     * @param apiKey  the account
     * @param changed the new balances of the assets that changed
     */
    default void onBalances(String apiKey, Map<String, Balance> changed) {
    }
}
