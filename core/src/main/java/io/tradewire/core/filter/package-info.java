/** Symbol filter rules with Binance's exact failure messages, shared by pre-trade checks and the simulator. */
package io.tradewire.core.filter;
