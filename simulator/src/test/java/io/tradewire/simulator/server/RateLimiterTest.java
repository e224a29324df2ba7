package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.time.ManualClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long MINUTE_START = 1_700_000_040_000L; // a whole minute

    @Test
    void weightCountsPerIpAndResetsEachMinute() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START + 1_000);
        RateLimiter l = new RateLimiter(clock, RateLimitConfig.BINANCE);
        Usage u = new Usage(RateLimitConfig.BINANCE);
        l.addWeight("10.0.0.1", 20, u);
        assertThat(u.weightCount).isEqualTo(20);
        l.addWeight("10.0.0.1", 1, u);
        assertThat(u.weightCount).isEqualTo(21);
        l.addWeight("10.0.0.2", 1, u);
        assertThat(u.weightCount).isEqualTo(1);
        clock.setEpochMillis(MINUTE_START + 60_000);
        l.addWeight("10.0.0.1", 1, u);
        assertThat(u.weightCount).isEqualTo(1);
    }

    @Test
    void weightOverTheLimitIs429WithRetryAfter() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START + 5_000);
        RateLimiter l = new RateLimiter(clock, RateLimitConfig.BINANCE);
        Usage u = new Usage(RateLimitConfig.BINANCE);
        l.addWeight("ip", 6000, u);
        assertThatThrownBy(() -> l.addWeight("ip", 1, u)).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.code()).isEqualTo(-1003);
            assertThat(e.retryAfterMs()).isEqualTo(MINUTE_START + 60_000);
        });
        assertThat(u.weightCount).isEqualTo(6001);
    }

    @Test
    void ordersPerTenSecondsAndDay() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START);
        RateLimiter l = new RateLimiter(clock, RateLimitConfig.BINANCE);
        Usage u = new Usage(RateLimitConfig.BINANCE);
        for (int i = 0; i < 100; i++) {
            l.addOrder("k", u);
        }
        assertThat(u.ordersSecondCount).isEqualTo(100);
        assertThatThrownBy(() -> l.addOrder("k", u)).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.code()).isEqualTo(-1015);
            assertThat(e.msg()).isEqualTo("Too many new orders; current limit is 100 orders per 10 SECOND.");
        });
        clock.advanceMillis(10_000);
        l.addOrder("k", u);
        assertThat(u.ordersSecondCount).isEqualTo(1);
        assertThat(u.ordersDayCount).isEqualTo(101);
        l.addOrder("other", u);
        assertThat(u.ordersDayCount).isEqualTo(1);
    }
}
