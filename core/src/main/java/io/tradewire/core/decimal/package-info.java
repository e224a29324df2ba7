/** Exact prices and quantities: BigDecimal at API boundaries, scaled longs parsed and printed straight from bytes. */
package io.tradewire.core.decimal;
