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
 * How long an order stays active.
 *
 * <p>An open enum: every documented value is a constant (and {@link #of(String)} returns that very
 * instance), while a value the exchange adds later is kept verbatim with {@link #isKnown()} false
 * instead of failing the decoder. Equality is by wire name.
 */
public final class TimeInForce {
    // Declared before the constants: their initialisers register into it.
    private static final Map<String, TimeInForce> KNOWN = new HashMap<>();
    private static final List<TimeInForce> VALUES = new ArrayList<>();

    /** Wire value {@code GTC}. */
    public static final TimeInForce GTC = known("GTC");
    /** Wire value {@code IOC}. */
    public static final TimeInForce IOC = known("IOC");
    /** Wire value {@code FOK}. */
    public static final TimeInForce FOK = known("FOK");

    private static final List<TimeInForce> KNOWN_VALUES = Collections.unmodifiableList(VALUES);

    private final String wireName;
    private final boolean known;

    private TimeInForce(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static TimeInForce known(String wireName) {
        TimeInForce value = new TimeInForce(wireName, true);
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
    public static TimeInForce of(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        TimeInForce value = KNOWN.get(wireName);
        return value != null ? value : new TimeInForce(wireName, false);
    }

    /**
     * Every documented value, in documentation order.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<TimeInForce> knownValues() {
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
        return this == o || (o instanceof TimeInForce && wireName.equals(((TimeInForce) o).wireName));
    }

    /** Hash of the wire name. */
    @Override
    public int hashCode() {
        return wireName.hashCode();
    }
}
