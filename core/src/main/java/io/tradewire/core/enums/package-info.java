/** Binance's vocabulary as open enums: documented values are constants, unknown values keep their raw text. */
package io.tradewire.core.enums;
