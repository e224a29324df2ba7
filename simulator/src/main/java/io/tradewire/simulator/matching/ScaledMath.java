package io.tradewire.simulator.matching;

/**
 * Exact arithmetic on scale-8 longs ({@code 1.0 == 100_000_000}), without allocation. Simulator internal.
 *
 * <p>A price times a quantity has 16 fraction digits; a quote amount keeps 8. {@link #quote} therefore truncates toward
 * zero, like Binance's {@code cummulativeQuoteQty} at quote precision 8; {@link #isQuoteExact} tells whether anything
 * was cut, and {@link #quoteCeil} is the amount to reserve when a later truncation must still be covered.
 */
public final class ScaledMath {
    /** One unit at scale 8. */
    public static final long SCALE = 100_000_000L;

    private ScaledMath() {
    }

    /**
     * {@code floor(price * qty / 1e8)} for non-negative inputs, exact even when the 16-digit product overflows a long.
     *
     * @param priceScaled price at scale 8, {@code >= 0}
     * @param qtyScaled   quantity at scale 8, {@code >= 0}
     * @return the quote amount at scale 8, truncated
     * @throws ArithmeticException if the result itself does not fit in a long
     */
    public static long quote(long priceScaled, long qtyScaled) {
        long hi = Math.multiplyHigh(priceScaled, qtyScaled);
        long lo = priceScaled * qtyScaled;
        if (hi == 0 && lo >= 0) {
            return lo / SCALE;
        }
        // (ph*S + pl)(qh*S + ql) / S = ph*qh*S + ph*ql + pl*qh + pl*ql/S; every partial product fits in a long.
        long ph = priceScaled / SCALE;
        long pl = priceScaled % SCALE;
        long qh = qtyScaled / SCALE;
        long ql = qtyScaled % SCALE;
        long r = Math.multiplyExact(Math.multiplyExact(ph, qh), SCALE);
        r = Math.addExact(r, Math.multiplyExact(ph, ql));
        r = Math.addExact(r, Math.multiplyExact(pl, qh));
        return Math.addExact(r, pl * ql / SCALE);
    }

    /**
     * Whether {@link #quote} loses no digits for these inputs.
     *
     * @param priceScaled price at scale 8, {@code >= 0}
     * @param qtyScaled   quantity at scale 8, {@code >= 0}
     * @return true when {@code price * qty} is a multiple of 1e8
     */
    public static boolean isQuoteExact(long priceScaled, long qtyScaled) {
        return (priceScaled % SCALE) * (qtyScaled % SCALE) % SCALE == 0;
    }

    /**
     * {@code ceil(price * qty / 1e8)}: what to reserve so that any truncated execution is covered.
     *
     * @param priceScaled price at scale 8, {@code >= 0}
     * @param qtyScaled   quantity at scale 8, {@code >= 0}
     * @return the quote amount at scale 8, rounded up
     */
    public static long quoteCeil(long priceScaled, long qtyScaled) {
        long q = quote(priceScaled, qtyScaled);
        return isQuoteExact(priceScaled, qtyScaled) ? q : Math.addExact(q, 1);
    }

    /**
     * The largest quantity whose {@link #quote} at {@code price} is at most {@code quote} (before any step rounding):
     * {@code floor(quote * 1e8 / price)}, saturating at {@link Long#MAX_VALUE}.
     *
     * @param quoteScaled budget at scale 8, {@code >= 0}
     * @param priceScaled price at scale 8, {@code > 0}
     * @return quantity at scale 8
     */
    public static long maxQtyForQuote(long quoteScaled, long priceScaled) {
        long whole = quoteScaled / priceScaled;
        long rem = quoteScaled % priceScaled;
        if (whole > Long.MAX_VALUE / SCALE) {
            return Long.MAX_VALUE;
        }
        long result = whole * SCALE;
        long frac;
        if (rem <= Long.MAX_VALUE / SCALE) {
            frac = rem * SCALE / priceScaled;
        } else {
            // Schoolbook long division, one decimal digit at a time, keeps rem * 10 within range.
            frac = 0;
            for (int i = 0; i < 8; i++) {
                rem = Math.multiplyExact(rem, 10L);
                frac = frac * 10 + rem / priceScaled;
                rem %= priceScaled;
            }
        }
        long sum = result + frac;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
