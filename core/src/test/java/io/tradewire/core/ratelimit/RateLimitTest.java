package io.tradewire.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.TestData;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void valueSemantics() {
        RateLimit a = RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 13);
        assertThat(a.rateLimitType()).isSameAs(RateLimitType.ORDERS);
        assertThat(a.interval()).isSameAs(RateLimitInterval.SECOND);
        assertThat(a.intervalNum()).isEqualTo(10);
        assertThat(a.limit()).isEqualTo(50);
        assertThat(a.count()).isEqualTo(13);
        assertThat(a.windowMillis()).isEqualTo(10_000);
        assertThat(a).isEqualTo(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 13))
                .hasSameHashCodeAs(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 13))
                .isNotEqualTo(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 14));
        assertThat(a).hasToString("RateLimit[ORDERS 10 SECOND limit=50 count=13]");

        RateLimit info = RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000);
        assertThat(info.count()).isEqualTo(-1);
        assertThat(info).hasToString("RateLimit[REQUEST_WEIGHT 1 MINUTE limit=6000]");
        assertThat(RateLimit.of(RateLimitType.of("NEW"), RateLimitInterval.of("WEEK"), 1, 1).windowMillis())
                .isEqualTo(-1);
        assertThat(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 1).windowMillis())
                .isEqualTo(86_400_000L);
    }

    @Test
    void buildsFromDocRateLimits() {
        JsonNode doc = TestData.json("payloads/spot-wsapi-error-429-1.doc.json");
        List<RateLimit> limits = new ArrayList<>();
        for (JsonNode r : doc.path("rateLimits")) {
            limits.add(RateLimit.of(RateLimitType.of(r.path("rateLimitType").asText()),
                    RateLimitInterval.of(r.path("interval").asText()), r.path("intervalNum").asInt(),
                    r.path("limit").asLong(), r.path("count").asLong(-1)));
        }
        assertThat(limits).containsExactly(
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 50),
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 160000, 50),
                RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000, 1));
    }
}
