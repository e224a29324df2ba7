/**
 * Faults on demand: make the simulator misbehave on purpose, the way MockWebServer's SocketPolicy does
 * for HTTP. Get the handle with {@code Simulator.faults()}, describe a misbehaviour with {@link
 * io.tradewire.simulator.fault.Fault} (a {@link io.tradewire.simulator.fault.FaultKind} plus its targets:
 * the next N requests, a method name, an API key) and inject it; every fault applied is logged at INFO
 * with its name and recorded in {@link io.tradewire.simulator.fault.SimFaults#applied()}.
 */
package io.tradewire.simulator.fault;
