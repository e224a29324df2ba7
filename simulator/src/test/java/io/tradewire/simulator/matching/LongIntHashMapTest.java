package io.tradewire.simulator.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class LongIntHashMapTest {
    @Property(tries = 300)
    void behavesLikeHashMap(@ForAll @Size(max = 400) List<@LongRange(min = -50, max = 50) Long> keys,
                            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 2) Integer> actions) {
        LongIntHashMap map = new LongIntHashMap(2);
        Map<Long, Integer> ref = new HashMap<>();
        int n = Math.min(keys.size(), actions.size());
        for (int i = 0; i < n; i++) {
            long k = keys.get(i) * 1_000_003L; // spread, and collide in the low bits now and then
            switch (actions.get(i)) {
                case 0, 1 -> {
                    map.put(k, i);
                    ref.put(k, i);
                }
                default -> {
                    Integer old = ref.remove(k);
                    assertThat(map.remove(k)).isEqualTo(old == null ? LongIntHashMap.MISSING : old);
                }
            }
            assertThat(map.size()).isEqualTo(ref.size());
        }
        for (long k = -50; k <= 50; k++) {
            long key = k * 1_000_003L;
            assertThat(map.get(key)).isEqualTo(ref.getOrDefault(key, LongIntHashMap.MISSING));
        }
    }
}
