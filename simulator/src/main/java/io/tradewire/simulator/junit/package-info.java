/**
 * A JUnit 5 extension that runs a simulator per test class, in the spirit of OkHttp's MockWebServer: a venue
 * on a free loopback port, accounts with generated keys, and the {@code Simulator}, its {@code SimFaults} and
 * the accounts' credentials injected as test parameters. JUnit is an optional dependency of the simulator:
 * add {@code junit-jupiter-api} to your test classpath to use this package.
 */
package io.tradewire.simulator.junit;
