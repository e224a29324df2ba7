package io.tradewire.core.decimal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalsCharsTest {
    private static BigDecimal parse(String padded) {
        char[] buf = ("xx" + padded + "yy").toCharArray();
        return Decimals.parse(buf, 2, padded.length());
    }

    @Test
    void parsesFromASliceExactlyLikeTheStringVersion() {
        for (String s : new String[]{"0.01000000", "-23416.10000000", "1e-8", "123456789012345678901234.5", "7"}) {
            assertThat(parse(s)).isEqualTo(Decimals.parse(s)).isEqualTo(new BigDecimal(s));
        }
    }

    @Test
    void rejectsWhatTheStringVersionRejects() {
        for (String s : new String[]{"", "abc", "1.", ".5", "1e", "--1", "1.2.3", "1e999999999999"}) {
            assertThatThrownBy(() -> parse(s)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a decimal: '" + s + "'");
        }
    }
}
