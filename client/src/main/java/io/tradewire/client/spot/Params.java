package io.tradewire.client.spot;

import io.tradewire.client.wsapi.RequestParams;

import java.util.List;

/** Parameter checks and writers shared by the request types of the method groups. */
final class Params {
    private Params() {
    }

    static long nonNegative(String field, long v) {
        if (v < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + v);
        }
        return v;
    }

    static int limit(int v, int max) {
        if (v < 1 || v > max) {
            throw new IllegalArgumentException("limit must be 1 to " + max + ", was " + v);
        }
        return v;
    }

    static void range(long startTime, long endTime) {
        if (startTime >= 0 && endTime >= 0 && startTime > endTime) {
            throw new IllegalArgumentException("startTime " + startTime + " is after endTime " + endTime);
        }
    }

    static void addIfSet(RequestParams p, String name, long v) {
        if (v >= 0) {
            p.add(name, v);
        }
    }

    static void addLimit(RequestParams p, int limit) {
        if (limit > 0) {
            p.add("limit", limit);
        }
    }

    static void addBoolean(RequestParams p, String name, boolean v) {
        p.addRawJson(name, v ? "true" : "false");
    }

    /** A JSON array of checked symbols (the check also keeps quotes and backslashes out of the raw JSON). */
    static String symbolArray(List<String> symbols) {
        StringBuilder sb = new StringBuilder(symbols.size() * 12).append('[');
        for (int i = 0; i < symbols.size(); i++) {
            RequestChecks.symbol(symbols.get(i));
            sb.append(i == 0 ? "" : ",").append('"').append(symbols.get(i)).append('"');
        }
        return sb.append(']').toString();
    }
}
