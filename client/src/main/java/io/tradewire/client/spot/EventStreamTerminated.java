package io.tradewire.client.spot;

/**
 * {@code eventStreamTerminated}: the subscription ended (unsubscribed, or the session logged out).
 *
 * @param eventTime event time ({@code E}, ms)
 */
public record EventStreamTerminated(long eventTime) implements UserDataEvent {
    @Override
    public String eventType() {
        return "eventStreamTerminated";
    }
}
