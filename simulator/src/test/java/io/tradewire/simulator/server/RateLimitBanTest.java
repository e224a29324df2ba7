package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.Simulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Repeated 429s turn into a 418 IP ban as {@link BanPolicy} describes. */
class RateLimitBanTest {
    private static final long MINUTE_START = 1_700_000_040_000L;
    private static final RateLimitConfig TEN_PER_MINUTE = new RateLimitConfig(10, 100, 1000);

    private static ApiError weightError(RateLimiter l, String ip) {
        try {
            l.addWeight(ip, 1, new Usage(TEN_PER_MINUTE));
        } catch (ApiError e) {
            return e;
        }
        throw new AssertionError("expected a rate-limit error");
    }

    @Test
    void moreThanTheToleratedRejectionsInAWindowBanTheIpUntilTheBanEnds() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START + 1_000);
        RateLimiter l = new RateLimiter(clock, TEN_PER_MINUTE);
        l.banPolicy(new BanPolicy(2, Duration.ofMinutes(2), Duration.ofDays(3)));
        l.addWeight("ip", 10, new Usage(TEN_PER_MINUTE));
        assertThat(weightError(l, "ip").status()).isEqualTo(429);
        assertThat(weightError(l, "ip").status()).isEqualTo(429);
        ApiError ban = weightError(l, "ip");
        long until = MINUTE_START + 1_000 + 120_000;
        assertThat(ban.status()).isEqualTo(418);
        assertThat(ban.code()).isEqualTo(-1003);
        assertThat(ban.retryAfterMs()).isEqualTo(until);
        assertThat(ban.msg()).isEqualTo("Way too much request weight used; IP banned until " + until
                + ". Please use WebSocket Streams for live updates to avoid bans.");
        assertThat(l.bannedUntil("ip")).isEqualTo(until);
        assertThat(l.bannedUntil("other")).isEqualTo(Long.MIN_VALUE);

        // Every request while banned, even in a fresh weight window, is a 418 with the same end.
        clock.setEpochMillis(until - 1);
        Usage u = new Usage(TEN_PER_MINUTE);
        assertThatThrownBy(() -> l.addWeight("ip", 1, u)).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(418);
            assertThat(e.retryAfterMs()).isEqualTo(until);
        });
        l.addWeight("other", 1, u); // other IPs are not affected

        clock.setEpochMillis(until);
        l.addWeight("ip", 1, u);
        assertThat(l.bannedUntil("ip")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void bansDoubleForRepeatOffendersUpToTheMaximum() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START);
        RateLimiter l = new RateLimiter(clock, TEN_PER_MINUTE);
        l.banPolicy(new BanPolicy(1, Duration.ofMinutes(1), Duration.ofMinutes(3)));
        long[] expected = {60_000, 120_000, 180_000, 180_000};
        for (long length : expected) {
            clock.setEpochMillis(Math.floorDiv(clock.epochMillis(), 60_000L) * 60_000L + 60_000L);
            l.addWeight("ip", 10, new Usage(TEN_PER_MINUTE));
            assertThat(weightError(l, "ip").status()).isEqualTo(429);
            ApiError ban = weightError(l, "ip");
            assertThat(ban.status()).isEqualTo(418);
            assertThat(ban.retryAfterMs() - clock.epochMillis()).isEqualTo(length);
            clock.setEpochMillis(ban.retryAfterMs());
        }
    }

    @Test
    void aClientThatWaitsForRetryAfterIsNeverBanned() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START);
        RateLimiter l = new RateLimiter(clock, TEN_PER_MINUTE);
        l.banPolicy(new BanPolicy(1, Duration.ofMinutes(2), Duration.ofDays(3)));
        for (int window = 0; window < 5; window++) {
            l.addWeight("ip", 10, new Usage(TEN_PER_MINUTE));
            ApiError e = weightError(l, "ip");
            assertThat(e.status()).isEqualTo(429);
            clock.setEpochMillis(e.retryAfterMs());
        }
    }

    @Test
    void zeroToleratedRejectionsBanAtOnce() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START);
        RateLimiter l = new RateLimiter(clock, TEN_PER_MINUTE);
        l.banPolicy(new BanPolicy(0, Duration.ofMinutes(2), Duration.ofDays(3)));
        l.addWeight("ip", 10, new Usage(TEN_PER_MINUTE));
        assertThat(weightError(l, "ip").status()).isEqualTo(418);
    }

    @Test
    void neverBanKeepsAnswering429() throws Exception {
        ManualClock clock = new ManualClock(MINUTE_START);
        RateLimiter l = new RateLimiter(clock, TEN_PER_MINUTE);
        l.banPolicy(BanPolicy.NEVER);
        l.addWeight("ip", 10, new Usage(TEN_PER_MINUTE));
        for (int i = 0; i < 100; i++) {
            assertThat(weightError(l, "ip").status()).isEqualTo(429);
        }
    }

    @Test
    void overTheWireTheBanAnswers418AndDisconnects() {
        ManualClock clock = new ManualClock(MINUTE_START);
        try (Simulator sim = Simulator.builder().clock(clock).rateLimits(6, 100, 1000)
                .rateLimitBans(1, Duration.ofMinutes(2), Duration.ofDays(3)).build().start()) {
            try (RawWsClient c = RawWsClient.connect(sim.wsApiUri(), RawWsClient.PingMode.ECHO)) {
                // Connecting costs 2, so four pings reach the limit of 6.
                for (int i = 0; i < 4; i++) {
                    assertThat(c.exchange("{\"id\":" + i + ",\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
                }
                assertThat(c.exchange("{\"id\":5,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(429);
                JsonNode ban = c.exchange("{\"id\":6,\"method\":\"ping\"}");
                assertThat(ban.path("status").asInt()).isEqualTo(418);
                assertThat(ban.path("error").path("code").asInt()).isEqualTo(-1003);
                assertThat(ban.path("error").path("data").path("retryAfter").asLong()).isEqualTo(MINUTE_START + 120_000);
                await().atMost(Duration.ofSeconds(5)).until(() -> !c.isOpen());
            }
            clock.advanceMillis(60_000); // a new weight window does not lift the ban
            try (RawWsClient c = RawWsClient.connect(sim.wsApiUri(), RawWsClient.PingMode.ECHO)) {
                JsonNode r = c.exchange("{\"id\":7,\"method\":\"time\"}");
                assertThat(r.path("status").asInt()).isEqualTo(418);
                assertThat(r.path("error").path("data").path("retryAfter").asLong()).isEqualTo(MINUTE_START + 120_000);
            }
            clock.advanceMillis(60_000);
            try (RawWsClient c = RawWsClient.connect(sim.wsApiUri(), RawWsClient.PingMode.ECHO)) {
                assertThat(c.exchange("{\"id\":8,\"method\":\"time\"}").path("status").asInt()).isEqualTo(200);
            }
        }
    }
}
