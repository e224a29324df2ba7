package io.tradewire.simulator;

import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.activity.ActivityConfig;
import io.tradewire.simulator.activity.BackgroundActivity;
import io.tradewire.simulator.fault.FaultPlan;
import io.tradewire.simulator.fault.SimFaults;
import io.tradewire.simulator.server.BanPolicy;
import io.tradewire.simulator.server.ConnectionRules;
import io.tradewire.simulator.server.RateLimitConfig;
import io.tradewire.simulator.server.ApiKeyRegistry;
import io.tradewire.simulator.server.WsApi;
import io.tradewire.simulator.server.WsApiServer;
import io.tradewire.simulator.venue.AccountSpec;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Binance-compatible Spot venue on loopback: the WebSocket API at {@code /ws-api/v3} over a real
 * matching engine, with Binance's JSON, signatures, errors and rate limits.
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.builder().account(SimAccount.hmac(key, secret, balances)).build().start()) {
 *     URI ws = sim.wsApiUri(); // ws://127.0.0.1:PORT/ws-api/v3
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {
    private final String host;
    private final int requestedPort;
    private final Venue venue;
    private final FaultPlan faultPlan;
    private final WsApiServer server;
    /** Simulated traders, or null when background activity is off (the default). */
    private final BackgroundActivity activity;
    private volatile int port = -1;

    private Simulator(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        this.faultPlan = new FaultPlan(b.clock);
        // The venue and the API see the fault plan's clock so that SimFaults.shiftClock moves venue time.
        this.venue = new Venue(List.copyOf(b.symbols), faultPlan.clock(), b.maxClosedOrders, b.maxClosedOrderAge);
        ApiKeyRegistry keys = new ApiKeyRegistry();
        for (SimAccount a : b.accounts) {
            venue.addAccount(AccountSpec.of(a.apiKey(), a.balances()));
            keys.register(a.apiKey(), a.verifier());
        }
        this.server = new WsApiServer(new WsApi(venue, keys, faultPlan.clock(), b.recvWindowMaxMs, b.rateLimits)
                .faults(faultPlan, b.banPolicy), b.connectionRules);
        // After the users' accounts, so that the traders' random keys can be checked against theirs.
        this.activity = b.activity == null ? null : BackgroundActivity.attach(venue, b.activity);
    }

    /**
     * Starts configuring a simulator.
     *
     * @return a builder with Binance's defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving.
     *
     * @return this simulator
     * @throws IllegalStateException if the port cannot be bound or the simulator was started already
     */
    public Simulator start() {
        try {
            port = server.start(host, requestedPort);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding " + host + ":" + requestedPort, e);
        }
        if (activity != null) {
            activity.start();
        }
        return this;
    }

    /**
     * The simulated traders, when {@link Builder#backgroundActivity} turned them on: their statistics, and
     * {@link BackgroundActivity#tick()} for configurations with manual ticks.
     *
     * @return the activity, or empty when it is off (the default)
     */
    public Optional<BackgroundActivity> activity() {
        return Optional.ofNullable(activity);
    }

    /**
     * The Spot WebSocket API endpoint.
     *
     * @return e.g. {@code ws://127.0.0.1:PORT/ws-api/v3}
     */
    public URI wsApiUri() {
        return URI.create("ws://" + hostForUri() + ":" + requirePort() + WsApiServer.WS_API_PATH);
    }

    /**
     * The REST base URI: {@code /api/v3/...} is served on the same port as the WebSocket API.
     *
     * @return e.g. {@code http://127.0.0.1:PORT}
     */
    public URI restBaseUri() {
        return URI.create("http://" + hostForUri() + ":" + requirePort());
    }

    /**
     * The bound port.
     *
     * @return the port
     * @throws IllegalStateException before {@link #start()}
     */
    public int port() {
        return requirePort();
    }

    /**
     * The venue behind the API. It is single-threaded: code that calls it while the simulator is serving
     * must hold its monitor ({@code synchronized (sim.venue()) { ... }}), which the server takes for
     * every request.
     *
     * @return the venue
     */
    public Venue venue() {
        return venue;
    }

    /**
     * Deposits into an account, as if funds arrived from outside: its free balance grows and its user data
     * subscriptions get {@code balanceUpdate} and then {@code outboundAccountPosition}.
     *
     * @param apiKey the account's API key
     * @param asset  the asset, e.g. {@code USDT}
     * @param amount a positive amount, at most 8 decimals
     * @throws IllegalArgumentException for an unknown account or an amount that is not positive
     */
    public void deposit(String apiKey, String asset, java.math.BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("deposit amount must be positive");
        }
        synchronized (venue) {
            venue.adjustBalance(apiKey, asset, amount);
        }
    }

    /**
     * Withdraws from an account's free balance; its user data subscriptions get {@code balanceUpdate} (a negative
     * delta) and then {@code outboundAccountPosition}.
     *
     * @param apiKey the account's API key
     * @param asset  the asset
     * @param amount a positive amount, at most 8 decimals, at most the free balance
     * @throws IllegalArgumentException for an unknown account, an amount that is not positive or above the free
     *                                  balance
     */
    public void withdraw(String apiKey, String asset, java.math.BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("withdrawal amount must be positive");
        }
        synchronized (venue) {
            venue.adjustBalance(apiKey, asset, amount.negate());
        }
    }

    /**
     * Faults on demand: drop, delay or fail requests, ignore pings, send {@code serverShutdown}, shift the
     * clock, force rate-limit answers, disturb user data events.
     *
     * @return the control handle (the same one for the simulator's life)
     */
    public SimFaults faults() {
        return faultPlan.handle();
    }

    /**
     * The faults control endpoint that {@code tradewire fault} talks to.
     *
     * @return e.g. {@code http://127.0.0.1:PORT/_tradewire/faults}
     */
    public URI faultsUri() {
        return URI.create("http://" + hostForUri() + ":" + requirePort() + SimFaults.CONTROL_PATH);
    }

    /** Closes every connection and frees the port. Idempotent. */
    @Override
    public void close() {
        if (activity != null) {
            activity.close();
        }
        server.close();
    }

    private int requirePort() {
        int p = port;
        if (p < 0) {
            throw new IllegalStateException("simulator not started");
        }
        return p;
    }

    private String hostForUri() {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return "Simulator{" + host + ":" + (port < 0 ? "not started" : String.valueOf(port)) + "}";
    }

    /** Configures a {@link Simulator}. Not thread-safe. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private List<SymbolSpec> symbols = SymbolSpec.defaults();
        private final List<SimAccount> accounts = new ArrayList<>();
        private EpochClock clock = EpochClock.system();
        private long recvWindowMaxMs = 60_000;
        private RateLimitConfig rateLimits = RateLimitConfig.BINANCE;
        private BanPolicy banPolicy = BanPolicy.DEFAULT;
        private ConnectionRules connectionRules = ConnectionRules.BINANCE;
        private ActivityConfig activity;
        private int maxClosedOrders = Venue.DEFAULT_MAX_CLOSED_ORDERS;
        private Duration maxClosedOrderAge = Venue.DEFAULT_MAX_CLOSED_AGE;

        private Builder() {
        }

        /**
         * Address to bind.
         *
         * @param host default 127.0.0.1
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Port to bind.
         *
         * @param port default 0: a free port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The tradable symbols.
         *
         * @param symbols default {@link SymbolSpec#defaults()}
         * @return this builder
         */
        public Builder symbols(List<SymbolSpec> symbols) {
            this.symbols = List.copyOf(symbols);
            return this;
        }

        /**
         * Adds an account; call once per account.
         *
         * @param account the account
         * @return this builder
         */
        public Builder account(SimAccount account) {
            accounts.add(Objects.requireNonNull(account, "account"));
            return this;
        }

        /**
         * Adds several accounts, e.g. from {@link AccountsFile#load}.
         *
         * @param accounts the accounts
         * @return this builder
         */
        public Builder accounts(List<SimAccount> accounts) {
            accounts.forEach(this::account);
            return this;
        }

        /**
         * Server time.
         *
         * @param clock default {@link EpochClock#system()}
         * @return this builder
         */
        public Builder clock(EpochClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Largest accepted {@code recvWindow}.
         *
         * @param ms default 60000, as on Binance
         * @return this builder
         */
        public Builder recvWindowMaxMs(long ms) {
            if (ms <= 0) {
                throw new IllegalArgumentException("recvWindowMaxMs must be positive");
            }
            this.recvWindowMaxMs = ms;
            return this;
        }

        /**
         * The venue's rate limits (default Binance's: 6000 weight per minute per IP, 100 orders per 10 s and
         * 200000 per day per account). Reported in {@code exchangeInfo} and every {@code rateLimits} block.
         *
         * @param weightPerMinute    REQUEST_WEIGHT per minute
         * @param ordersPer10Seconds ORDERS per 10 seconds
         * @param ordersPerDay       ORDERS per day
         * @return this builder
         */
        public Builder rateLimits(long weightPerMinute, long ordersPer10Seconds, long ordersPerDay) {
            this.rateLimits = new RateLimitConfig(weightPerMinute, ordersPer10Seconds, ordersPerDay);
            return this;
        }

        /**
         * The venue's rate limits, RAW_REQUESTS included (REST requests per 5 minutes, whatever their weight;
         * Binance: 300000).
         *
         * @param weightPerMinute        REQUEST_WEIGHT per minute
         * @param ordersPer10Seconds     ORDERS per 10 seconds
         * @param ordersPerDay           ORDERS per day
         * @param rawRequestsPer5Minutes RAW_REQUESTS per 5 minutes
         * @return this builder
         */
        public Builder rateLimits(long weightPerMinute, long ordersPer10Seconds, long ordersPerDay,
                                  long rawRequestsPer5Minutes) {
            this.rateLimits = new RateLimitConfig(weightPerMinute, ordersPer10Seconds, ordersPerDay,
                    rawRequestsPer5Minutes);
            return this;
        }

        /**
         * How much order history the venue keeps. Open orders are always kept; closed ones (FILLED, CANCELED,
         * EXPIRED, ...) are forgotten oldest first once an account has more than {@code maxClosedPerAccountAndSymbol}
         * of them on a symbol or they closed more than {@code maxAge} ago, so memory stays flat on long runs.
         * Forgotten orders answer -2013 "Order does not exist." to order.status and are gone from allOrders.
         * Order lists are bounded the same way, per account.
         *
         * @param maxClosedPerAccountAndSymbol default 10,000; {@code >= 0}
         * @param maxAge                       default 24 h; positive
         * @return this builder
         */
        public Builder orderHistory(int maxClosedPerAccountAndSymbol, Duration maxAge) {
            if (maxClosedPerAccountAndSymbol < 0) {
                throw new IllegalArgumentException("maxClosedPerAccountAndSymbol must be >= 0");
            }
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("maxAge must be positive");
            }
            this.maxClosedOrders = maxClosedPerAccountAndSymbol;
            this.maxClosedOrderAge = maxAge;
            return this;
        }

        /**
         * Limits so high they never bite, for load tests and benchmarks (still reported, as Long.MAX_VALUE / 4).
         *
         * @return this builder
         */
        public Builder unlimitedRates() {
            long big = Long.MAX_VALUE / 4;
            this.rateLimits = new RateLimitConfig(big, big, big, big);
            return this;
        }

        /**
         * How often the server pings each WebSocket connection.
         *
         * @param interval default 20 s, as on Binance; at least 1 ms
         * @return this builder
         */
        public Builder serverPingInterval(Duration interval) {
            this.connectionRules = connectionRules.pingInterval(interval);
            return this;
        }

        /**
         * How long a server ping may go without its pong before the connection is closed.
         *
         * @param timeout default 60 s, as on Binance; at least 1 ms
         * @return this builder
         */
        public Builder pongTimeout(Duration timeout) {
            this.connectionRules = connectionRules.pongTimeout(timeout);
            return this;
        }

        /**
         * How long a WebSocket connection may live; then it gets {@code serverShutdown} and is closed.
         *
         * @param lifetime default 24 h, as on Binance; at least 1 ms
         * @return this builder
         */
        public Builder maxConnectionLifetime(Duration lifetime) {
            this.connectionRules = connectionRules.maxLifetime(lifetime);
            return this;
        }

        /**
         * Time between the {@code serverShutdown} event and the close of the connection.
         *
         * @param notice default 1 s; zero closes right after the event
         * @return this builder
         */
        public Builder serverShutdownNotice(Duration notice) {
            this.connectionRules = connectionRules.shutdownNotice(notice);
            return this;
        }

        /**
         * When repeated REQUEST_WEIGHT 429s turn into an IP ban (418): once an IP has received
         * {@code rejectionsBeforeBan} 429s within one 1-minute window, its next over-limit request bans it, for
         * {@code firstBan} doubled per earlier ban of that IP, at most {@code maxBan}. While banned, every request
         * of the IP is answered 418 and its connection closed. Default: 10, 2 minutes, 3 days.
         *
         * @param rejectionsBeforeBan 429s tolerated per window
         * @param firstBan            length of the first ban
         * @param maxBan              longest ban
         * @return this builder
         */
        public Builder rateLimitBans(int rejectionsBeforeBan, Duration firstBan, Duration maxBan) {
            this.banPolicy = new BanPolicy(rejectionsBeforeBan, firstBan, maxBan);
            return this;
        }

        /**
         * Never ban an IP (429s only).
         *
         * @return this builder
         */
        public Builder noRateLimitBans() {
            this.banPolicy = BanPolicy.NEVER;
            return this;
        }

        /**
         * Background market activity: seeded simulated traders (market makers around a random-walk mid, takers
         * sending crossing orders) that keep books and streams alive. Off by default. A paced configuration ticks on
         * its own thread from {@link Simulator#start()}; a manual one only on {@link BackgroundActivity#tick()}.
         *
         * @param config what the traders do, or null for none (the default)
         * @return this builder
         */
        public Builder backgroundActivity(ActivityConfig config) {
            this.activity = config;
            return this;
        }

        /**
         * Creates the simulator (not yet bound: call {@link Simulator#start()}).
         *
         * @return the simulator
         * @throws IllegalArgumentException if two accounts share an API key
         */
        public Simulator build() {
            Set<String> seen = new HashSet<>();
            for (SimAccount a : accounts) {
                if (!seen.add(a.apiKey())) {
                    throw new IllegalArgumentException("two accounts share the API key " + a);
                }
            }
            return new Simulator(this);
        }
    }
}
