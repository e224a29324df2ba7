package io.tradewire.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An account's commission rates, as fractions ({@code 0.001} is 0.1 %). A trade's commission is
 * {@code (maker or taker) + (buyer or seller)} times what the account receives, charged in the received asset
 * (base for the buyer, quote for the seller), truncated to 8 decimals. Simulator internal.
 *
 * @param maker  rate when the account's order rested
 * @param taker  rate when it took liquidity
 * @param buyer  added when the account bought
 * @param seller added when the account sold
 */
public record CommissionRates(BigDecimal maker, BigDecimal taker, BigDecimal buyer, BigDecimal seller) {
    /** No commission at all: the venue's default. */
    public static final CommissionRates ZERO = new CommissionRates(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    /**
     * Validates: every rate non-null, in [0, 1), at most 8 decimals.
     *
     * @param maker  see the record description
     * @param taker  see the record description
     * @param buyer  see the record description
     * @param seller see the record description
     */
    public CommissionRates {
        check(maker, "maker");
        check(taker, "taker");
        check(buyer, "buyer");
        check(seller, "seller");
    }

    /**
     * Maker and taker rates, no buyer/seller extras.
     *
     * @param maker maker rate
     * @param taker taker rate
     * @return the rates
     */
    public static CommissionRates of(BigDecimal maker, BigDecimal taker) {
        return new CommissionRates(maker, taker, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static void check(BigDecimal v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) >= 0 || v.stripTrailingZeros().scale() > 8) {
            throw new IllegalArgumentException(name + " rate must be in [0, 1) with at most 8 decimals: " + v);
        }
    }
}
