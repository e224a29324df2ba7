package io.tradewire.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.time.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void kindsAreFoundByWireOrEnumName() {
        for (FaultKind k : FaultKind.values()) {
            assertThat(FaultKind.of(k.wireName())).isSameAs(k);
            assertThat(FaultKind.of(k.name())).isSameAs(k);
            assertThat(k.toString()).isEqualTo(k.wireName());
        }
        assertThat(FaultKind.of(" Drop-After-Engine ")).isSameAs(FaultKind.DROP_AFTER_ENGINE);
        assertThatThrownBy(() -> FaultKind.of("explode")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("explode").hasMessageContaining("ignore-pings");
    }

    @Test
    void faultsAreImmutableValuesWithDefaults() {
        Fault base = Fault.of(FaultKind.DELAY_RESPONSE);
        Fault f = base.method("order.place").apiKey("abcdefghijkl").count(3).delay(Duration.ofMillis(50));
        assertThat(base.method()).isNull();
        assertThat(base.count()).isEqualTo(1);
        assertThat(base.delayMs()).isEqualTo(1000);
        assertThat(f.method()).isEqualTo("order.place");
        assertThat(f.apiKey()).isEqualTo("abcdefghijkl");
        assertThat(f.count()).isEqualTo(3);
        assertThat(f.delayMs()).isEqualTo(50);
        assertThat(f.always().count()).isEqualTo(Fault.ALWAYS);
        assertThat(f).isEqualTo(base.method("order.place").apiKey("abcdefghijkl").count(3).delay(Duration.ofMillis(50)));
        assertThat(f.toString()).contains("delay-response", "order.place").doesNotContain("abcdefghijkl");
        assertThat(Fault.of(FaultKind.TIMEOUT_AFTER_ENGINE).status()).isEqualTo(503);
        assertThat(Fault.of(FaultKind.ERROR_5XX_AFTER_ENGINE).status()).isEqualTo(500);
        assertThat(Fault.of(FaultKind.IP_BAN).status()).isEqualTo(418);
        assertThat(Fault.of(FaultKind.IP_BAN).retryAfterMs()).isEqualTo(120_000);
        assertThat(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).retryAfterMs()).isEqualTo(-1);
        assertThatThrownBy(() -> base.count(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(FaultKind.DROP_AFTER_ENGINE.runsRequest()).isTrue();
        assertThat(FaultKind.DROP_BEFORE_ENGINE.runsRequest()).isFalse();
    }

    @Test
    void theFirstMatchingFaultAppliesAndIsSpentAfterItsCount() {
        FaultPlan plan = new FaultPlan(new ManualClock(1_000));
        SimFaults faults = plan.handle();
        assertThat(plan.anyActive()).isFalse();
        assertThat(plan.claim(FaultKind.Phase.REQUEST, "ping", null)).isNull();
        Fault first = faults.inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).method("ping").count(2));
        Fault second = faults.inject(FaultKind.TIMEOUT_BEFORE_ENGINE);
        assertThat(plan.claim(FaultKind.Phase.PING, null, null)).isNull();
        assertThat(plan.claim(FaultKind.Phase.REQUEST, "ping", null)).isEqualTo(first);
        assertThat(faults.active()).containsExactly(first.count(1), second);
        assertThat(plan.claim(FaultKind.Phase.REQUEST, "ping", null)).isEqualTo(first);
        assertThat(plan.claim(FaultKind.Phase.REQUEST, "ping", "k")).isEqualTo(second);
        assertThat(plan.claim(FaultKind.Phase.REQUEST, "ping", null)).isNull();
        assertThat(plan.anyActive()).isFalse();
    }

    @Test
    void theClockShiftMovesTheVenueClockOnly() {
        ManualClock base = new ManualClock(10_000);
        FaultPlan plan = new FaultPlan(base);
        plan.handle().shiftClock(250);
        plan.handle().shiftClock(-1000);
        assertThat(plan.clock().epochMillis()).isEqualTo(9_250);
        assertThat(plan.clock().nanoTime()).isEqualTo(base.nanoTime());
        assertThat(base.epochMillis()).isEqualTo(10_000);
        plan.handle().clear();
        assertThat(plan.clock().epochMillis()).isEqualTo(10_000);
        assertThat(plan.handle().applied()).extracting(AppliedFault::name).containsExactly("shift-clock", "shift-clock");
        assertThat(plan.handle().applied().get(1).target()).contains("-1000 ms", "-750 ms");
    }
}
