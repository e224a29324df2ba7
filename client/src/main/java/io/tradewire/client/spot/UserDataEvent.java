package io.tradewire.client.spot;

/** A typed event of the Spot user data stream. */
public interface UserDataEvent {
    /** @return the event type as sent ({@code e}), e.g. {@code executionReport} */
    String eventType();

    /** @return the event time ({@code E}, ms) */
    long eventTime();
}
