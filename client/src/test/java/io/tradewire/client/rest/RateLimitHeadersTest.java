package io.tradewire.client.rest;

import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.ratelimit.RateLimit;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Binance's usage headers into rate limits. */
class RateLimitHeadersTest {
    private static final List<RateLimit> KNOWN = List.of(
            RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000),
            RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 100),
            RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 200_000));

    private static HttpHeaders headers(Map<String, List<String>> m) {
        return HttpHeaders.of(m, (k, v) -> true);
    }

    @Test
    void everyWindowIsReadWithTheLimitTheClientKnows() {
        List<RateLimit> r = RateLimitHeaders.read(headers(Map.of(
                "x-mbx-used-weight", List.of("7"),
                "X-MBX-USED-WEIGHT-1M", List.of("7"),
                "x-mbx-order-count-10s", List.of("3"),
                "X-Mbx-Order-Count-1D", List.of("12"),
                "content-type", List.of("application/json"))), KNOWN);
        assertThat(r).containsExactlyInAnyOrder(
                RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000, 7),
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 100, 3),
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 200_000, 12));
    }

    @Test
    void anUnknownWindowIsShownWithoutALimitAndGarbageIsSkipped() {
        List<RateLimit> r = RateLimitHeaders.read(headers(Map.of(
                "x-mbx-used-weight-5h", List.of("40"),
                "x-mbx-used-weight-xm", List.of("1"),
                "x-mbx-order-count-10w", List.of("1"),
                "x-mbx-used-weightless", List.of("1"),
                "x-mbx-order-count-1d", List.of("lots"))), KNOWN);
        assertThat(r).containsExactly(RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.HOUR, 5,
                RateLimit.NO_COUNT, 40));
    }

    @Test
    void theLegacyHeaderAloneCountsAsTheMinuteWindow() {
        assertThat(RateLimitHeaders.read(headers(Map.of("X-MBX-USED-WEIGHT", List.of("9"))), KNOWN))
                .containsExactly(RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000, 9));
        assertThat(RateLimitHeaders.read(headers(Map.of()), KNOWN)).isEmpty();
    }
}
