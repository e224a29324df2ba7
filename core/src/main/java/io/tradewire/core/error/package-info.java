/** Binance error codes, their exact messages, and how to react to them (rejected, unknown outcome, rate limited...). */
package io.tradewire.core.error;
