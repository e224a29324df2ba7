package io.tradewire.client.clock;

import io.tradewire.core.time.ManualClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VenueClockTest {
    @Test
    void theSampleWithTheSmallestRoundTripWins() {
        ManualClock local = new ManualClock(1_000_000);
        VenueClock clock = new VenueClock(local);
        assertThat(clock.epochMillis()).isEqualTo(1_000_000);
        clock.beginRound();
        // A slow sample (40 ms) that suggests +500 ms, and a fast one (2 ms) that suggests +3000 ms.
        clock.sample(1_000_000, 1_000_040, 40_000_000, 1_000_520);
        clock.sample(1_000_100, 1_000_102, 2_000_000, 1_003_101);
        assertThat(clock.offsetMs()).as("unchanged until the round ends").isZero();
        assertThat(clock.endRound()).isTrue();
        assertThat(clock.offsetMs()).isEqualTo(3000);
        assertThat(clock.bestRttNs()).isEqualTo(2_000_000);
        assertThat(clock.epochMillis()).isEqualTo(1_003_000);
    }

    @Test
    void aNewRoundReplacesTheEstimateSoAJumpIsFollowed() {
        ManualClock local = new ManualClock(0);
        VenueClock clock = new VenueClock(local);
        clock.beginRound();
        clock.sample(0, 2, 2_000_000, 3001);
        clock.endRound();
        assertThat(clock.offsetMs()).isEqualTo(3000);
        clock.beginRound();
        clock.sample(10, 20, 10_000_000, 15 - 3000); // slower, but it is the new round's only sample
        clock.endRound();
        assertThat(clock.offsetMs()).isEqualTo(-3000);
    }

    @Test
    void anEmptyRoundKeepsTheEstimate() {
        VenueClock clock = new VenueClock(new ManualClock(0));
        clock.beginRound();
        clock.sample(0, 2, 2_000_000, 502);
        clock.endRound();
        clock.beginRound();
        assertThat(clock.endRound()).isFalse();
        assertThat(clock.offsetMs()).isEqualTo(501);
    }
}
