/**
 * Internal: the Netty WebSocket transport (event loops, TLS, handshake, frame delivery). Public only for the
 * client's own packages.
 */
package io.tradewire.client.transport;
