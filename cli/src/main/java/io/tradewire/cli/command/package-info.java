/** One class per {@code tradewire} subcommand. */
package io.tradewire.cli.command;
