package io.tradewire.simulator.fault;

import io.tradewire.core.time.EpochClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's side of the faults: the active rules the server consults per request, ping and user data
 * event, the venue clock with its shift, and the open connections that {@code serverShutdown} reaches.
 * Users hold the {@link SimFaults} handle instead ({@link #handle()}).
 *
 * <p>Simulator internal: public only so the server package can consult it. Thread-safe; consulting it when
 * no fault is active is one volatile read.
 */
public final class FaultPlan {
    private static final Logger LOG = LoggerFactory.getLogger(FaultPlan.class);
    private static final Rule[] NONE = new Rule[0];
    private static final int APPLIED_KEPT = 10_000;

    /** An injected fault with its remaining count. */
    private static final class Rule {
        final Fault fault;
        final AtomicInteger remaining;

        Rule(Fault fault) {
            this.fault = fault;
            this.remaining = new AtomicInteger(fault.count());
        }

        boolean matches(FaultKind.Phase phase, String method, String apiKey) {
            Fault f = fault;
            return f.kind().phase() == phase
                    && (f.method() == null || f.method().equals(method))
                    && (f.apiKey() == null || f.apiKey().equals(apiKey));
        }

        /** Takes one use; false when another thread took the last one. */
        boolean claim() {
            while (true) {
                int r = remaining.get();
                if (r == Fault.ALWAYS) {
                    return true;
                }
                if (r == 0) {
                    return false;
                }
                if (remaining.compareAndSet(r, r - 1)) {
                    return true;
                }
            }
        }
    }

    /** The venue clock: the configured one plus the injected shift. */
    private final class ShiftedClock implements EpochClock {
        @Override
        public long epochMillis() {
            return base.epochMillis() + offsetMs.get();
        }

        @Override
        public long nanoTime() {
            return base.nanoTime();
        }

        @Override
        public String toString() {
            return base + (offsetMs.get() == 0 ? "" : " shifted " + offsetMs.get() + " ms");
        }
    }

    private final EpochClock base;
    private final EpochClock clock = new ShiftedClock();
    private final AtomicLong offsetMs = new AtomicLong();
    private volatile Rule[] rules = NONE;
    private final Set<Runnable> connections = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<AppliedFault> applied = new ArrayDeque<>();
    private final SimFaults handle;
    private final UserDataFaults userData;

    /**
     * Creates an empty plan.
     *
     * @param base the configured venue clock
     */
    public FaultPlan(EpochClock base) {
        this.base = Objects.requireNonNull(base, "base");
        this.userData = new UserDataFaults(this);
        this.handle = new SimFaults(this);
    }

    /**
     * The clock the venue and the server must use: the configured clock plus the injected shift.
     *
     * @return the shifted clock
     */
    public EpochClock clock() {
        return clock;
    }

    /**
     * The user's control handle.
     *
     * @return the handle
     */
    public SimFaults handle() {
        return handle;
    }

    /**
     * The user data filter stage factory.
     *
     * @return the user data faults
     */
    public UserDataFaults userData() {
        return userData;
    }

    /**
     * Takes one use of the first active fault of the phase that matches, if any.
     *
     * @param phase  request, ping or user data
     * @param method the request's method or the event's type; may be null
     * @param apiKey the API key the request acts for; may be null
     * @return the fault to apply, or null
     */
    public Fault claim(FaultKind.Phase phase, String method, String apiKey) {
        Rule[] rs = rules;
        if (rs.length == 0) {
            return null;
        }
        for (Rule r : rs) {
            if (r.matches(phase, method, apiKey) && r.claim()) {
                if (r.remaining.get() == 0) {
                    remove(r);
                }
                return r.fault;
            }
        }
        return null;
    }

    /**
     * Whether any fault is active (for senders that want to skip work when none is).
     *
     * @return true if at least one rule is active
     */
    public boolean anyActive() {
        return rules.length != 0;
    }

    /**
     * Logs at INFO and records that a fault was applied.
     *
     * @param name   the fault's or action's wire name
     * @param target what it was applied to (never secrets)
     */
    public void applied(String name, String target) {
        LOG.info("fault {} applied: {}", name, target);
        AppliedFault a = new AppliedFault(name, target, clock.epochMillis());
        synchronized (applied) {
            if (applied.size() == APPLIED_KEPT) {
                applied.removeFirst();
            }
            applied.addLast(a);
        }
    }

    /**
     * Registers an open connection so that {@code serverShutdown} reaches it.
     *
     * @param shutdown sends the connection its {@code serverShutdown} event and closes it (thread-safe)
     * @return deregisters the connection; call when it closes
     */
    public Runnable registerConnection(Runnable shutdown) {
        Objects.requireNonNull(shutdown, "shutdown");
        connections.add(shutdown);
        return () -> connections.remove(shutdown);
    }

    Fault add(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        synchronized (this) {
            Rule[] rs = rules;
            Rule[] next = java.util.Arrays.copyOf(rs, rs.length + 1);
            next[rs.length] = new Rule(fault);
            rules = next;
        }
        LOG.info("fault {} armed: {}", fault.kind().wireName(), fault);
        return fault;
    }

    boolean remove(Fault fault) {
        synchronized (this) {
            Rule[] rs = rules;
            for (Rule r : rs) {
                if (r.fault.equals(fault)) {
                    remove(r);
                    return true;
                }
            }
            return false;
        }
    }

    private synchronized void remove(Rule rule) {
        Rule[] rs = rules;
        for (int i = 0; i < rs.length; i++) {
            if (rs[i] == rule) {
                Rule[] next = new Rule[rs.length - 1];
                System.arraycopy(rs, 0, next, 0, i);
                System.arraycopy(rs, i + 1, next, i, rs.length - i - 1);
                rules = next.length == 0 ? NONE : next;
                return;
            }
        }
    }

    synchronized void clearRules() {
        rules = NONE;
    }

    List<Fault> active() {
        Rule[] rs = rules;
        List<Fault> out = new ArrayList<>(rs.length);
        for (Rule r : rs) {
            int left = r.remaining.get();
            if (left == Fault.ALWAYS) {
                out.add(r.fault);
            } else if (left > 0) {
                out.add(r.fault.count(left));
            }
        }
        return out;
    }

    List<AppliedFault> appliedSnapshot() {
        synchronized (applied) {
            return List.copyOf(applied);
        }
    }

    int serverShutdown() {
        List<Runnable> open = new ArrayList<>(connections);
        applied("server-shutdown", open.size() + " connection(s)");
        for (Runnable r : open) {
            r.run();
        }
        return open.size();
    }

    long shiftClock(long deltaMs) {
        long now = offsetMs.addAndGet(deltaMs);
        applied("shift-clock", (deltaMs >= 0 ? "+" : "") + deltaMs + " ms, offset now " + now + " ms");
        return now;
    }

    void resetClock() {
        offsetMs.set(0);
    }

    long clockOffsetMs() {
        return offsetMs.get();
    }
}
