package io.tradewire.core.decimal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DecimalsPropertiesTest {

    /** BigDecimals with scale 0..8 spanning the whole scaled-long range, with edge values mixed in. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<Long> unscaled = Arbitraries.longs().withDistribution(net.jqwik.api.RandomDistribution.uniform())
                .edgeCases(c -> c.includeOnly(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
        Arbitrary<Integer> scale = Arbitraries.integers().between(0, 8);
        return Combinators.combine(unscaled, scale).as(BigDecimal::valueOf);
    }

    @Property(tries = 2000)
    void scaledLongRoundTrip(@ForAll("decimals") BigDecimal v) {
        long scaled = Decimals.toScaled(v, v.scale());
        assertThat(scaled).isEqualTo(v.unscaledValue().longValueExact());
        BigDecimal back = Decimals.fromScaled(scaled, v.scale());
        assertThat(back).isEqualTo(v); // equals: same value and same scale
    }

    @Property(tries = 2000)
    void textRoundTrip(@ForAll("decimals") BigDecimal v) {
        String text = Decimals.toPlainString(v);
        assertThat(text).doesNotContain("E").doesNotContain("e");
        assertThat(Decimals.parse(text)).isEqualTo(v);
    }

    @Property(tries = 3000)
    void anyLongAtAnyScaleIsWrittenAsBigDecimalWritesIt(@ForAll long scaled,
                                                       @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 18)
                                                       int scale) {
        for (long v : new long[]{scaled, scaled / 1000, scaled % 100, Long.MIN_VALUE, Long.MAX_VALUE, 0}) {
            byte[] buf = new byte[48];
            int n = Decimals.formatScaled(v, scale, buf, 5);
            assertThat(new String(buf, 5, n, StandardCharsets.US_ASCII))
                    .isEqualTo(BigDecimal.valueOf(v, scale).toPlainString());
        }
    }

    @Property(tries = 2000)
    void bytesRoundTrip(@ForAll("decimals") BigDecimal v) {
        int scale = v.scale();
        long scaled = v.unscaledValue().longValueExact();
        byte[] buf = new byte[48];
        int n = Decimals.formatScaled(scaled, scale, buf, 3);
        String text = new String(buf, 3, n, StandardCharsets.US_ASCII);
        assertThat(text).isEqualTo(v.toPlainString());
        assertThat(Decimals.formatScaled(scaled, scale)).isEqualTo(text);
        assertThat(Decimals.parseScaled(buf, 3, n, scale)).isEqualTo(scaled);
    }

    @Property(tries = 1000)
    void parseScaledAtWiderScaleMatchesBigDecimal(@ForAll("decimals") BigDecimal v,
                                                 @ForAll @IntRange(min = 0, max = 10) int extra) {
        int target = Math.min(18, v.scale() + extra);
        byte[] text = v.toPlainString().getBytes(StandardCharsets.US_ASCII);
        BigDecimal widened = v.setScale(target);
        boolean fits = widened.unscaledValue().bitLength() < 64;
        if (fits) {
            assertThat(Decimals.parseScaled(text, 0, text.length, target))
                    .isEqualTo(widened.unscaledValue().longValueExact());
            assertThat(Decimals.toScaled(v, target)).isEqualTo(widened.unscaledValue().longValueExact());
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimals.parseScaled(text, 0, text.length, target))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimals.toScaled(v, target))
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 1000)
    void exponentFormParsesLikeBigDecimal(@ForAll("decimals") BigDecimal v) {
        String sci = v.toString(); // may use exponent notation, e.g. 1E-8
        assertThat(Decimals.parse(sci)).isEqualByComparingTo(v);
        byte[] text = sci.getBytes(StandardCharsets.US_ASCII);
        assertThat(Decimals.parseScaled(text, 0, text.length, v.scale()))
                .isEqualTo(v.unscaledValue().longValueExact());
    }
}
