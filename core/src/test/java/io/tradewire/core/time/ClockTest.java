package io.tradewire.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void manualClockMovesOnlyWhenTold() {
        ManualClock clock = new ManualClock(1_000L);
        assertThat(clock.epochMillis()).isEqualTo(1_000L);
        assertThat(clock.nanoTime()).isZero();
        clock.advanceMillis(250);
        assertThat(clock.epochMillis()).isEqualTo(1_250L);
        assertThat(clock.nanoTime()).isEqualTo(250_000_000L);
        clock.advanceNanos(1_500_000);
        assertThat(clock.epochMillis()).isEqualTo(1_251L);
        assertThat(clock.nanoTime()).isEqualTo(251_500_000L);
        clock.setEpochMillis(500);
        assertThat(clock.epochMillis()).isEqualTo(500);
        assertThat(clock.nanoTime()).isEqualTo(251_500_000L); // monotonic time does not jump
        assertThatThrownBy(() -> clock.advanceMillis(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.toString()).contains("epochMillis=500");
        assertThat(new ManualClock().epochMillis()).isEqualTo(1_704_067_200_000L);
    }

    @Test
    void systemClockIsReal() {
        EpochClock clock = EpochClock.system();
        assertThat(clock).isSameAs(EpochClock.system());
        long before = System.currentTimeMillis();
        long now = clock.epochMillis();
        assertThat(now).isBetween(before, System.currentTimeMillis());
        long n1 = clock.nanoTime();
        assertThat(clock.nanoTime()).isGreaterThanOrEqualTo(n1);
    }
}
