package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code balanceUpdate}: a deposit, withdrawal or transfer changed a balance.
 *
 * @param eventTime event time ({@code E}, ms)
 * @param asset     asset ({@code a})
 * @param delta     signed change ({@code d})
 * @param clearTime clear time ({@code T}, ms)
 */
public record BalanceUpdate(long eventTime, String asset, BigDecimal delta, long clearTime) implements UserDataEvent {
    @Override
    public String eventType() {
        return "balanceUpdate";
    }
}
