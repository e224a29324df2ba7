package io.tradewire.client.spot;

/** What {@code order.cancelReplace} does when the cancel fails. */
public enum CancelReplaceMode {
    /** A failed cancel prevents the new order. */
    STOP_ON_FAILURE,
    /** The new order is attempted even if the cancel fails. */
    ALLOW_FAILURE
}
