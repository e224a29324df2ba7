package io.tradewire.client.ratelimit;

import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.ratelimit.RateLimit;
import io.tradewire.core.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The limiter alone, driven by a manual clock: no threads, no sockets. */
class RateLimiterTest {
    private static final long T0 = 1_800_000_000_000L; // a multiple of 10 s and of 1 min (not of a day)
    private static final long DAY_END = Math.floorDiv(T0, 86_400_000L) * 86_400_000L + 86_400_000L;

    private final ManualClock clock = new ManualClock(T0);
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void weightIsCountedPerMinuteWindowAndRoomReturnsWhenItTurns() {
        limiter.onReported(List.of(RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 10)));
        assertThat(limiter.tryAcquire(4, 0)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.tryAcquire(4, 0)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.tryAcquire(4, 0)).isEqualTo(T0 + 60_000);
        assertThat(limiter.tryAcquire(2, 0)).isEqualTo(RateLimiter.GRANTED);
        clock.advanceMillis(60_000);
        assertThat(limiter.tryAcquire(10, 0)).isEqualTo(RateLimiter.GRANTED);
    }

    @Test
    void ordersCountAgainstBothOrderWindows() {
        limiter.onReported(List.of(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 2),
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 3)));
        assertThat(limiter.tryAcquire(1, 1)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.tryAcquire(1, 1)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.tryAcquire(1, 1)).isEqualTo(T0 + 10_000);
        assertThat(limiter.tryAcquire(1, 0)).as("a query is not an order").isEqualTo(RateLimiter.GRANTED);
        clock.advanceMillis(10_000);
        assertThat(limiter.tryAcquire(1, 1)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.tryAcquire(1, 1)).as("the day is full").isEqualTo(DAY_END);
    }

    @Test
    void reportedCountsRaiseOursButNeverLowerThem() {
        limiter.onReported(List.of(RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 100, 90)));
        assertThat(usage(RateLimitType.REQUEST_WEIGHT).count()).isEqualTo(90);
        limiter.onReported(List.of(RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 100, 5)));
        assertThat(usage(RateLimitType.REQUEST_WEIGHT).count()).isEqualTo(90);
        assertThat(limiter.tryAcquire(11, 0)).isEqualTo(T0 + 60_000);
        assertThat(limiter.tryAcquire(10, 0)).isEqualTo(RateLimiter.GRANTED);
    }

    @Test
    void tooManyOrdersHoldsOnlyNewOrdersUntilRetryAfter() {
        limiter.onRejected(T0 + 5_000, false, true);
        assertThat(limiter.tryAcquire(1, 1)).isEqualTo(T0 + 5_000);
        assertThat(limiter.tryAcquire(1, 0)).isEqualTo(RateLimiter.GRANTED);
        clock.advanceMillis(5_000);
        assertThat(limiter.tryAcquire(1, 1)).isEqualTo(RateLimiter.GRANTED);
    }

    @Test
    void tooMuchWeightHoldsEverythingAndABanIsReportedAsSuch() {
        limiter.onRejected(T0 + 2_000, false, false);
        assertThat(limiter.tryAcquire(1, 0)).isEqualTo(T0 + 2_000);
        limiter.onRejected(T0 + 300_000, true, false);
        assertThat(limiter.tryAcquire(1, 0)).as("negative: banned until").isEqualTo(-(T0 + 300_000));
        assertThat(limiter.blockedUntilMs()).isEqualTo(T0 + 300_000);
        clock.advanceMillis(300_000);
        assertThat(limiter.tryAcquire(1, 0)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.blockedUntilMs()).isZero();
    }

    @Test
    void limitsWithIntervalsThisReleaseDoesNotKnowAreReportedButNotEnforced() {
        limiter.onReported(List.of(RateLimit.of(RateLimitType.of("RAW_REQUESTS"), RateLimitInterval.of("FORTNIGHT"),
                1, 1, 5)));
        assertThat(limiter.tryAcquire(1, 0)).isEqualTo(RateLimiter.GRANTED);
        assertThat(limiter.usage()).extracting(RateLimit::interval).contains(RateLimitInterval.of("FORTNIGHT"));
    }

    private RateLimit usage(RateLimitType type) {
        return limiter.usage().stream().filter(r -> r.rateLimitType().equals(type)).findFirst().orElseThrow();
    }
}
