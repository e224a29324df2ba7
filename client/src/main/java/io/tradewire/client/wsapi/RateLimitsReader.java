package io.tradewire.client.wsapi;

import io.tradewire.client.codec.EnumTable;
import io.tradewire.client.codec.FieldTable;
import io.tradewire.client.codec.JsonCursor;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.ratelimit.RateLimit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads the {@code rateLimits} array of WS API answers straight from the bytes, remembering what it read last.
 *
 * <p>Why remember: Binance sends the same windows, in the same order, with the same field order, on every answer;
 * only {@code count} changes. So for each position in the array the reader keeps the bytes of the entry up to its
 * count value ({@code {"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":}) with
 * the window they describe. When an answer repeats those bytes exactly (one vectorised comparison), only the count
 * is parsed: the same bytes cannot mean anything else. Whatever differs (another window, another field order, a
 * field after {@code count}, whitespace) is read field by field and becomes the memory for that position.
 *
 * <p>One instance per connection, used by its I/O thread only: the memory is not shared.
 */
public final class RateLimitsReader {
    /** Positions remembered; Binance sends three windows on the Spot WS API. */
    private static final int REMEMBERED = 8;

    private static final FieldTable FIELDS = FieldTable.of("rateLimitType", "interval", "intervalNum", "limit",
            "count");
    private static final int F_COUNT = 4;
    private static final EnumTable<RateLimitType> TYPES = EnumTable.of(RateLimitType::of,
            "REQUEST_WEIGHT", "ORDERS", "RAW_REQUESTS");
    private static final EnumTable<RateLimitInterval> INTERVALS = EnumTable.of(RateLimitInterval::of,
            "SECOND", "MINUTE", "HOUR", "DAY");

    private final byte[][] prefixes = new byte[REMEMBERED][];   // per position: the entry's bytes up to its count
    private final RateLimit[] templates = new RateLimit[REMEMBERED]; // per position: what those bytes said
    private long repeats;

    /**
     * Reads a {@code rateLimits} array.
     *
     * @param c cursor on the array (anything else is skipped and reads as no limits)
     * @return the limits in the order sent, immutable; entries without a type or an interval are left out
     * @throws IOException on malformed input
     */
    public List<RateLimit> read(JsonCursor c) throws IOException {
        if (c.peek() != '[') {
            c.skipValue();
            return Collections.emptyList();
        }
        c.beginArray();
        RateLimit r0 = null;
        RateLimit r1 = null;
        RateLimit r2 = null;
        List<RateLimit> more = null;
        int n = 0;
        int index = 0;
        while (c.nextElement()) {
            RateLimit r = index < REMEMBERED ? repeated(c, index) : null;
            if (r == null) {
                r = readEntry(c, index < REMEMBERED ? index : -1);
            }
            index++;
            if (r == null) {
                continue;
            }
            switch (n++) {
                case 0:
                    r0 = r;
                    break;
                case 1:
                    r1 = r;
                    break;
                case 2:
                    r2 = r;
                    break;
                default:
                    if (more == null) {
                        more = new ArrayList<>();
                    }
                    more.add(r);
            }
        }
        // Usually three (ORDERS per 10 s and per day, REQUEST_WEIGHT per minute): one immutable list, no copies.
        switch (n) {
            case 0:
                return Collections.emptyList();
            case 1:
                return List.of(r0);
            case 2:
                return List.of(r0, r1);
            case 3:
                return List.of(r0, r1, r2);
            default:
                List<RateLimit> all = new ArrayList<>(n);
                all.add(r0);
                all.add(r1);
                all.add(r2);
                all.addAll(more);
                return List.copyOf(all);
        }
    }

    /** @return how many entries were read from memory, only their count parsed (for tests and diagnostics) */
    public long repeats() {
        return repeats;
    }

    /**
     * The entry at {@code index} if its bytes up to the count repeat the remembered ones and nothing follows the
     * count; otherwise null with the cursor back at the entry's start.
     */
    private RateLimit repeated(JsonCursor c, int index) throws IOException {
        byte[] prefix = prefixes[index];
        if (prefix == null) {
            return null;
        }
        int start = c.position();
        if (!c.skipIf(prefix)) {
            return null;
        }
        long count = c.readLong();
        if (c.peek() != '}') {
            c.rewind(start); // more fields after count: read in full
            return null;
        }
        c.nextField(); // consumes the closing brace
        repeats++;
        RateLimit t = templates[index];
        return t.count() == count ? t
                : RateLimit.of(t.rateLimitType(), t.interval(), t.intervalNum(), t.limit(), count);
    }

    /**
     * Reads one entry field by field; when {@code learnAt >= 0} and the entry ends with its count, remembers its
     * bytes up to the count for that position.
     *
     * @return the entry, or null when it lacks a type or an interval
     */
    private RateLimit readEntry(JsonCursor c, int learnAt) throws IOException {
        int start = c.position();
        RateLimitType type = null;
        RateLimitInterval interval = null;
        int intervalNum = 0;
        long limit = 0;
        long count = RateLimit.NO_COUNT;
        int countAt = -1;
        int last = -1;
        c.beginObject();
        int field;
        int known = -1;
        while ((field = FIELDS.next(c, known)) != FieldTable.END) {
            last = field;
            if (field >= 0) {
                known = field;
            }
            switch (field) {
                case 0:
                    type = c.readEnum(TYPES);
                    break;
                case 1:
                    interval = c.readEnum(INTERVALS);
                    break;
                case 2:
                    intervalNum = c.readInt();
                    break;
                case 3:
                    limit = c.readLong();
                    break;
                case F_COUNT:
                    countAt = c.position();
                    count = c.readLong();
                    break;
                default:
                    c.skipValue();
            }
        }
        if (type == null || interval == null) {
            return null;
        }
        RateLimit r = RateLimit.of(type, interval, intervalNum, limit, count);
        if (learnAt >= 0) {
            if (last == F_COUNT && countAt > start) {
                prefixes[learnAt] = Arrays.copyOfRange(c.buffer(), start, countAt);
                templates[learnAt] = r;
            } else {
                prefixes[learnAt] = null; // this position's entries do not end with a count: nothing to remember
                templates[learnAt] = null;
            }
        }
        return r;
    }
}
