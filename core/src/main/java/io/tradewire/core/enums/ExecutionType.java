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
 * Execution type of an {@code executionReport} event.
 *
 * <p>An open enum: every documented value is a constant (and {@link #of(String)} returns that very
 * instance), while a value the exchange adds later is kept verbatim with {@link #isKnown()} false
 * instead of failing the decoder. Equality is by wire name.
 */
public final class ExecutionType {
    // Declared before the constants: their initialisers register into it.
    private static final Map<String, ExecutionType> KNOWN = new HashMap<>();
    private static final List<ExecutionType> VALUES = new ArrayList<>();

    /** Wire value {@code NEW}. */
    public static final ExecutionType NEW = known("NEW");
    /** Wire value {@code CANCELED}. */
    public static final ExecutionType CANCELED = known("CANCELED");
    /** Wire value {@code REPLACED}. */
    public static final ExecutionType REPLACED = known("REPLACED");
    /** Wire value {@code REJECTED}. */
    public static final ExecutionType REJECTED = known("REJECTED");
    /** Wire value {@code TRADE}. */
    public static final ExecutionType TRADE = known("TRADE");
    /** Wire value {@code EXPIRED}. */
    public static final ExecutionType EXPIRED = known("EXPIRED");
    /** Wire value {@code TRADE_PREVENTION}. */
    public static final ExecutionType TRADE_PREVENTION = known("TRADE_PREVENTION");

    private static final List<ExecutionType> KNOWN_VALUES = Collections.unmodifiableList(VALUES);

    private final String wireName;
    private final boolean known;

    private ExecutionType(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static ExecutionType known(String wireName) {
        ExecutionType value = new ExecutionType(wireName, true);
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
    public static ExecutionType of(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        ExecutionType value = KNOWN.get(wireName);
        return value != null ? value : new ExecutionType(wireName, false);
    }

    /**
     * Every documented value, in documentation order.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<ExecutionType> knownValues() {
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
        return this == o || (o instanceof ExecutionType && wireName.equals(((ExecutionType) o).wireName));
    }

    /** Hash of the wire name. */
    @Override
    public int hashCode() {
        return wireName.hashCode();
    }
}
