package io.tradewire.simulator.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Binance's kline intervals, with their open-time arithmetic in UTC or in a fixed time zone offset. */
public enum KlineInterval {
    /** 1 second. */
    S1("1s", 1_000L),
    /** 1 minute. */
    M1("1m", 60_000L),
    /** 3 minutes. */
    M3("3m", 180_000L),
    /** 5 minutes. */
    M5("5m", 300_000L),
    /** 15 minutes. */
    M15("15m", 900_000L),
    /** 30 minutes. */
    M30("30m", 1_800_000L),
    /** 1 hour. */
    H1("1h", 3_600_000L),
    /** 2 hours. */
    H2("2h", 7_200_000L),
    /** 4 hours. */
    H4("4h", 14_400_000L),
    /** 6 hours. */
    H6("6h", 21_600_000L),
    /** 8 hours. */
    H8("8h", 28_800_000L),
    /** 12 hours. */
    H12("12h", 43_200_000L),
    /** 1 day. */
    D1("1d", 86_400_000L),
    /** 3 days. */
    D3("3d", 259_200_000L),
    /** 1 week, opening on Monday 00:00. */
    W1("1w", 604_800_000L),
    /** 1 calendar month. */
    MO1("1M", 0L);

    /** 1970-01-01 was a Thursday: weeks open 4 days after the epoch. */
    private static final long WEEK_ALIGN = 4 * 86_400_000L;
    private static final KlineInterval[] VALUES = values();

    private final String code;
    private final long millis;

    KlineInterval(String code, long millis) {
        this.code = code;
        this.millis = millis;
    }

    /** @return the interval as Binance writes it, e.g. "1m", "1M" */
    public String code() {
        return code;
    }

    /** @return length in milliseconds, 0 for the calendar month */
    public long millis() {
        return millis;
    }

    /**
     * @param code case-sensitive interval code
     * @return the interval, or null when Binance has no such interval
     */
    public static KlineInterval of(String code) {
        for (KlineInterval i : VALUES) {
            if (i.code.equals(code)) {
                return i;
            }
        }
        return null;
    }

    /**
     * @param time     epoch millis
     * @param offsetMs time zone offset east of UTC, in millis (0 for UTC)
     * @return open time (epoch millis) of the kline containing {@code time}
     */
    public long openTime(long time, long offsetMs) {
        if (this == MO1) {
            LocalDate d = Instant.ofEpochMilli(time + offsetMs).atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
            return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - offsetMs;
        }
        long align = this == W1 ? WEEK_ALIGN : 0L;
        return Math.floorDiv(time + offsetMs - align, millis) * millis + align - offsetMs;
    }

    /**
     * @param openTime an open time of this interval
     * @param offsetMs the offset it was computed with
     * @return the next kline's open time
     */
    public long nextOpen(long openTime, long offsetMs) {
        if (this == MO1) {
            LocalDate d = Instant.ofEpochMilli(openTime + offsetMs).atZone(ZoneOffset.UTC).toLocalDate().plusMonths(1);
            return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - offsetMs;
        }
        return openTime + millis;
    }

    /**
     * @param openTime an open time of this interval
     * @param offsetMs the offset it was computed with
     * @return the previous kline's open time
     */
    public long previousOpen(long openTime, long offsetMs) {
        if (this == MO1) {
            LocalDate d = Instant.ofEpochMilli(openTime + offsetMs).atZone(ZoneOffset.UTC).toLocalDate().minusMonths(1);
            return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - offsetMs;
        }
        return openTime - millis;
    }

    /**
     * Whether klines in this offset open at the same times as in UTC, so the UTC series serves them.
     *
     * @param offsetMs time zone offset in millis
     * @return true when the offset does not move this interval's boundaries
     */
    public boolean sameAsUtc(long offsetMs) {
        if (offsetMs == 0) {
            return true;
        }
        return this != MO1 && this != W1 && offsetMs % millis == 0;
    }
}
