/**
 * Simulator configuration files (accounts TOML). Simulator internals: the supported entry point is
 * {@code io.tradewire.simulator.AccountsFile}.
 */
package io.tradewire.simulator.config;
