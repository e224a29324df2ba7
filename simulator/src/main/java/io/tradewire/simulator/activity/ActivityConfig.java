package io.tradewire.simulator.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the simulated traders do: seed, pace, which symbols, and the shape of the makers' book. Immutable; build with
 * {@link #builder()} and give it to {@code Simulator.Builder.backgroundActivity}.
 *
 * <pre>{@code
 * ActivityConfig.builder().seed(7).ordersPerSecond(new BigDecimal("20")).symbols(List.of("BTCUSDT")).build();
 * }</pre>
 *
 * <p>Rates and basis points are kept as exact integers (milli-orders per second, parts per million) so that the same
 * configuration yields the same orders on every JVM.
 */
public final class ActivityConfig {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BPS_TO_PPM = BigDecimal.valueOf(100);
    /** The largest taker rate accepted: far above what the demo needs, low enough that one tick stays short. */
    static final long MAX_MILLI_ORDERS_PER_SECOND = 100_000_000L;

    private final long seed;
    private final long milliOrdersPerSecond;
    private final long tickMillis;
    private final boolean paced;
    private final List<String> symbols;
    private final int levels;
    private final long spreadPpm;
    private final long levelSpacingPpm;
    private final long volatilityPpm;
    private final long reversionPpm;
    private final int levelSize;
    private final int makers;
    private final int takers;

    private ActivityConfig(Builder b) {
        this.seed = b.seed;
        this.milliOrdersPerSecond = b.milliOrdersPerSecond;
        this.tickMillis = b.tickMillis;
        this.paced = b.paced;
        this.symbols = List.copyOf(b.symbols);
        this.levels = b.levels;
        this.spreadPpm = b.spreadPpm;
        this.levelSpacingPpm = b.levelSpacingPpm;
        this.volatilityPpm = b.volatilityPpm;
        this.reversionPpm = b.reversionPpm;
        this.levelSize = b.levelSize;
        this.makers = b.makers;
        this.takers = b.takers;
    }

    /** @return a builder with the defaults listed on its methods */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults: seed 1, 10 taker orders per second every 100 ms on every symbol */
    public static ActivityConfig defaults() {
        return builder().build();
    }

    /** @return seed of every random choice */
    public long seed() {
        return seed;
    }

    /** @return taker orders per second, exact to 1/1000 */
    public BigDecimal ordersPerSecond() {
        return BigDecimal.valueOf(milliOrdersPerSecond, 3).stripTrailingZeros();
    }

    /** @return time between two ticks when paced */
    public Duration tickInterval() {
        return Duration.ofMillis(tickMillis);
    }

    /** @return true if the simulator's own thread ticks; false if only {@link BackgroundActivity#tick()} does */
    public boolean paced() {
        return paced;
    }

    /** @return the symbols to animate; empty means every trading symbol of the venue */
    public List<String> symbols() {
        return symbols;
    }

    /** @return price levels the makers keep on each side of each book */
    public int levels() {
        return levels;
    }

    /**
     * @return the makers' least spread between best bid and best ask, in basis points of the reference price (the
     *         ladder sits on a grid of the level spacing, so the spread is this plus up to two spacings)
     */
    public BigDecimal spreadBps() {
        return bps(spreadPpm);
    }

    /** @return distance between two levels, in basis points of the reference price (at least one tick) */
    public BigDecimal levelSpacingBps() {
        return bps(levelSpacingPpm);
    }

    /** @return per tick, the mid moves by two uniform draws in plus or minus this many basis points */
    public BigDecimal volatilityBps() {
        return bps(volatilityPpm);
    }

    /** @return per tick, the mid moves back toward the reference price by this many basis points of the gap */
    public BigDecimal reversionBps() {
        return bps(reversionPpm);
    }

    /** @return a level holds between 1 and twice this many smallest orders (min notional with a margin, or minQty) */
    public int levelSize() {
        return levelSize;
    }

    /** @return number of market maker accounts; they take turns on the levels */
    public int makers() {
        return makers;
    }

    /** @return number of taker accounts */
    public int takers() {
        return takers;
    }

    long milliOrdersPerSecond() {
        return milliOrdersPerSecond;
    }

    long tickMillis() {
        return tickMillis;
    }

    long spreadPpm() {
        return spreadPpm;
    }

    long levelSpacingPpm() {
        return levelSpacingPpm;
    }

    long volatilityPpm() {
        return volatilityPpm;
    }

    long reversionPpm() {
        return reversionPpm;
    }

    private static BigDecimal bps(long ppm) {
        return BigDecimal.valueOf(ppm, 2).stripTrailingZeros();
    }

    @Override
    public String toString() {
        return "ActivityConfig{seed=" + seed + ", ordersPerSecond=" + ordersPerSecond().toPlainString()
                + ", tick=" + tickMillis + "ms" + (paced ? "" : " (manual)")
                + ", symbols=" + (symbols.isEmpty() ? "all" : symbols) + ", levels=" + levels
                + ", spreadBps=" + spreadBps().toPlainString() + ", levelSpacingBps="
                + levelSpacingBps().toPlainString() + ", volatilityBps=" + volatilityBps().toPlainString()
                + ", makers=" + makers + ", takers=" + takers + "}";
    }

    /** Builder of {@link ActivityConfig}. Not thread-safe. */
    public static final class Builder {
        private long seed = 1;
        private long milliOrdersPerSecond = 10_000;
        private long tickMillis = 100;
        private boolean paced = true;
        private List<String> symbols = List.of();
        private int levels = 10;
        private long spreadPpm = 200;
        private long levelSpacingPpm = 100;
        private long volatilityPpm = 100;
        private long reversionPpm = 20;
        private int levelSize = 50;
        private int makers = 2;
        private int takers = 2;

        private Builder() {
        }

        /**
         * @param seed seed of every random choice, default 1
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How many crossing orders the takers send, over all symbols.
         *
         * @param rate orders per second, default 10; 0 leaves only the makers; at most 3 decimals
         * @return this builder
         */
        public Builder ordersPerSecond(BigDecimal rate) {
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("ordersPerSecond must be >= 0");
            }
            long milli;
            try {
                milli = rate.movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("ordersPerSecond takes at most 3 decimals: " + rate, e);
            }
            if (milli > MAX_MILLI_ORDERS_PER_SECOND) {
                throw new IllegalArgumentException("ordersPerSecond above 100000: " + rate);
            }
            this.milliOrdersPerSecond = milli;
            return this;
        }

        /**
         * @param rate orders per second, default 10
         * @return this builder
         */
        public Builder ordersPerSecond(long rate) {
            return ordersPerSecond(BigDecimal.valueOf(rate));
        }

        /**
         * Time between two ticks. Every tick the mid moves, the makers requote and the takers send what the rate
         * owes; the interval also converts the rate into orders per tick, so it matters for manual ticks too.
         *
         * @param interval default 100 ms; whole milliseconds, 1 ms to 60 s
         * @return this builder
         */
        public Builder tickInterval(Duration interval) {
            long ms = interval.toMillis();
            if (ms < 1 || ms > 60_000 || !interval.equals(Duration.ofMillis(ms))) {
                throw new IllegalArgumentException("tickInterval must be 1 ms to 60 s in whole ms: " + interval);
            }
            this.tickMillis = ms;
            return this;
        }

        /**
         * Nobody ticks but the caller of {@link BackgroundActivity#tick()}: for tests that need the same orders on
         * every run.
         *
         * @return this builder
         */
        public Builder manualTicks() {
            this.paced = false;
            return this;
        }

        /**
         * @param symbols the symbols to animate, default every trading symbol of the venue
         * @return this builder
         */
        public Builder symbols(List<String> symbols) {
            this.symbols = List.copyOf(symbols);
            return this;
        }

        /**
         * @param levels price levels per side, default 10, 1 to 100
         * @return this builder
         */
        public Builder levels(int levels) {
            if (levels < 1 || levels > 100) {
                throw new IllegalArgumentException("levels must be 1..100: " + levels);
            }
            this.levels = levels;
            return this;
        }

        /**
         * @param bps least spread between the makers' best bid and best ask, in basis points of the reference price,
         *            default 2 bps (the ladder sits on the level grid: the spread is this plus up to two spacings)
         * @return this builder
         */
        public Builder spreadBps(BigDecimal bps) {
            this.spreadPpm = ppm(bps, "spreadBps");
            return this;
        }

        /**
         * @param bps distance between levels, default 1 bp of the reference price (never less than a tick)
         * @return this builder
         */
        public Builder levelSpacingBps(BigDecimal bps) {
            this.levelSpacingPpm = ppm(bps, "levelSpacingBps");
            return this;
        }

        /**
         * @param bps per tick the mid moves by two uniform draws in plus or minus this, default 1 bp
         * @return this builder
         */
        public Builder volatilityBps(BigDecimal bps) {
            this.volatilityPpm = ppm(bps, "volatilityBps");
            return this;
        }

        /**
         * Pull back to the reference price, so that hours of random walk stay near it.
         *
         * @param bps share of the distance to the reference price recovered per tick, default 0.2 bp (a half-life of
         *            about an hour at 100 ms ticks); 0 for a pure random walk
         * @return this builder
         */
        public Builder reversionBps(BigDecimal bps) {
            this.reversionPpm = ppm(bps, "reversionBps");
            return this;
        }

        /**
         * @param multiple a level holds between 1 and twice this many smallest orders, default 50, 1 to 100000
         * @return this builder
         */
        public Builder levelSize(int multiple) {
            if (multiple < 1 || multiple > 100_000) {
                throw new IllegalArgumentException("levelSize must be 1..100000: " + multiple);
            }
            this.levelSize = multiple;
            return this;
        }

        /**
         * @param makers market maker accounts, default 2, 1 to 16
         * @return this builder
         */
        public Builder makers(int makers) {
            if (makers < 1 || makers > 16) {
                throw new IllegalArgumentException("makers must be 1..16: " + makers);
            }
            this.makers = makers;
            return this;
        }

        /**
         * @param takers taker accounts, default 2, 1 to 16
         * @return this builder
         */
        public Builder takers(int takers) {
            if (takers < 1 || takers > 16) {
                throw new IllegalArgumentException("takers must be 1..16: " + takers);
            }
            this.takers = takers;
            return this;
        }

        private static long ppm(BigDecimal bps, String name) {
            Objects.requireNonNull(bps, name);
            if (bps.signum() < 0 || bps.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                throw new IllegalArgumentException(name + " must be 0..10000: " + bps);
            }
            try {
                return bps.multiply(BPS_TO_PPM).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(name + " takes at most 2 decimals: " + bps, e);
            }
        }

        /** @return the configuration */
        public ActivityConfig build() {
            return new ActivityConfig(this);
        }
    }

    static long ppmOf(BigDecimal fraction) {
        return fraction.multiply(MILLION).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
