package io.tradewire.simulator.matching;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to non-negative {@code int} values, linear probing with backward-shift
 * deletion so that no tombstones accumulate. Allocates only when it grows. Not thread-safe.
 */
final class LongIntHashMap {
    static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;
    private int resizeAt;

    LongIntHashMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, MISSING);
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

    int get(long key) {
        int i = hash(key) & mask;
        while (true) {
            int v = values[i];
            if (v == MISSING) {
                return MISSING;
            }
            if (keys[i] == key) {
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    /** Inserts or replaces; {@code value} must be {@code >= 0}. */
    void put(long key, int value) {
        int i = hash(key) & mask;
        while (true) {
            int v = values[i];
            if (v == MISSING) {
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

    int remove(long key) {
        int i = hash(key) & mask;
        while (true) {
            int v = values[i];
            if (v == MISSING) {
                return MISSING;
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
            int v = values[i];
            if (v == MISSING) {
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
        values[hole] = MISSING;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length << 1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != MISSING) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
