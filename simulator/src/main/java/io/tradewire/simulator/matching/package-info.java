/**
 * Simulator internals: a price-time priority matching engine on scaled {@code long}s (scale 8, {@code 1.0 == 100_000_000}).
 *
 * <p>The types here are {@code public} only because the simulator's venue and server packages call them; they are not
 * part of Tradewire's public API and may change without notice. The engine is single-threaded and garbage-free on its
 * hot path: orders live in pooled parallel arrays, price levels in sorted primitive arrays, and the order-id index is a
 * primitive open-addressing map.
 */
package io.tradewire.simulator.matching;
