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
 * Restriction on which order states a cancel applies to.
 *
 * <p>An open enum: every documented value is a constant (and {@link #of(String)} returns that very
 * instance), while a value the exchange adds later is kept verbatim with {@link #isKnown()} false
 * instead of failing the decoder. Equality is by wire name.
 */
public final class CancelRestrictions {
    // Declared before the constants: their initialisers register into it.
    private static final Map<String, CancelRestrictions> KNOWN = new HashMap<>();
    private static final List<CancelRestrictions> VALUES = new ArrayList<>();

    /** Wire value {@code ONLY_NEW}. */
    public static final CancelRestrictions ONLY_NEW = known("ONLY_NEW");
    /** Wire value {@code ONLY_PARTIALLY_FILLED}. */
    public static final CancelRestrictions ONLY_PARTIALLY_FILLED = known("ONLY_PARTIALLY_FILLED");

    private static final List<CancelRestrictions> KNOWN_VALUES = Collections.unmodifiableList(VALUES);

    private final String wireName;
    private final boolean known;

    private CancelRestrictions(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static CancelRestrictions known(String wireName) {
        CancelRestrictions value = new CancelRestrictions(wireName, true);
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
    public static CancelRestrictions of(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        CancelRestrictions value = KNOWN.get(wireName);
        return value != null ? value : new CancelRestrictions(wireName, false);
    }

    /**
     * Every documented value, in documentation order.
     *
     * @return an unmodifiable list of the constants
     */
    public static List<CancelRestrictions> knownValues() {
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
        return this == o || (o instanceof CancelRestrictions && wireName.equals(((CancelRestrictions) o).wireName));
    }

    /** Hash of the wire name. */
    @Override
    public int hashCode() {
        return wireName.hashCode();
    }
}
