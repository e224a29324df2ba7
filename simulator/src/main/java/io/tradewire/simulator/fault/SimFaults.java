package io.tradewire.simulator.fault;

import java.util.List;

/**
 * The control handle for a running simulator's faults ({@code Simulator.faults()}). Thread-safe; faults take
 * effect from the next request, ping or event.
 *
 * <pre>{@code
 * SimFaults faults = sim.faults();
 * faults.inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).method("order.place"));   // next order.place only
 * faults.inject(Fault.of(FaultKind.IGNORE_PINGS).always());
 * faults.shiftClock(-1500);                                                      // venue 1.5 s behind
 * faults.serverShutdown();                                                       // every connection
 * faults.clear();
 * }</pre>
 */
public final class SimFaults {
    /**
     * Path of the simulator's faults control endpoint (loopback HTTP, JSON) on its port, used by
     * {@code tradewire fault}.
     */
    public static final String CONTROL_PATH = "/_tradewire/faults";

    private final FaultPlan plan;

    SimFaults(FaultPlan plan) {
        this.plan = plan;
    }

    /**
     * Arms a fault. Faults are matched in the order they were injected; the first that matches applies.
     *
     * @param fault what to do and to what
     * @return the fault, for {@link #remove(Fault)}
     */
    public Fault inject(Fault fault) {
        return plan.add(fault);
    }

    /**
     * Arms a fault of the given kind for the next request (ping, event) of its phase.
     *
     * @param kind what to do
     * @return the fault, for {@link #remove(Fault)}
     */
    public Fault inject(FaultKind kind) {
        return plan.add(Fault.of(kind));
    }

    /**
     * Disarms a fault before it is spent.
     *
     * @param fault a fault passed to {@link #inject(Fault)} (equal by value)
     * @return whether it was active
     */
    public boolean remove(Fault fault) {
        return plan.remove(fault);
    }

    /** Disarms every fault and undoes the clock shift. Events held by user data faults are still delivered. */
    public void clear() {
        plan.clearRules();
        plan.resetClock();
    }

    /**
     * The armed faults, with the count each has left.
     *
     * @return a snapshot
     */
    public List<Fault> active() {
        return plan.active();
    }

    /**
     * Sends {@code {"event":{"e":"serverShutdown","E":...}}} to every open WebSocket connection now and
     * closes each after the configured notice ({@code Simulator.Builder.serverShutdownNotice}).
     *
     * @return how many connections were told
     */
    public int serverShutdown() {
        return plan.serverShutdown();
    }

    /**
     * Moves the venue's clock (server time, event times, timestamp checks, rate-limit windows).
     *
     * @param deltaMs milliseconds to add, negative to set it back
     * @return the total shift now in effect
     */
    public long shiftClock(long deltaMs) {
        return plan.shiftClock(deltaMs);
    }

    /**
     * The shift in effect.
     *
     * @return milliseconds added to the configured clock
     */
    public long clockOffsetMs() {
        return plan.clockOffsetMs();
    }

    /**
     * The filter stage user data senders pass events through.
     *
     * @return the user data faults
     */
    public UserDataFaults userData() {
        return plan.userData();
    }

    /**
     * The faults applied so far (the latest 10000), oldest first; each was also logged at INFO.
     *
     * @return a snapshot
     */
    public List<AppliedFault> applied() {
        return plan.appliedSnapshot();
    }

    @Override
    public String toString() {
        return "SimFaults" + active();
    }
}
