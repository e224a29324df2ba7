/** The {@code tradewire} command line. */
package io.tradewire.cli;
