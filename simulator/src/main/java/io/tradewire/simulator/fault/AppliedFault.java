package io.tradewire.simulator.fault;

/**
 * A record of one fault or fault action applied by the simulator, as also logged at INFO.
 *
 * @param name        the fault's wire name ({@link FaultKind#wireName()}) or the action's
 *                    ({@code server-shutdown}, {@code shift-clock})
 * @param target      what it was applied to, e.g. {@code order.place id=7 from 127.0.0.1}
 * @param epochMillis venue time when it was applied
 */
public record AppliedFault(String name, String target, long epochMillis) {
}
