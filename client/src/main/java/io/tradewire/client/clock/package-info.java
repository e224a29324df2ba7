/**
 * Internal: the venue's clock as seen from here: an offset estimated from {@code time} round trips, so that
 * {@code timestamp} parameters fall inside the venue's {@code recvWindow} even when the local clock drifts.
 */
package io.tradewire.client.clock;
