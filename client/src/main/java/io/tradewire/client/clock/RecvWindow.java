package io.tradewire.client.clock;

import java.math.BigDecimal;

/**
 * Binance's {@code recvWindow} rule: milliseconds in (0, 60000] with at most three decimals (microseconds), checked
 * once for both clients before anything reaches the wire.
 */
public final class RecvWindow {
    private static final BigDecimal MAX_MS = BigDecimal.valueOf(60_000);

    private RecvWindow() {
    }

    /**
     * @param ms the window in milliseconds, or null for the venue's default
     * @return {@code ms}
     * @throws IllegalArgumentException naming the field and the rule
     */
    public static BigDecimal check(BigDecimal ms) {
        if (ms != null && (ms.signum() <= 0 || ms.compareTo(MAX_MS) > 0 || ms.stripTrailingZeros().scale() > 3)) {
            throw new IllegalArgumentException("recvWindowMs must be in (0, 60000] with at most 3 decimals, was "
                    + ms.toPlainString());
        }
        return ms;
    }
}
