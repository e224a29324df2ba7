/**
 * The simulator's network side: Netty pipeline, the Spot WebSocket API at {@code /ws-api/v3}
 * (request parsing, signature and timing checks, rate limits, responses shaped exactly like
 * Binance's). Simulator internals: public types here exist so the root package can assemble them
 * and are not a supported API.
 */
package io.tradewire.simulator.server;
