/**
 * Tradewire's Binance client: connections and 1:1 access to the Binance APIs.
 *
 * <p>The public API is this package ({@link io.tradewire.client.Endpoints}, {@link io.tradewire.client.ApiResponse},
 * {@link io.tradewire.client.ConnectionListener}) and {@link io.tradewire.client.spot}. The packages
 * {@code transport}, {@code wsapi} are internals: their types are public only so that the product packages can use
 * them, and they may change without notice.
 */
package io.tradewire.client;
