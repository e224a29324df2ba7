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
 * Spot order type.
 *
 * <p>An open enum: every documented value is a constant (and {@link #of(String)} returns that very
 * instance), while a value the exchange adds later is kept verbatim with {@link #isKnown()} false
 * instead of failing the decoder. Equality is by wire name.
 */
public final class OrderType {
    // Declared before the constants: their initialisers register into it.
    private static final Map<String, OrderType> KNOWN = new HashMap<>();
    private static final List<OrderType> VALUES = new ArrayList<>();

    /** Wire value {@code LIMIT}. */
    public static final OrderType LIMIT = known("LIMIT");
    /** Wire value {@code MARKET}. */
    public static final OrderType MARKET = known("MARKET");
    /** Wire value {@code STOP_LOSS}. */
    public static final OrderType STOP_LOSS = known("STOP_LOSS");
    /** Wire value {@code STOP_LOSS_LIMIT}. */
    public static final OrderType STOP_LOSS_LIMIT = known("STOP_LOSS_LIMIT");
    /** Wire value {@code TAKE_PROFIT}. */
    public static final OrderType TAKE_PROFIT = known("TAKE_PROFIT");
    /** Wire value {@code TAKE_PROFIT_LIMIT}. */
    public static final OrderType TAKE_PROFIT_LIMIT = known("TAKE_PROFIT_LIMIT");
    /** Wire value {@code LIMIT_MAKER}. */
    public static final OrderType LIMIT_MAKER = known("LIMIT_MAKER");

    private static final List<OrderType> KNOWN_VALUES = Collections.unmodifiableList(VALUES);

    private final String wireName;
    private final boolean known;

    private OrderType(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static OrderType known(String wireName) {
        OrderType value = new OrderType(wireName, true);
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
    public static OrderType of(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        OrderType value = KNOWN.get(wireName);
        return value != null ? value : new OrderType(wireName, false);
    }

    /**
     * Every documented value, in documentation order.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<OrderType> knownValues() {
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
        return this == o || (o instanceof OrderType && wireName.equals(((OrderType) o).wireName));
    }

    /** Hash of the wire name. */
    @Override
    public int hashCode() {
        return wireName.hashCode();
    }
}
