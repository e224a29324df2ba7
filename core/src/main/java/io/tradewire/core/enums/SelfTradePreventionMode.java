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
 * Self-trade prevention mode.
 *
 * <p>An open enum: every documented value is a constant (and {@link #of(String)} returns that very
 * instance), while a value the exchange adds later is kept verbatim with {@link #isKnown()} false
 * instead of failing the decoder. Equality is by wire name.
 */
public final class SelfTradePreventionMode {
    // Declared before the constants: their initialisers register into it.
    private static final Map<String, SelfTradePreventionMode> KNOWN = new HashMap<>();
    private static final List<SelfTradePreventionMode> VALUES = new ArrayList<>();

    /** Wire value {@code NONE}. */
    public static final SelfTradePreventionMode NONE = known("NONE");
    /** Wire value {@code EXPIRE_TAKER}. */
    public static final SelfTradePreventionMode EXPIRE_TAKER = known("EXPIRE_TAKER");
    /** Wire value {@code EXPIRE_MAKER}. */
    public static final SelfTradePreventionMode EXPIRE_MAKER = known("EXPIRE_MAKER");
    /** Wire value {@code EXPIRE_BOTH}. */
    public static final SelfTradePreventionMode EXPIRE_BOTH = known("EXPIRE_BOTH");
    /** Wire value {@code DECREMENT}. */
    public static final SelfTradePreventionMode DECREMENT = known("DECREMENT");
    /** Wire value {@code TRANSFER}. */
    public static final SelfTradePreventionMode TRANSFER = known("TRANSFER");

    private static final List<SelfTradePreventionMode> KNOWN_VALUES = Collections.unmodifiableList(VALUES);

    private final String wireName;
    private final boolean known;

    private SelfTradePreventionMode(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static SelfTradePreventionMode known(String wireName) {
        SelfTradePreventionMode value = new SelfTradePreventionMode(wireName, true);
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
    public static SelfTradePreventionMode of(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        SelfTradePreventionMode value = KNOWN.get(wireName);
        return value != null ? value : new SelfTradePreventionMode(wireName, false);
    }

    /**
     * Every documented value, in documentation order.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<SelfTradePreventionMode> knownValues() {
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
        return this == o || (o instanceof SelfTradePreventionMode && wireName.equals(((SelfTradePreventionMode) o).wireName));
    }

    /** Hash of the wire name. */
    @Override
    public int hashCode() {
        return wireName.hashCode();
    }
}
