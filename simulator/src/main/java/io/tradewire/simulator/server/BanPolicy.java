package io.tradewire.simulator.server;

import java.time.Duration;

/**
 * When repeated rate-limit violations turn into an IP ban (418). Binance documents only that "repeatedly
 * violating rate limits and/or failing to back off after receiving 429s" bans the IP, for 2 minutes to 3 days
 * scaling for repeat offenders. The simulator's rule: once an IP has received {@code rejectionsBeforeBan}
 * REQUEST_WEIGHT 429s within one 1-minute weight window, its next over-limit request bans it, for
 * {@code firstBan} doubled for each earlier ban of that IP, at most {@code maxBan}. While banned every request
 * from the IP gets 418 -1003 "IP banned until ..." with {@code retryAfter} the ban's end, and the connection is
 * closed after the answer. The strike count restarts with each weight window, so a client that waits for
 * {@code retryAfter} is never banned.
 *
 * <p>Simulator internal; configured through {@code Simulator.Builder#rateLimitBans}.
 */
public final class BanPolicy {
    /** 10 rejections per window, first ban 2 minutes, longest 3 days. */
    public static final BanPolicy DEFAULT = new BanPolicy(10, Duration.ofMinutes(2), Duration.ofDays(3));
    /** Never ban: 429s only. */
    public static final BanPolicy NEVER = new BanPolicy(Integer.MAX_VALUE, Duration.ofMinutes(2), Duration.ofDays(3));

    final int rejectionsBeforeBan;
    final long firstBanMs;
    final long maxBanMs;

    /**
     * @param rejectionsBeforeBan 429s an IP may receive in one weight window before its next over-limit
     *                            request bans it (0: the first over-limit request bans at once)
     * @param firstBan            the first ban's length
     * @param maxBan              the longest ban
     */
    public BanPolicy(int rejectionsBeforeBan, Duration firstBan, Duration maxBan) {
        if (rejectionsBeforeBan < 0) {
            throw new IllegalArgumentException("rejectionsBeforeBan must not be negative: " + rejectionsBeforeBan);
        }
        if (firstBan.toMillis() <= 0 || maxBan.compareTo(firstBan) < 0) {
            throw new IllegalArgumentException("need 0 < firstBan <= maxBan: " + firstBan + ", " + maxBan);
        }
        this.rejectionsBeforeBan = rejectionsBeforeBan;
        this.firstBanMs = firstBan.toMillis();
        this.maxBanMs = maxBan.toMillis();
    }

    /** Length of the ban after {@code earlierBans} earlier ones: doubling from the first, capped. */
    long banMs(int earlierBans) {
        long ms = firstBanMs;
        for (int i = 0; i < earlierBans && ms < maxBanMs; i++) {
            ms *= 2;
        }
        return Math.min(ms, maxBanMs);
    }

    @Override
    public String toString() {
        return "BanPolicy{rejectionsBeforeBan=" + rejectionsBeforeBan + ", firstBanMs=" + firstBanMs + ", maxBanMs="
                + maxBanMs + '}';
    }
}
