package io.tradewire.core.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Order status as reported by the exchange.
 *
 * <p>An open enum: every documented value is a constant (and {@link #of(String)} returns that very
 * instance), while a value the exchange adds later is kept verbatim with {@link #isKnown()} false
 * instead of failing the decoder. Equality is by wire name.
 */
public final class OrderStatus {
    // Declared before the constants: their initialisers register into it.
    private static final Map<String, OrderStatus> KNOWN = new HashMap<>();
    private static final List<OrderStatus> VALUES = new ArrayList<>();

    /** Wire value {@code NEW}. */
    public static final OrderStatus NEW = known("NEW");
    /** Wire value {@code PENDING_NEW}. */
    public static final OrderStatus PENDING_NEW = known("PENDING_NEW");
    /** Wire value {@code PARTIALLY_FILLED}. */
    public static final OrderStatus PARTIALLY_FILLED = known("PARTIALLY_FILLED");
    /** Wire value {@code FILLED}. */
    public static final OrderStatus FILLED = known("FILLED");
    /** Wire value {@code CANCELED}. */
    public static final OrderStatus CANCELED = known("CANCELED");
    /** Wire value {@code PENDING_CANCEL}. */
    public static final OrderStatus PENDING_CANCEL = known("PENDING_CANCEL");
    /** Wire value {@code REJECTED}. */
    public static final OrderStatus REJECTED = known("REJECTED");
    /** Wire value {@code EXPIRED}. */
    public static final OrderStatus EXPIRED = known("EXPIRED");
    /** Wire value {@code EXPIRED_IN_MATCH}. */
    public static final OrderStatus EXPIRED_IN_MATCH = known("EXPIRED_IN_MATCH");

    private static final List<OrderStatus> KNOWN_VALUES = Collections.unmodifiableList(VALUES);

    private final String wireName;
    private final boolean known;

    private OrderStatus(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static OrderStatus known(String wireName) {
        OrderStatus value = new OrderStatus(wireName, true);
        KNOWN.put(wireName, value);
        VALUES.add(value);
        return value;
    }

    /**
     * Returns the constant for a documented value, or a new instance holding the raw text.
     *
     * @param wireName the value exactly as it appears on the wire
     * @return the constant (identical instance) or an unknown value
     * @throws NullPointerException if {@code wireName} is null
     */
    @JsonCreator
    public static OrderStatus of(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        OrderStatus value = KNOWN.get(wireName);
        return value != null ? value : new OrderStatus(wireName, false);
    }

    /**
     * Every documented value, in documentation order.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<OrderStatus> knownValues() {
        return KNOWN_VALUES;
    }

    /**
     * The value as it appears on the wire.
     *
     * @return the wire text
     */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Whether this is one of the documented constants.
     *
     * @return false for values this library does not know yet
     */
    public boolean isKnown() {
        return known;
    }

    /** Returns {@link #wireName()}. */
    @Override
    public String toString() {
        return wireName;
    }

    /** Equal when the wire names are equal. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof OrderStatus && wireName.equals(((OrderStatus) o).wireName));
    }

    /** Hash of the wire name. */
    @Override
    public int hashCode() {
        return wireName.hashCode();
    }
}
