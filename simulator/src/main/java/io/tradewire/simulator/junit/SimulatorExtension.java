package io.tradewire.simulator.junit;

import io.tradewire.core.signing.KeyType;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.fault.SimFaults;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link Simulator} per test class on a free loopback port, with generated accounts, and injects it into
 * test constructors and methods. Resolvable parameter types: {@link Simulator}, {@link SimFaults},
 * {@link TestAccounts}, and {@link TestAccount} (the first account, or the one {@link Account} names). Faults
 * (and the clock shift) are cleared after each test; the venue's orders and balances carry over between the
 * tests of a class, as on a real venue.
 *
 * <pre>{@code
 * @ExtendWith(SimulatorExtension.class)          // defaults: an Ed25519 and an HMAC account
 * class MyStrategyTest {
 *     @Test void survivesADrop(Simulator sim, SimFaults faults, TestAccount trader) { ... }
 * }
 *
 * class Configured {
 *     @RegisterExtension
 *     static final SimulatorExtension VENUE = SimulatorExtension.builder()
 *             .account(KeyType.ED25519).account(KeyType.ED25519)
 *             .configure(b -> b.serverPingInterval(Duration.ofMillis(200)))
 *             .build();
 * }
 * }</pre>
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback,
        ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SimulatorExtension.class);
    private static final String KEY = "venue";
    private static final char[] KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<KeyType> keyTypes;
    private final Map<String, BigDecimal> balances;
    private final Consumer<Simulator.Builder> configurer;

    /** A simulator with an Ed25519 and an HMAC account, default balances and Binance's rules. */
    public SimulatorExtension() {
        this(builder());
    }

    private SimulatorExtension(Builder b) {
        this.keyTypes = b.keyTypes.isEmpty() ? List.of(KeyType.ED25519, KeyType.HMAC) : List.copyOf(b.keyTypes);
        this.balances = Map.copyOf(b.balances);
        this.configurer = b.configurer;
    }

    /**
     * Starts configuring an extension for {@code @RegisterExtension}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The running simulator and its accounts; closed with the test class. */
    private static final class Venue implements AutoCloseable {
        final Simulator simulator;
        final TestAccounts accounts;

        Venue(Simulator simulator, TestAccounts accounts) {
            this.simulator = simulator;
            this.accounts = accounts;
        }

        @Override
        public void close() {
            simulator.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        venue(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Venue v = context.getStore(NAMESPACE).remove(KEY, Venue.class);
        if (v != null) {
            v.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        venue(context).simulator.faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        Class<?> t = pc.getParameter().getType();
        return t == Simulator.class || t == SimFaults.class || t == TestAccount.class || t == TestAccounts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
        Venue v = venue(ec);
        Class<?> t = pc.getParameter().getType();
        if (t == Simulator.class) {
            return v.simulator;
        }
        if (t == SimFaults.class) {
            return v.simulator.faults();
        }
        if (t == TestAccounts.class) {
            return v.accounts;
        }
        int index = pc.findAnnotation(Account.class).map(Account::value).orElse(0);
        if (index < 0 || index >= v.accounts.size()) {
            throw new ParameterResolutionException("@Account(" + index + ") but the simulator has "
                    + v.accounts.size() + " account(s)");
        }
        return v.accounts.get(index);
    }

    /** The class-level venue, started on first use (constructor injection may come before beforeAll). */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: computeIfAbsent does not exist before JUnit 6
    private Venue venue(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> start(), Venue.class);
    }

    private Venue start() {
        Simulator.Builder b = Simulator.builder().host("127.0.0.1").port(0);
        List<TestAccount> accounts = new ArrayList<>();
        for (KeyType type : keyTypes) {
            accounts.add(generate(type, b));
        }
        configurer.accept(b);
        return new Venue(b.build().start(), new TestAccounts(accounts));
    }

    private TestAccount generate(KeyType type, Simulator.Builder b) {
        switch (type) {
            case ED25519: {
                DemoAccount demo = SimAccount.generateEd25519Demo(balances);
                b.account(demo.account());
                return new TestAccount(demo.account().apiKey(), type, null, demo.privateKey(), balances);
            }
            case RSA: {
                KeyPair pair;
                try {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                    g.initialize(2048);
                    pair = g.generateKeyPair();
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("RSA is not available", e);
                }
                String key = random(64);
                b.account(SimAccount.withPublicKey(key, pair.getPublic(), balances));
                return new TestAccount(key, type, null, pair.getPrivate(), balances);
            }
            default: {
                String key = random(64);
                String secret = random(64);
                b.account(SimAccount.hmac(key, secret, balances));
                return new TestAccount(key, KeyType.HMAC, secret, null, balances);
            }
        }
    }

    private static String random(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = KEY_CHARS[RANDOM.nextInt(KEY_CHARS.length)];
        }
        return new String(c);
    }

    @Override
    public String toString() {
        return "SimulatorExtension{accounts=" + keyTypes + "}";
    }

    /** Configures a {@link SimulatorExtension}. Not thread-safe. */
    public static final class Builder {
        private final List<KeyType> keyTypes = new ArrayList<>();
        private Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("1000000"), "BTC",
                new BigDecimal("100"), "ETH", new BigDecimal("1000"));
        private Consumer<Simulator.Builder> configurer = b -> { };

        private Builder() {
        }

        /**
         * Adds a generated account; call once per account. Without any: an Ed25519 and an HMAC account.
         *
         * @param type how the account signs
         * @return this builder
         */
        public Builder account(KeyType type) {
            keyTypes.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Starting balances of every generated account.
         *
         * @param balances default 1,000,000 USDT, 100 BTC, 1000 ETH
         * @return this builder
         */
        public Builder balances(Map<String, BigDecimal> balances) {
            this.balances = Map.copyOf(balances);
            return this;
        }

        /**
         * Further simulator settings (symbols, clock, rate limits, connection rules...). Host and port are
         * loopback and free unless set here.
         *
         * @param configurer called with the simulator's builder before it is built
         * @return this builder
         */
        public Builder configure(Consumer<Simulator.Builder> configurer) {
            this.configurer = Objects.requireNonNull(configurer, "configurer");
            return this;
        }

        /**
         * Creates the extension.
         *
         * @return the extension
         */
        public SimulatorExtension build() {
            return new SimulatorExtension(this);
        }
    }
}
