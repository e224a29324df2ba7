package io.tradewire.simulator.server;

import io.netty.buffer.ByteBuf;
import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.fault.FaultPlan;
import io.tradewire.simulator.venue.Balance;
import io.tradewire.simulator.venue.ExecutionDetail;
import io.tradewire.simulator.venue.Fill;
import io.tradewire.simulator.venue.OrderListResult;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueListener;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the venue's listener callbacks into user data events for every subscription of the account: one envelope
 * serialization per event and subscription, offered to the subscription's fault stage in the venue's order.
 *
 * <p>Everything here runs under the venue's monitor: the callbacks (the venue calls them inside its call) and
 * subscribe/unsubscribe (the request handlers take the monitor). The hub listens to the venue only while some
 * subscription exists, so that the order path builds no per-order snapshots for nobody.
 */
final class UserDataHub implements VenueListener {
    private static final Logger LOG = LoggerFactory.getLogger(UserDataHub.class);
    private static final UserDataSubscription[] NONE = new UserDataSubscription[0];

    private final Venue venue;
    private final EpochClock clock;
    private final Supplier<FaultPlan> faults;
    private final UserDataEvents encoder = new UserDataEvents();
    private final Map<String, UserDataSubscription[]> byKey = new HashMap<>();
    private int subscriptions;

    UserDataHub(Venue venue, EpochClock clock, Supplier<FaultPlan> faults) {
        this.venue = venue;
        this.clock = clock;
        this.faults = faults;
    }

    // ------------------------------------------------------------------ subscriptions (caller holds the venue)

    /** Starts a subscription; the caller checked the limits and that the account has none on this connection. */
    UserDataSubscription add(UserDataConnection c, String apiKey, boolean logon) {
        UserDataSubscription s = new UserDataSubscription(c.started++, apiKey, logon, c,
                faults.get().userData().stage(apiKey, c, c.channel.eventLoop()));
        c.active.add(s);
        UserDataSubscription[] old = byKey.getOrDefault(apiKey, NONE);
        UserDataSubscription[] now = Arrays.copyOf(old, old.length + 1);
        now[old.length] = s;
        byKey.put(apiKey, now);
        if (subscriptions++ == 0) {
            venue.addListener(this);
        }
        return s;
    }

    /**
     * Ends a subscription.
     *
     * @param notify send {@code eventStreamTerminated} (logout, unsubscribe), not when the connection is gone
     */
    void remove(UserDataSubscription s, boolean notify) {
        s.connection.active.remove(s);
        UserDataSubscription[] old = byKey.get(s.apiKey);
        if (old != null) {
            int at = Arrays.asList(old).indexOf(s);
            if (at >= 0) {
                if (old.length == 1) {
                    byKey.remove(s.apiKey);
                } else {
                    UserDataSubscription[] now = new UserDataSubscription[old.length - 1];
                    System.arraycopy(old, 0, now, 0, at);
                    System.arraycopy(old, at + 1, now, at, old.length - at - 1);
                    byKey.put(s.apiKey, now);
                }
                if (--subscriptions == 0) {
                    venue.removeListener(this);
                }
            }
        }
        if (notify) {
            long now = clock.epochMillis();
            offer(s, UserDataEvents.TERMINATED, (e, g) -> UserDataEvents.terminated(g, now));
        }
    }

    /** The connection closed: its subscriptions end without a word. */
    void connectionClosed(UserDataConnection c) {
        for (UserDataSubscription s : c.active.toArray(NONE)) {
            remove(s, false);
        }
    }

    // ------------------------------------------------------------------ venue callbacks

    @Override
    public void onExecution(String apiKey, OrderResult order, Fill lastFillOrNull, ExecutionType executionType,
                            ExecutionDetail detail) {
        UserDataSubscription[] subs = byKey.get(apiKey);
        if (subs == null) {
            return;
        }
        long now = clock.epochMillis();
        for (UserDataSubscription s : subs) {
            offer(s, UserDataEvents.EXECUTION_REPORT,
                    (e, g) -> e.executionReport(g, now, order, lastFillOrNull, executionType, detail));
        }
    }

    @Override
    public void onListStatus(String apiKey, OrderListResult list) {
        UserDataSubscription[] subs = apiKey == null ? null : byKey.get(apiKey);
        if (subs == null) {
            return;
        }
        long now = clock.epochMillis();
        for (UserDataSubscription s : subs) {
            offer(s, UserDataEvents.LIST_STATUS, (e, g) -> e.listStatus(g, now, list));
        }
    }

    @Override
    public void onBalances(String apiKey, Map<String, Balance> changed) {
        UserDataSubscription[] subs = byKey.get(apiKey);
        if (subs == null || changed.isEmpty()) {
            return;
        }
        long now = clock.epochMillis();
        for (UserDataSubscription s : subs) {
            offer(s, UserDataEvents.ACCOUNT_POSITION, (e, g) -> e.accountPosition(g, now, now, changed));
        }
    }

    @Override
    public void onBalanceUpdate(String apiKey, String asset, BigDecimal delta, long time) {
        UserDataSubscription[] subs = byKey.get(apiKey);
        if (subs == null) {
            return;
        }
        long now = clock.epochMillis();
        for (UserDataSubscription s : subs) {
            offer(s, UserDataEvents.BALANCE_UPDATE, (e, g) -> e.balanceUpdate(g, now, asset, delta, time));
        }
    }

    /** Encodes one event for one subscription and passes it through the subscription's fault stage. */
    private void offer(UserDataSubscription s, String type, UserDataEvents.EventBody body) {
        try {
            ByteBuf frame = encoder.encode(s.connection.channel.alloc(), s.id, body);
            s.stage.offer(type, frame);
        } catch (RuntimeException e) {
            // Never let a user data problem break the venue call that caused the event.
            LOG.warn("user data event {} for subscription {} not delivered", type, s.id, e);
        }
    }
}
