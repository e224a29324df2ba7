package io.tradewire.simulator.venue;

/**
 * Open-addressing map from order id to order, linear probing with backward-shift deletion (no tombstones). No boxed
 * keys and no entry objects: about 12 bytes per order instead of a {@code HashMap} node and a {@code Long}.
 * Allocates only when it grows. Not thread-safe.
 */
final class OrderIdMap {
    private long[] keys;
    private VenueOrder[] values;
    private int mask;
    private int size;
    private int resizeAt;

    OrderIdMap(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int cap) {
        keys = new long[cap];
        values = new VenueOrder[cap];
        mask = cap - 1;
        resizeAt = cap >>> 1;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    VenueOrder get(long key) {
        int i = hash(key) & mask;
        while (true) {
            VenueOrder v = values[i];
            if (v == null || keys[i] == key) {
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    /** Inserts or replaces. */
    void put(long key, VenueOrder value) {
        int i = hash(key) & mask;
        while (true) {
            if (values[i] == null) {
                keys[i] = key;
                values[i] = value;
                if (++size > resizeAt) {
                    rehash();
                }
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Removes the key; returns what it mapped to, or null. */
    VenueOrder remove(long key) {
        int i = hash(key) & mask;
        while (true) {
            VenueOrder v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == key) {
                shiftBack(i);
                size--;
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    private void shiftBack(int hole) {
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            VenueOrder v = values[i];
            if (v == null) {
                break;
            }
            int home = hash(keys[i]) & mask;
            // Move the entry into the hole unless its home lies cyclically in (hole, i].
            boolean stays = hole <= i ? (hole < home && home <= i) : (hole < home || home <= i);
            if (!stays) {
                keys[hole] = keys[i];
                values[hole] = v;
                hole = i;
            }
        }
        values[hole] = null;
    }

    private void rehash() {
        long[] oldKeys = keys;
        VenueOrder[] oldValues = values;
        allocate(oldKeys.length << 1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
