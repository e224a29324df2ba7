package io.tradewire.client.wsapi;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests awaiting an answer, indexed by their sequential id: a power-of-two ring where slot {@code id & mask}
 * holds request {@code id}. Lookups and removals are O(1) with no boxing and no per-entry node; the ring doubles
 * only when a request is still pending a whole ring's worth of ids later. Because ids are handed out in send order
 * and every request of a connection has the same timeout, expired requests are always the oldest ones, so the
 * deadline sweep walks from the oldest id and stops at the first request still in time.
 *
 * @param <P> the pending entry
 */
final class PendingTable<P extends PendingTable.Entry> {
    /** What the table needs of an entry. */
    interface Entry {
        long id();

        long deadlineNs();
    }

    private Object[] slots;
    private int mask;
    private int size;
    private long oldest = 1; // no live entry has a smaller id

    PendingTable(int initialCapacity) {
        int cap = Integer.highestOneBit(Math.max(16, initialCapacity - 1) << 1);
        slots = new Object[cap];
        mask = cap - 1;
    }

    synchronized void put(P p) {
        while (slots[(int) (p.id() & mask)] != null) {
            grow();
        }
        slots[(int) (p.id() & mask)] = p;
        size++;
    }

    @SuppressWarnings("unchecked")
    synchronized P remove(long id) {
        int i = (int) (id & mask);
        Object o = slots[i];
        if (o != null && ((P) o).id() == id) {
            slots[i] = null;
            size--;
            return (P) o;
        }
        return null;
    }

    /**
     * Removes the entries whose deadline has passed, oldest first.
     *
     * @param nowNs     the current time
     * @param nextId    the next id to be handed out (nothing at or above it exists)
     * @param expired   receives the removed entries (cleared first)
     */
    @SuppressWarnings("unchecked")
    synchronized void removeExpired(long nowNs, long nextId, List<P> expired) {
        expired.clear();
        while (oldest < nextId && size > 0) {
            int i = (int) (oldest & mask);
            Object o = slots[i];
            if (o == null || ((P) o).id() != oldest) {
                oldest++; // answered already
                continue;
            }
            if (((P) o).deadlineNs() - nowNs > 0) {
                return; // the oldest live request is in time, so are all younger ones
            }
            slots[i] = null;
            size--;
            expired.add((P) o);
            oldest++;
        }
        if (size == 0) {
            oldest = nextId;
        }
    }

    @SuppressWarnings("unchecked")
    synchronized List<P> removeAll() {
        List<P> all = new ArrayList<>(size);
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                all.add((P) slots[i]);
                slots[i] = null;
            }
        }
        all.sort((a, b) -> Long.compare(a.id(), b.id()));
        size = 0;
        return all;
    }

    synchronized int size() {
        return size;
    }

    private void grow() {
        Object[] old = slots;
        Object[] bigger = new Object[old.length * 2];
        int m = bigger.length - 1;
        for (Object o : old) {
            if (o != null) {
                @SuppressWarnings("unchecked") P p = (P) o;
                bigger[(int) (p.id() & m)] = p;
            }
        }
        slots = bigger;
        mask = m;
    }
}
