package io.tradewire.simulator.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ScaledMathTest {
    private static final BigInteger S = BigInteger.valueOf(ScaledMath.SCALE);

    @Test
    void btcSizedProductsOverflowTheFastPathButStayExact() {
        // 60000 * 9000 = 540,000,000: the 16-digit product overflows a long, the result does not.
        assertThat(ScaledMath.quote(60_000L * ScaledMath.SCALE, 9_000L * ScaledMath.SCALE))
                .isEqualTo(540_000_000L * ScaledMath.SCALE);
        assertThat(ScaledMath.quote(1_000L, 10_000L)).isZero(); // 0.00001 * 0.0001 = 1e-9, truncated
        assertThat(ScaledMath.isQuoteExact(1_000L, 10_000L)).isFalse();
        assertThat(ScaledMath.quoteCeil(1_000L, 10_000L)).isEqualTo(1);
    }

    @Property(tries = 2000)
    void quoteIsFloorOfExactProduct(@ForAll @LongRange(min = 0, max = 10_000_000L * 100_000_000L) long price,
                                    @ForAll @LongRange(min = 0, max = 1_000L * 100_000_000L) long qty) {
        BigInteger[] qr = BigInteger.valueOf(price).multiply(BigInteger.valueOf(qty)).divideAndRemainder(S);
        assertThat(ScaledMath.quote(price, qty)).isEqualTo(qr[0].longValueExact());
        assertThat(ScaledMath.isQuoteExact(price, qty)).isEqualTo(qr[1].signum() == 0);
    }

    @Property(tries = 2000)
    void maxQtyForQuoteIsFloorOfExactQuotient(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long quote,
                                              @ForAll @LongRange(min = 1, max = 100_000_000L * 100_000_000L) long price) {
        BigInteger q = BigInteger.valueOf(quote).multiply(S).divide(BigInteger.valueOf(price));
        long expected = q.bitLength() <= 63 ? q.longValue() : Long.MAX_VALUE;
        assertThat(ScaledMath.maxQtyForQuote(quote, price)).isEqualTo(expected);
    }
}
