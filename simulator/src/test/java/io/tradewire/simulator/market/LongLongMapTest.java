package io.tradewire.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;

class LongLongMapTest {
    /** Random adds (some cancelling out to 0, which removes) over a few keys agree with a HashMap. */
    @Property(tries = 200)
    void behavesLikeAHashMap(@ForAll @Size(max = 400) List<@IntRange(min = -40, max = 40) Integer> ops) {
        LongLongMap m = new LongLongMap(4);
        Map<Long, Long> ref = new HashMap<>();
        for (int op : ops) {
            long key = Math.abs(op) % 23 * 1_000_000L + 1;
            long delta = op >= 0 ? 5 : -5;
            long sum = ref.getOrDefault(key, 0L) + delta;
            if (sum == 0) {
                ref.remove(key);
            } else {
                ref.put(key, sum);
            }
            assertThat(m.add(key, delta)).isEqualTo(sum);
        }
        assertThat(m.size()).isEqualTo(ref.size());
        ref.forEach((k, v) -> assertThat(m.get(k)).isEqualTo(v));
        Map<Long, Long> seen = new HashMap<>();
        m.forEach(seen::put);
        assertThat(seen).isEqualTo(ref);
    }
}
