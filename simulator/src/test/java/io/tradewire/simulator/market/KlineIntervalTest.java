package io.tradewire.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KlineIntervalTest {
    private static final long T = 1_700_000_000_000L; // 2023-11-14T22:13:20Z, a Tuesday

    @Test
    void everyDocumentedIntervalParses() {
        for (String code : new String[] {"1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h",
                "1d", "3d", "1w", "1M"}) {
            assertThat(KlineInterval.of(code)).as(code).isNotNull();
            assertThat(KlineInterval.of(code).code()).isEqualTo(code);
        }
        assertThat(KlineInterval.of("1H")).isNull();
        assertThat(KlineInterval.of("2m")).isNull();
    }

    @Test
    void openTimes() {
        assertThat(KlineInterval.M1.openTime(T, 0)).isEqualTo(1_699_999_980_000L);
        assertThat(KlineInterval.D1.openTime(T, 0)).isEqualTo(1_699_920_000_000L);
        // Weeks open on Monday 2023-11-13.
        assertThat(KlineInterval.W1.openTime(T, 0)).isEqualTo(1_699_833_600_000L);
        assertThat(KlineInterval.MO1.openTime(T, 0)).isEqualTo(1_698_796_800_000L);
        assertThat(KlineInterval.MO1.nextOpen(1_698_796_800_000L, 0)).isEqualTo(1_701_388_800_000L);
        assertThat(KlineInterval.MO1.previousOpen(1_698_796_800_000L, 0)).isEqualTo(1_696_118_400_000L);
        // UTC+8: the day of T there is 2023-11-15, opening at 16:00 UTC the day before.
        assertThat(KlineInterval.D1.openTime(T, 8 * 3_600_000L)).isEqualTo(1_699_920_000_000L + 16 * 3_600_000L);
        assertThat(KlineInterval.H1.sameAsUtc(8 * 3_600_000L)).isTrue();
        assertThat(KlineInterval.H1.sameAsUtc(345 * 60_000L)).isFalse();
        assertThat(KlineInterval.D1.sameAsUtc(8 * 3_600_000L)).isFalse();
    }
}
