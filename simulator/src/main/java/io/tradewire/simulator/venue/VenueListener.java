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
     * An order changed, with what an execution report needs beyond the order's state. The venue calls this one; the
     * default passes the event on to {@link #onExecution(String, OrderResult, Fill, ExecutionType)}.
     *
     * @param apiKey         the order's account
     * @param order          the order's state after this event (for a cancel: {@code clientOrderId} is the cancel's
     *                       id and {@code origClientOrderId} the order's; for an amendment: the new and the old id)
     * @param lastFillOrNull the fill of a TRADE event, else null
     * @param executionType  what happened
     * @param detail         execution id, maker flag, expiry reason, prevented match
     */
    default void onExecution(String apiKey, OrderResult order, Fill lastFillOrNull, ExecutionType executionType,
                             ExecutionDetail detail) {
        onExecution(apiKey, order, lastFillOrNull, executionType);
    }

    /**
     * An account's balance of one asset changed outside trading (a deposit or a withdrawal: Binance's
     * {@code balanceUpdate}). Delivered before the {@link #onBalances} of the same change.
     *
     * @param apiKey the account
     * @param asset  the asset
     * @param delta  the change, negative for a withdrawal, 8 decimals
     * @param time   when it cleared, epoch millis
     */
    default void onBalanceUpdate(String apiKey, String asset, java.math.BigDecimal delta, long time) {
    }

    /**
     * Balances of an account changed.
     *
     * @param apiKey  the account
     * @param changed the new balances of the assets that changed
     */
    default void onBalances(String apiKey, Map<String, Balance> changed) {
    }

    /**
     * An order list was placed or changed status (Binance's {@code listStatus} event). Delivered after the call's
     * {@link #onExecution} events, only to listeners that {@link #receivesOrderEvents()}.
     *
     * @param apiKey the list's account
     * @param list   the list as it is now (its orders' fields as of this event)
     */
    default void onListStatus(String apiKey, OrderListResult list) {
    }

    /**
     * Whether this listener wants {@link #onExecution} and {@link #onBalances}: the venue builds per-order snapshots
     * only when some listener does, so that market-data-only listeners cost nothing on the order path.
     *
     * @return true (the default) to receive order and balance events
     */
    default boolean receivesOrderEvents() {
        return true;
    }

    /**
     * A public trade, for the trade tape. Delivered after the venue call, before {@link #onBookUpdated}.
     *
     * @param symbol         the symbol
     * @param tradeId        the symbol's trade id
     * @param priceScaled    price, scale 8
     * @param qtyScaled      base quantity, scale 8
     * @param quoteQtyScaled quote quantity, scale 8
     * @param time           transaction time, epoch millis
     * @param buyerIsMaker   whether the buyer was the resting order
     * @param takerOrderId   the taker's order id (trades of one taker at one price aggregate)
     */
    default void onTrade(String symbol, long tradeId, long priceScaled, long qtyScaled, long quoteQtyScaled,
                         long time, boolean buyerIsMaker, long takerOrderId) {
    }

    /**
     * The resting quantity at one price level changed, for depth streams. Delivered after the venue call, before
     * {@link #onBookUpdated}.
     *
     * @param symbol         the symbol
     * @param bid            true for the bid side
     * @param priceScaled    the level's price, scale 8
     * @param qtyDeltaScaled the change of the level's total quantity (negative when quantity left)
     */
    default void onBookLevel(String symbol, boolean bid, long priceScaled, long qtyDeltaScaled) {
    }

    /**
     * One venue call that traded or changed the book of {@code symbol} is complete; its {@link #onTrade} and
     * {@link #onBookLevel} events came just before.
     *
     * @param symbol the symbol
     * @param time   the call's time, epoch millis
     */
    default void onBookUpdated(String symbol, long time) {
    }
}
