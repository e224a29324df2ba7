package io.tradewire.core.decimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    private static long parseScaled(String s, int scale) {
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.US_ASCII);
        return Decimals.parseScaled(b, 2, s.length(), scale);
    }

    @Test
    void parseIsExactAndKeepsScale() {
        assertThat(Decimals.parse("0.01000000")).isEqualTo(new BigDecimal("0.01000000"));
        assertThat(Decimals.parse("0.01000000").scale()).isEqualTo(8);
        assertThat(Decimals.parse("-52000.00")).isEqualTo(new BigDecimal("-52000.00"));
        assertThat(Decimals.parse("0.00000001")).isEqualTo(BigDecimal.valueOf(1, 8));
        assertThat(Decimals.parse("123456789012345678901234567890.123456789"))
                .isEqualTo(new BigDecimal("123456789012345678901234567890.123456789"));
        assertThat(Decimals.parse(new StringBuilder("7"))).isEqualTo(BigDecimal.valueOf(7));
    }

    @Test
    void parseAcceptsExponentForms() {
        assertThat(Decimals.parse("1e-8")).isEqualByComparingTo("0.00000001");
        assertThat(Decimals.parse("1.0E-5")).isEqualByComparingTo("0.00001");
        assertThat(Decimals.parse("2.5E+3")).isEqualByComparingTo("2500");
        assertThat(Decimals.toPlainString(Decimals.parse("1e-8"))).isEqualTo("0.00000001");
        assertThat(Decimals.toPlainString(Decimals.parse("2.5E+3"))).isEqualTo("2500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "abc", "1.", ".5", "1..2", "1.2.3", "+1", " 1", "1 ", "1e", "1e+", "0x10",
        "NaN", "Infinity", "1,5", "--1", "1e99999999999"})
    void parseRejectsGarbage(String text) {
        assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a decimal: '" + text + "'");
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> Decimals.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toPlainStringNeverUsesScientificNotation() {
        assertThat(Decimals.toPlainString(new BigDecimal("1E-8"))).isEqualTo("0.00000001");
        assertThat(Decimals.toPlainString(new BigDecimal("1E+10"))).isEqualTo("10000000000");
        assertThat(Decimals.toPlainString(new BigDecimal("0.01000000"))).isEqualTo("0.01000000");
        assertThat(Decimals.toPlainString(BigDecimal.valueOf(1, 8))).isEqualTo("0.00000001");
    }

    @Test
    void toScaledAndBack() {
        assertThat(Decimals.toScaled(new BigDecimal("0.00000001"), 8)).isEqualTo(1L);
        assertThat(Decimals.toScaled(new BigDecimal("-52000.00"), 8)).isEqualTo(-5_200_000_000_000L);
        assertThat(Decimals.toScaled(new BigDecimal("0.01000000"), 2)).isEqualTo(1L);
        assertThat(Decimals.toScaled(new BigDecimal("1E+3"), 2)).isEqualTo(100_000L);
        assertThat(Decimals.fromScaled(1, 8)).isEqualTo(new BigDecimal("0.00000001"));
        assertThat(Decimals.fromScaled(-5_200_000_000_000L, 8).toPlainString()).isEqualTo("-52000.00000000");
        assertThat(Decimals.fromScaled(Long.MAX_VALUE, 8)).isEqualTo(new BigDecimal("92233720368.54775807"));
    }

    @Test
    void toScaledRefusesToLoseDigitsOrOverflow() {
        assertThatThrownBy(() -> Decimals.toScaled(new BigDecimal("0.000000001"), 8))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimals.toScaled(new BigDecimal("92233720368.54775808"), 8))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimals.toScaled(new BigDecimal("1E+30"), 0))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Decimals.toScaled(new BigDecimal("92233720368.54775807"), 8)).isEqualTo(Long.MAX_VALUE);
        assertThat(Decimals.toScaled(new BigDecimal("-92233720368.54775808"), 8)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void parseScaledEdgeCases() {
        assertThat(parseScaled("0.00000001", 8)).isEqualTo(1L);
        assertThat(parseScaled("52000.00", 8)).isEqualTo(5_200_000_000_000L);
        assertThat(parseScaled("-0.5", 1)).isEqualTo(-5L);
        assertThat(parseScaled("0", 8)).isZero();
        assertThat(parseScaled("-0.00000000", 8)).isZero();
        assertThat(parseScaled("007.50", 2)).isEqualTo(750L);
        assertThat(parseScaled("0.01000000", 2)).isEqualTo(1L); // trailing zeros past the scale lose nothing
        assertThat(parseScaled("1.000000000000000000000000", 0)).isEqualTo(1L);
        assertThat(parseScaled("1e-8", 8)).isEqualTo(1L);
        assertThat(parseScaled("1.0E-5", 8)).isEqualTo(1000L);
        assertThat(parseScaled("2.5E+3", 0)).isEqualTo(2500L);
        assertThat(parseScaled("92233720368.54775807", 8)).isEqualTo(Long.MAX_VALUE);
        assertThat(parseScaled("-92233720368.54775808", 8)).isEqualTo(Long.MIN_VALUE);
        assertThat(parseScaled("9223372036854775807", 0)).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".5", "1.", "1.2.3", "abc", "1e", "1x", " 1", "+1", "1e-"})
    void parseScaledRejectsBadText(String text) {
        assertThatThrownBy(() -> parseScaled(text, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void parseScaledRejectsTooManyDecimalsAndOverflow() {
        assertThatThrownBy(() -> parseScaled("0.000000001", 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many decimals");
        assertThatThrownBy(() -> parseScaled("1e-9", 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many decimals");
        assertThatThrownBy(() -> parseScaled("92233720368.54775808", 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> parseScaled("9223372036854775808", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> parseScaled("100000000000000000000", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> parseScaled("1e30", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflow");
    }

    @Test
    void formatScaledWritesExactlyScaleDigits() {
        assertThat(Decimals.formatScaled(1, 8)).isEqualTo("0.00000001");
        assertThat(Decimals.formatScaled(-1, 8)).isEqualTo("-0.00000001");
        assertThat(Decimals.formatScaled(0, 8)).isEqualTo("0.00000000");
        assertThat(Decimals.formatScaled(0, 0)).isEqualTo("0");
        assertThat(Decimals.formatScaled(123, 0)).isEqualTo("123");
        assertThat(Decimals.formatScaled(5_200_000_000_000L, 8)).isEqualTo("52000.00000000");
        assertThat(Decimals.formatScaled(Long.MAX_VALUE, 8)).isEqualTo("92233720368.54775807");
        assertThat(Decimals.formatScaled(Long.MIN_VALUE, 8)).isEqualTo("-92233720368.54775808");
        assertThat(Decimals.formatScaled(Long.MIN_VALUE, 0)).isEqualTo("-9223372036854775808");
        assertThat(Decimals.formatScaled(1, 18)).isEqualTo("0.000000000000000001");

        byte[] dst = new byte[32];
        dst[0] = 'x';
        int n = Decimals.formatScaled(-150, 2, dst, 1);
        assertThat(n).isEqualTo(5);
        assertThat(new String(dst, 0, 1 + n, StandardCharsets.US_ASCII)).isEqualTo("x-1.50");
    }

    @Test
    void scaleOutOfRange() {
        assertThatThrownBy(() -> Decimals.formatScaled(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decimals.fromScaled(1, 19)).isInstanceOf(IllegalArgumentException.class);
    }
}
