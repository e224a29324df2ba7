package io.tradewire.client.rest;

import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.ratelimit.RateLimit;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Binance's usage headers, {@code X-MBX-USED-WEIGHT-(n)(letter)} and {@code X-MBX-ORDER-COUNT-(n)(letter)},
 * into {@link RateLimit}s. The headers carry counts, not limits: each limit is taken from what the client already
 * knows ({@code known}, from the limiter), or {@link RateLimit#NO_COUNT} when it knows none for that window.
 */
final class RateLimitHeaders {
    private static final String WEIGHT = "x-mbx-used-weight";
    private static final String ORDERS = "x-mbx-order-count-";

    private RateLimitHeaders() {
    }

    /**
     * @param headers the response headers
     * @param known   limits as the client knows them (counts ignored)
     * @return the reported usage, in header order; empty when there is none
     */
    static List<RateLimit> read(HttpHeaders headers, List<RateLimit> known) {
        List<RateLimit> out = new ArrayList<>(3);
        long bareWeight = -1;
        boolean weightWithInterval = false;
        for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
            String name = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            long value = parseCount(e.getValue().get(0));
            if (value < 0) {
                continue;
            }
            RateLimitType type;
            String suffix;
            if (name.regionMatches(true, 0, ORDERS, 0, ORDERS.length())) {
                type = RateLimitType.ORDERS;
                suffix = name.substring(ORDERS.length());
            } else if (name.regionMatches(true, 0, WEIGHT, 0, WEIGHT.length())) {
                if (name.length() == WEIGHT.length()) {
                    bareWeight = value; // the interval-less legacy header: used only when no other is there
                    continue;
                }
                if (name.charAt(WEIGHT.length()) != '-') {
                    continue;
                }
                type = RateLimitType.REQUEST_WEIGHT;
                suffix = name.substring(WEIGHT.length() + 1);
            } else {
                continue;
            }
            RateLimit r = window(type, suffix, value, known);
            if (r != null) {
                out.add(r);
                weightWithInterval |= type.equals(RateLimitType.REQUEST_WEIGHT);
            }
        }
        if (!weightWithInterval && bareWeight >= 0) {
            out.add(withLimit(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, bareWeight, known));
        }
        return out;
    }

    /** {@code 10s}, {@code 1M}, ... into a window; null when the suffix is not one. */
    private static RateLimit window(RateLimitType type, String suffix, long count, List<RateLimit> known) {
        int n = suffix.length();
        if (n < 2) {
            return null;
        }
        int num = 0;
        for (int i = 0; i < n - 1; i++) {
            char c = suffix.charAt(i);
            if (c < '0' || c > '9' || num > 100_000) {
                return null;
            }
            num = num * 10 + (c - '0');
        }
        if (num <= 0) {
            return null;
        }
        RateLimitInterval interval;
        switch (Character.toUpperCase(suffix.charAt(n - 1))) {
            case 'S':
                interval = RateLimitInterval.SECOND;
                break;
            case 'M':
                interval = RateLimitInterval.MINUTE;
                break;
            case 'H':
                interval = RateLimitInterval.HOUR;
                break;
            case 'D':
                interval = RateLimitInterval.DAY;
                break;
            default:
                return null;
        }
        return withLimit(type, interval, num, count, known);
    }

    private static RateLimit withLimit(RateLimitType type, RateLimitInterval interval, int num, long count,
                                       List<RateLimit> known) {
        long limit = RateLimit.NO_COUNT;
        for (RateLimit k : known) {
            if (k.rateLimitType().equals(type) && k.interval().equals(interval) && k.intervalNum() == num) {
                limit = k.limit();
                break;
            }
        }
        return RateLimit.of(type, interval, num, limit, count);
    }

    private static long parseCount(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
