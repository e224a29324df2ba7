package io.tradewire.simulator.activity;

import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.SymbolStatus;
import io.tradewire.simulator.venue.AccountSpec;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueListener;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated traders on a venue: market makers that keep a ladder of {@link ActivityConfig#levels()} levels on each side
 * of every animated book around a mid price that follows a seeded random walk, and takers that send crossing LIMIT IOC
 * and MARKET orders at {@link ActivityConfig#ordersPerSecond()}. Their trades and quote changes feed the trade,
 * kline, ticker, depth and bookTicker streams like anyone's.
 *
 * <p><b>Deterministic:</b> everything is driven by the tick counter and one random generator seeded with
 * {@link ActivityConfig#seed()}; the same seed and the same ticks on the same venue state give the same orders. A
 * paced activity only decides <em>when</em> ticks run, on its own thread ({@code tradewire-activity}), never what they
 * do; a {@link ActivityConfig.Builder#manualTicks() manual} one ticks only when {@link #tick()} is called.
 *
 * <p><b>Accounts:</b> the traders have their own internal accounts, funded with 10^9 of every asset they trade and
 * paying no commission. Their API keys are random, never printed and never registered with the API, so nobody can log
 * on as them; users' balances change only by trading with them.
 *
 * <p><b>Bounded:</b> the makers hold at most {@code 2 * levels} orders per symbol (requoting cancels before it places)
 * and the activity's own state is fixed-size after construction.
 *
 * <p><b>Threading:</b> thread-safe. Each step takes the venue's monitor for one symbol's requote or one taker order,
 * so API requests interleave with a tick. Do not call {@link #tick()} while holding the venue's monitor if the
 * activity is also paced.
 */
public final class BackgroundActivity implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundActivity.class);
    private static final BigDecimal FUNDING = new BigDecimal("1000000000");
    /** Rate credit per order: the rate is in 1/1000 orders per second and the tick in ms. */
    private static final long CREDIT_PER_ORDER = 1_000_000L;

    private final Venue venue;
    private final ActivityConfig config;
    private final SymbolQuoter[] quoters;
    private final List<String> symbols;
    private final String[] makerKeys;
    private final String[] takerKeys;
    private final SplittableRandom random;
    private final Counters counters = new Counters();
    /** Serializes ticks (a manual tick may race the paced thread); taken before the venue's monitor, never after. */
    private final Object tickLock = new Object();
    /** Owed taker orders, in millionths of an order. */
    private long credit;
    private ScheduledExecutorService scheduler;
    private boolean closed;
    private boolean warned;

    private BackgroundActivity(Venue venue, ActivityConfig config) {
        this.venue = venue;
        this.config = config;
        this.random = new SplittableRandom(config.seed());
        List<SymbolSpec> specs = select(venue, config);
        SecureRandom keys = new SecureRandom();
        this.makerKeys = newKeys(venue, "maker", config.makers(), keys);
        this.takerKeys = newKeys(venue, "taker", config.takers(), keys);
        Map<String, BigDecimal> funding = new LinkedHashMap<>();
        for (SymbolSpec s : specs) {
            funding.put(s.baseAsset(), FUNDING);
            funding.put(s.quoteAsset(), FUNDING);
        }
        for (String k : makerKeys) {
            venue.addAccount(AccountSpec.of(k, funding));
        }
        for (String k : takerKeys) {
            venue.addAccount(AccountSpec.of(k, funding));
        }
        this.quoters = new SymbolQuoter[specs.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < quoters.length; i++) {
            quoters[i] = new SymbolQuoter(venue, specs.get(i), i, config, makerKeys, counters);
            names.add(specs.get(i).symbol());
        }
        this.symbols = Collections.unmodifiableList(names);
        venue.addListener(new TradeWatch(quoters));
    }

    /** Tells each quoter the prices its symbol traded at, so that it looks up only quotes that may have filled. */
    private static final class TradeWatch implements VenueListener {
        private final Map<String, SymbolQuoter> bySymbol = new HashMap<>();

        TradeWatch(SymbolQuoter[] quoters) {
            for (SymbolQuoter q : quoters) {
                bySymbol.put(q.symbol(), q);
            }
        }

        @Override
        public boolean receivesOrderEvents() {
            return false;
        }

        @Override
        public void onTrade(String symbol, long tradeId, long priceScaled, long qtyScaled, long quoteQtyScaled,
                            long time, boolean buyerIsMaker, long takerOrderId) {
            SymbolQuoter q = bySymbol.get(symbol);
            if (q != null) {
                q.traded(priceScaled);
            }
        }
    }

    /**
     * Opens the traders' accounts on a venue. Nothing trades before the first tick; call {@link #start()} to have
     * the activity tick on its own thread (when {@link ActivityConfig#paced()}).
     *
     * @param venue  the venue (its monitor is taken here)
     * @param config what to do
     * @return the activity
     * @throws IllegalArgumentException if the configuration names a symbol the venue does not list, or one that is
     *                                  not TRADING or takes no LIMIT orders
     */
    public static BackgroundActivity attach(Venue venue, ActivityConfig config) {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(config, "config");
        synchronized (venue) {
            return new BackgroundActivity(venue, config);
        }
    }

    private static List<SymbolSpec> select(Venue venue, ActivityConfig config) {
        List<SymbolSpec> out = new ArrayList<>();
        if (config.symbols().isEmpty()) {
            for (SymbolSpec s : venue.symbols()) {
                if (animatable(s)) {
                    out.add(s);
                }
            }
            return out;
        }
        for (String name : config.symbols()) {
            Optional<SymbolSpec> s = venue.symbol(name);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("background activity: unknown symbol " + name);
            }
            if (!animatable(s.get())) {
                throw new IllegalArgumentException("background activity: " + name
                        + " is not TRADING or takes no LIMIT orders");
            }
            if (!out.contains(s.get())) {
                out.add(s.get());
            }
        }
        return out;
    }

    private static boolean animatable(SymbolSpec s) {
        return SymbolStatus.TRADING.equals(s.status()) && s.orderTypes().contains(OrderType.LIMIT);
    }

    private static String[] newKeys(Venue venue, String role, int n, SecureRandom rnd) {
        String[] out = new String[n];
        byte[] bytes = new byte[16];
        for (int i = 0; i < n; i++) {
            do {
                rnd.nextBytes(bytes);
                out[i] = "twa-" + role + i + "-" + HexFormat.of().formatHex(bytes);
            } while (venue.hasAccount(out[i]));
        }
        return out;
    }

    /** @return the configuration */
    public ActivityConfig config() {
        return config;
    }

    /** @return the animated symbols, in the venue's (or the configuration's) order */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * Runs one tick: every animated mid takes a random-walk step and its makers requote, then the takers send the
     * orders the rate owes for one {@link ActivityConfig#tickInterval()}.
     */
    public void tick() {
        synchronized (tickLock) {
            counters.ticks++;
            for (SymbolQuoter q : quoters) {
                synchronized (venue) {
                    q.walk(random);
                    q.requote(random);
                }
            }
            credit += config.milliOrdersPerSecond() * config.tickMillis();
            long due = credit / CREDIT_PER_ORDER;
            credit %= CREDIT_PER_ORDER;
            if (quoters.length == 0) {
                return;
            }
            for (long i = 0; i < due; i++) {
                synchronized (venue) {
                    SymbolQuoter q = quoters[random.nextInt(quoters.length)];
                    q.take(takerKeys[random.nextInt(takerKeys.length)], random);
                }
            }
        }
    }

    /**
     * Runs several ticks.
     *
     * @param times how many, {@code >= 0}
     */
    public void tick(int times) {
        for (int i = 0; i < times; i++) {
            tick();
        }
    }

    /** @return what the traders have done so far */
    public ActivityStats stats() {
        synchronized (tickLock) {
            return counters.snapshot();
        }
    }

    /**
     * The current mid of an animated symbol, around which the makers quote.
     *
     * @param symbol e.g. "BTCUSDT"
     * @return the mid, or empty if the symbol is not animated
     */
    public Optional<BigDecimal> mid(String symbol) {
        synchronized (tickLock) {
            for (SymbolQuoter q : quoters) {
                if (q.symbol().equals(symbol)) {
                    return Optional.of(BigDecimal.valueOf(q.mid(), 8));
                }
            }
            return Optional.empty();
        }
    }

    /** Starts ticking every {@link ActivityConfig#tickInterval()} on the activity's thread, if paced. Idempotent. */
    public synchronized void start() {
        if (closed || scheduler != null || !config.paced()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tradewire-activity");
            t.setDaemon(true);
            return t;
        });
        long ms = config.tickMillis();
        scheduler.scheduleAtFixedRate(this::pacedTick, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info("background activity started: {} on {}", config, symbols);
    }

    private void pacedTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // An exception would cancel the schedule: keep the market alive and say so once.
            if (!warned) {
                warned = true;
                LOG.warn("background activity: a tick failed; ticking on", e);
            }
        }
    }

    /** Stops the activity's thread (the traders' orders stay on the book). Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        ScheduledExecutorService s = scheduler;
        scheduler = null;
        if (s == null) {
            return;
        }
        s.shutdown();
        if (Thread.holdsLock(venue)) {
            return; // a running tick may be waiting for the venue: it ends on its own when we let go
        }
        try {
            s.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: the makers' keys. */
    List<String> makerKeys() {
        return List.of(makerKeys);
    }

    /** For tests: the takers' keys. */
    List<String> takerKeys() {
        return List.of(takerKeys);
    }

    /** For tests: orders the makers believe open, per symbol. */
    int quotedOrders(String symbol) {
        synchronized (tickLock) {
            for (SymbolQuoter q : quoters) {
                if (q.symbol().equals(symbol)) {
                    return q.quotedOrders();
                }
            }
            return 0;
        }
    }

    /** Never shows the traders' keys. */
    @Override
    public String toString() {
        return "BackgroundActivity{" + symbols + ", " + config + "}";
    }
}
