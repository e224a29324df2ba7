package io.tradewire.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.signing.CanonicalPayload;
import io.tradewire.core.signing.KeyType;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.Fault;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.SimFaults;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The declarative form: defaults, constructor and method injection, one venue for the class. */
@ExtendWith(SimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatorExtensionTest {
    private static Simulator first;
    private final Simulator sim;

    SimulatorExtensionTest(Simulator sim) {
        this.sim = sim;
    }

    private static String signed(String method, TestAccount account, long timestamp) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("apiKey", account.apiKey());
        params.put("timestamp", Long.toString(timestamp));
        String signature = account.signer().sign(CanonicalPayload.wsApi(params));
        return "{\"id\":1,\"method\":\"" + method + "\",\"params\":{\"apiKey\":\"" + account.apiKey()
                + "\",\"timestamp\":" + timestamp + ",\"signature\":\"" + signature + "\"}}";
    }

    @Test
    @Order(1)
    void theVenueRunsOnAFreeLoopbackPortWithAnEd25519AndAnHmacAccount(Simulator injected, TestAccounts accounts,
                                                                     TestAccount trader, @Account(1) TestAccount other) {
        first = injected;
        assertThat(injected).isSameAs(sim);
        assertThat(injected.wsApiUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(injected.port()).isPositive();
        assertThat(accounts.size()).isEqualTo(2);
        assertThat(trader).isSameAs(accounts.get(0));
        assertThat(other).isSameAs(accounts.get(1));
        assertThat(trader.keyType()).isEqualTo(KeyType.ED25519);
        assertThat(other.keyType()).isEqualTo(KeyType.HMAC);
        assertThat(trader.apiKey()).isNotEqualTo(other.apiKey()).hasSize(64);
        assertThat(other.toString()).doesNotContain(other.hmacSecret()).doesNotContain(other.apiKey());
        assertThatThrownBy(trader::hmacSecret).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(other::privateKey).isInstanceOf(IllegalStateException.class);
        synchronized (injected.venue()) {
            assertThat(injected.venue().balances(trader.apiKey()).get("USDT").free())
                    .isEqualByComparingTo(new BigDecimal("1000000"));
        }
    }

    @Test
    @Order(2)
    void theGeneratedKeysSignRequestsTheVenueAccepts(TestAccounts accounts) throws Exception {
        try (JdkWs ws = new JdkWs(sim.wsApiUri())) {
            long now = System.currentTimeMillis();
            JsonNode logon = ws.exchange(signed("session.logon", accounts.get(0), now));
            assertThat(logon.path("status").asInt()).as(logon.toString()).isEqualTo(200);
            assertThat(logon.path("result").path("apiKey").asText()).isEqualTo(accounts.get(0).apiKey());
            JsonNode status = ws.exchange(signed("account.status", accounts.get(1), now));
            // account.status may not be served yet; either way the HMAC signature must have been accepted.
            assertThat(status.path("error").path("code").asInt()).isNotIn(-1022, -2015);
            assertThat(accounts.get(1).credentials().apiKey()).isEqualTo(accounts.get(1).apiKey());
        }
    }

    @Test
    @Order(3)
    void faultsInjectedInOneTest(SimFaults faults) throws Exception {
        assertThat(sim).isSameAs(first);
        faults.inject(Fault.of(FaultKind.RATE_LIMIT_WEIGHT).method("ping").always());
        faults.shiftClock(5_000);
        try (JdkWs ws = new JdkWs(sim.wsApiUri())) {
            assertThat(ws.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(429);
        }
    }

    @Test
    @Order(4)
    void areClearedBeforeTheNext(SimFaults faults) throws Exception {
        assertThat(faults).isSameAs(sim.faults());
        assertThat(faults.active()).isEmpty();
        assertThat(faults.clockOffsetMs()).isZero();
        try (JdkWs ws = new JdkWs(sim.wsApiUri())) {
            assertThat(ws.exchange("{\"id\":1,\"method\":\"ping\"}").path("status").asInt()).isEqualTo(200);
        }
    }
}
