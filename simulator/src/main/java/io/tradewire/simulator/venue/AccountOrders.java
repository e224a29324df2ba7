package io.tradewire.simulator.venue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's orders on one symbol, as three intrusive lists threaded through {@link VenueOrder} (no nodes, no
 * garbage): every order the venue still retains, by order id (allOrders); the open ones, by order id (openOrders,
 * cancelAll); the closed ones in the order they closed, so that the oldest closed order is the first to be
 * forgotten. Plus the client order id index. Order ids of a symbol only grow, so appending keeps id order.
 */
final class AccountOrders {
    final Account account;
    /** Latest order per clientOrderId: duplicates are refused only while that order is open. */
    private final Map<String, VenueOrder> byClientId = new HashMap<>();
    private VenueOrder first;
    private VenueOrder last;
    private VenueOrder firstOpen;
    private VenueOrder lastOpen;
    private VenueOrder oldestClosed;
    private VenueOrder newestClosed;
    private int closedCount;

    AccountOrders(Account account) {
        this.account = account;
    }

    /** A new order: retained and open. */
    void add(VenueOrder o) {
        o.prevRetained = last;
        if (last == null) {
            first = o;
        } else {
            last.nextRetained = o;
        }
        last = o;
        o.prevOpen = lastOpen;
        if (lastOpen == null) {
            firstOpen = o;
        } else {
            lastOpen.nextOpen = o;
        }
        lastOpen = o;
        byClientId.put(o.clientOrderId, o);
    }

    /** The order now goes by {@code clientOrderId} as well (amendments keep the old id findable). */
    void indexClientId(VenueOrder o) {
        byClientId.put(o.clientOrderId, o);
    }

    VenueOrder byClientId(String clientOrderId) {
        return byClientId.get(clientOrderId);
    }

    /** The order has left the open states for good: it moves to the end of the closed queue. */
    void closed(VenueOrder o, long now) {
        if (o.closed) {
            return;
        }
        o.closed = true;
        o.closedAt = now;
        VenueOrder p = o.prevOpen;
        VenueOrder n = o.nextOpen;
        if (p == null) {
            firstOpen = n;
        } else {
            p.nextOpen = n;
        }
        if (n == null) {
            lastOpen = p;
        } else {
            n.prevOpen = p;
        }
        o.prevOpen = null;
        o.nextOpen = null;
        if (newestClosed == null) {
            oldestClosed = o;
        } else {
            newestClosed.nextClosed = o;
        }
        newestClosed = o;
        closedCount++;
    }

    int closedCount() {
        return closedCount;
    }

    /** The closed order that closed first, or null. */
    VenueOrder oldestClosed() {
        return oldestClosed;
    }

    /** Forgets the oldest closed order: out of every list and the client id index. */
    VenueOrder evictOldestClosed() {
        VenueOrder o = oldestClosed;
        if (o == null) {
            return null;
        }
        oldestClosed = o.nextClosed;
        if (oldestClosed == null) {
            newestClosed = null;
        }
        o.nextClosed = null;
        closedCount--;
        VenueOrder p = o.prevRetained;
        VenueOrder n = o.nextRetained;
        if (p == null) {
            first = n;
        } else {
            p.nextRetained = n;
        }
        if (n == null) {
            last = p;
        } else {
            n.prevRetained = p;
        }
        o.prevRetained = null;
        o.nextRetained = null;
        byClientId.remove(o.clientOrderId, o);
        if (o.amendments != null) {
            for (Amendment a : o.amendments) {
                byClientId.remove(a.origClientOrderId(), o);
            }
        }
        return o;
    }

    /** Adds the open orders, by order id. */
    void collectOpen(List<VenueOrder> out) {
        for (VenueOrder o = firstOpen; o != null; o = o.nextOpen) {
            out.add(o);
        }
    }

    /** The first retained order (lowest id), then follow {@link VenueOrder#nextRetained}. */
    VenueOrder firstRetained() {
        return first;
    }
}
