package io.tradewire.client.spot;

import java.util.List;

/**
 * {@code outboundAccountPosition}: the balances of the assets an account change may have touched.
 *
 * @param eventTime      event time ({@code E}, ms)
 * @param lastUpdateTime time of the account update ({@code u}, ms)
 * @param balances       the assets' balances ({@code B})
 */
public record OutboundAccountPosition(long eventTime, long lastUpdateTime, List<Balance> balances)
        implements UserDataEvent {
    /** Copies the list: the value is immutable. */
    public OutboundAccountPosition {
        balances = List.copyOf(balances);
    }

    @Override
    public String eventType() {
        return "outboundAccountPosition";
    }
}
