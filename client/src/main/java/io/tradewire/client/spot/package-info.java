/**
 * Binance Spot over the WebSocket API: {@link io.tradewire.client.spot.SpotWsApiClient}, typed request builders
 * that reject bad input before it reaches the wire, and typed immutable responses that tolerate unknown fields and
 * enum values.
 */
package io.tradewire.client.spot;
