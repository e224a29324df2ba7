package io.tradewire.client.spot;

import java.math.BigDecimal;

/**
 * {@code externalLockUpdate}: part of a balance was locked or unlocked by an external system (e.g. as collateral).
 *
 * @param eventTime       event time ({@code E}, ms)
 * @param asset           asset ({@code a})
 * @param delta           signed change of the locked amount ({@code d})
 * @param transactionTime transaction time ({@code T}, ms)
 */
public record ExternalLockUpdate(long eventTime, String asset, BigDecimal delta, long transactionTime)
        implements UserDataEvent {
    @Override
    public String eventType() {
        return "externalLockUpdate";
    }
}
