package io.tradewire.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tradewire.core.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user data filter stage, in isolation: a recording sink and a scheduler stand in for the sender. */
class UserDataFaultsTest {
    private final FaultPlan plan = new FaultPlan(new ManualClock(1_700_000_000_000L));
    private final SimFaults faults = plan.handle();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    /** Records deliveries; duplicates are marked so the test can see the sink made the copy. */
    private static final class Recorder implements UserDataFaults.Sink<String> {
        final List<String> got = new ArrayList<>();

        @Override
        public synchronized void deliver(String event) {
            got.add(event);
        }

        @Override
        public String duplicate(String event) {
            return event + "'";
        }

        synchronized List<String> got() {
            return List.copyOf(got);
        }
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private UserDataFaults.Stage<String> stage(String key, Recorder r) {
        return faults.userData().stage(key, r, scheduler);
    }

    @Test
    void withoutFaultsEventsPassStraightThroughInOrder() {
        Recorder r = new Recorder();
        UserDataFaults.Stage<String> s = stage("k", r);
        s.offer("executionReport", "a");
        s.offer("outboundAccountPosition", "b");
        assertThat(r.got()).containsExactly("a", "b");
        assertThat(faults.applied()).isEmpty();
    }

    @Test
    void duplicateDeliversTheMatchingEventTwice() {
        Recorder r = new Recorder();
        UserDataFaults.Stage<String> s = stage("k", r);
        faults.inject(Fault.of(FaultKind.DUPLICATE_USER_DATA).method("executionReport"));
        s.offer("outboundAccountPosition", "a");
        s.offer("executionReport", "b");
        s.offer("executionReport", "c");
        assertThat(r.got()).containsExactly("a", "b", "b'", "c");
        assertThat(faults.applied()).extracting(AppliedFault::name).containsExactly("duplicate-user-data");
        assertThat(faults.applied().get(0).target()).startsWith("executionReport");
    }

    @Test
    void reorderDeliversTheHeldEventAfterTheNextOne() {
        Recorder r = new Recorder();
        UserDataFaults.Stage<String> s = stage("k", r);
        faults.inject(Fault.of(FaultKind.REORDER_USER_DATA).delay(Duration.ofSeconds(30)));
        s.offer("executionReport", "a");
        assertThat(s.holding()).isTrue();
        assertThat(r.got()).isEmpty();
        s.offer("executionReport", "b");
        s.offer("executionReport", "c");
        assertThat(r.got()).containsExactly("b", "a", "c");
        assertThat(s.holding()).isFalse();
    }

    @Test
    void aHeldEventIsDeliveredWhenNoNextOneComes() {
        Recorder r = new Recorder();
        UserDataFaults.Stage<String> s = stage("k", r);
        faults.inject(Fault.of(FaultKind.REORDER_USER_DATA).delay(Duration.ofMillis(100)));
        s.offer("listStatus", "a");
        await().atMost(Duration.ofSeconds(5)).until(() -> r.got().equals(List.of("a")));
        assertThat(s.holding()).isFalse();

        faults.inject(Fault.of(FaultKind.REORDER_USER_DATA).delay(Duration.ofSeconds(30)));
        s.offer("listStatus", "b");
        s.flush();
        assertThat(r.got()).containsExactly("a", "b");
    }

    @Test
    void delayDeliversLateAndLetsLaterEventsOvertake() {
        Recorder r = new Recorder();
        UserDataFaults.Stage<String> s = stage("k", r);
        faults.inject(Fault.of(FaultKind.DELAY_USER_DATA).delay(Duration.ofMillis(200)));
        long t0 = System.nanoTime();
        s.offer("executionReport", "a");
        s.offer("executionReport", "b");
        assertThat(r.got()).containsExactly("b");
        await().atMost(Duration.ofSeconds(5)).until(() -> r.got().size() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(r.got()).containsExactly("b", "a");
    }

    @Test
    void anApiKeyTargetAffectsThatAccountsStagesOnly() {
        Recorder mine = new Recorder();
        Recorder theirs = new Recorder();
        UserDataFaults.Stage<String> s1 = stage("mine", mine);
        UserDataFaults.Stage<String> s2 = stage("theirs", theirs);
        faults.inject(Fault.of(FaultKind.DUPLICATE_USER_DATA).apiKey("theirs").count(2));
        s1.offer("executionReport", "a");
        s2.offer("executionReport", "x");
        s2.offer("executionReport", "y");
        s2.offer("executionReport", "z");
        assertThat(mine.got()).containsExactly("a");
        assertThat(theirs.got()).containsExactly("x", "x'", "y", "y'", "z");
        assertThat(faults.active()).isEmpty();
    }

    @Test
    void requestFaultsDoNotTouchUserData() {
        Recorder r = new Recorder();
        UserDataFaults.Stage<String> s = stage("k", r);
        faults.inject(Fault.of(FaultKind.DROP_AFTER_ENGINE).always());
        s.offer("executionReport", "a");
        assertThat(r.got()).containsExactly("a");
        assertThat(faults.active()).hasSize(1);
    }
}
