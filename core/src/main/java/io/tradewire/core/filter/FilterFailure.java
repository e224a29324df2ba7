package io.tradewire.core.filter;

import java.util.Objects;

/** A failed symbol filter: Binance's exact message (sent with code -1013) plus a human explanation. */
public final class FilterFailure {
    /** The Binance code filter failures are reported with (INVALID_MESSAGE). */
    public static final int CODE = -1013;

    private final String filterType;
    private final String detail;

    private FilterFailure(String filterType, String detail) {
        this.filterType = filterType;
        this.detail = detail;
    }

    /**
     * Creates a failure.
     *
     * @param filterType e.g. {@code "PRICE_FILTER"}
     * @param detail     human text naming the field and the rule
     * @return the failure
     */
    public static FilterFailure of(String filterType, String detail) {
        return new FilterFailure(Objects.requireNonNull(filterType, "filterType"), Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The filter that failed.
     *
     * @return "PRICE_FILTER", "LOT_SIZE", "MARKET_LOT_SIZE", "NOTIONAL" or "MIN_NOTIONAL"
     */
    public String filterType() {
        return filterType;
    }

    /**
     * Binance's message, verbatim.
     *
     * @return e.g. {@code "Filter failure: PRICE_FILTER"}
     */
    public String message() {
        return "Filter failure: " + filterType;
    }

    /**
     * Which field broke which rule.
     *
     * @return e.g. {@code "price 100.001 is not a multiple of tickSize 0.01"}
     */
    public String detail() {
        return detail;
    }

    /**
     * The Binance error code for filter failures.
     *
     * @return -1013
     */
    public int code() {
        return CODE;
    }

    /** Equal when filter type and detail are equal. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof FilterFailure && filterType.equals(((FilterFailure) o).filterType)
                && detail.equals(((FilterFailure) o).detail));
    }

    /** Hash of filter type and detail. */
    @Override
    public int hashCode() {
        return filterType.hashCode() * 31 + detail.hashCode();
    }

    /** Message and detail. */
    @Override
    public String toString() {
        return message() + " (" + detail + ")";
    }
}
