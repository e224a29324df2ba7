/** Injectable clocks. */
package io.tradewire.core.time;
