package io.tradewire.simulator.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueListener;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BackgroundActivityTest {
    private static final String USER = "user-key";

    /** A clock that moves 100 ms per reading would make runs differ by timing; this one only moves when told. */
    private static final class ManualClock implements EpochClock {
        final AtomicLong ms = new AtomicLong(1_700_000_000_000L);

        @Override
        public long epochMillis() {
            return ms.get();
        }

        @Override
        public long nanoTime() {
            return ms.get() * 1_000_000L;
        }
    }

    /** The public trade tape: symbol, id, price, quantity, side, as the trade stream would carry them. */
    private static final class Tape implements VenueListener {
        final List<String> trades = new ArrayList<>();
        final Map<String, Integer> perSymbol = new HashMap<>();

        @Override
        public boolean receivesOrderEvents() {
            return false;
        }

        @Override
        public void onTrade(String symbol, long tradeId, long priceScaled, long qtyScaled, long quoteQtyScaled,
                            long time, boolean buyerIsMaker, long takerOrderId) {
            trades.add(symbol + " " + tradeId + " " + priceScaled + " " + qtyScaled + " " + buyerIsMaker);
            perSymbol.merge(symbol, 1, Integer::sum);
        }
    }

    private static Simulator manual(ActivityConfig.Builder config) {
        return Simulator.builder().clock(new ManualClock())
                .account(SimAccount.hmac(USER, "user-secret", Map.of("USDT", new BigDecimal("100000"),
                        "BTC", new BigDecimal("10"), "ETH", new BigDecimal("100"))))
                .backgroundActivity(config.manualTicks().build()).build();
    }

    private static BackgroundActivity activity(Simulator sim) {
        return sim.activity().orElseThrow();
    }

    private static Tape tape(Simulator sim) {
        Tape t = new Tape();
        synchronized (sim.venue()) {
            sim.venue().addListener(t);
        }
        return t;
    }

    private static long best(Venue venue, String symbol, boolean bids) {
        long[] p = {0};
        synchronized (venue) {
            venue.depth(symbol, bids, 1, (price, qty) -> p[0] = price);
        }
        return p[0];
    }

    @Test
    void sameSeedAndTicksGiveTheSameTradeTape() {
        List<String> first;
        try (Simulator a = manual(ActivityConfig.builder().seed(42));
             Simulator b = manual(ActivityConfig.builder().seed(42));
             Simulator c = manual(ActivityConfig.builder().seed(43))) {
            Tape ta = tape(a);
            Tape tb = tape(b);
            Tape tc = tape(c);
            activity(a).tick(600);
            activity(b).tick(600);
            activity(c).tick(600);
            first = ta.trades;
            assertThat(ta.perSymbol).containsOnlyKeys("BTCUSDT", "ETHUSDT", "ETHBTC");
            assertThat(first).hasSizeGreaterThan(300).isEqualTo(tb.trades);
            assertThat(activity(a).stats()).isEqualTo(activity(b).stats());
            assertThat(activity(a).mid("BTCUSDT")).isEqualTo(activity(b).mid("BTCUSDT"));
            assertThat(tc.trades).isNotEqualTo(first);
        }
    }

    @Test
    void bookStaysUncrossedAndEveryQuoteWithinTheFilters() throws Exception {
        try (Simulator sim = manual(ActivityConfig.builder().seed(7).ordersPerSecond(40).levels(8))) {
            BackgroundActivity act = activity(sim);
            Venue venue = sim.venue();
            for (int t = 0; t < 400; t++) {
                act.tick();
                for (SymbolSpec spec : venue.symbols()) {
                    String s = spec.symbol();
                    long bid = best(venue, s, true);
                    long ask = best(venue, s, false);
                    assertThat(bid).as("best bid of %s at tick %d", s, t).isPositive();
                    assertThat(ask).as("best ask of %s at tick %d", s, t).isGreaterThan(bid);
                    if (t % 20 == 0) {
                        checkQuotes(venue, act, spec);
                    }
                }
            }
            assertThat(act.stats().rejected()).isZero();
            assertThat(act.stats().makerCancels()).isPositive();
        }
    }

    private static void checkQuotes(Venue venue, BackgroundActivity act, SymbolSpec spec) {
        long tick = Decimals.toScaled(spec.filters().tickSize(), 8);
        int levels = 0;
        synchronized (venue) {
            List<long[]> book = new ArrayList<>();
            venue.depth(spec.symbol(), true, 1000, (p, q) -> book.add(new long[] {p, q}));
            venue.depth(spec.symbol(), false, 1000, (p, q) -> book.add(new long[] {p, q}));
            for (long[] level : book) {
                assertThat(level[0] % tick).isZero();
                assertThat(spec.filters().checkPrice(Decimals.fromScaled(level[0], 8))).isEmpty();
            }
            levels = book.size();
            int open = 0;
            for (String maker : act.makerKeys()) {
                for (OrderResult o : venue.openOrders(maker, spec.symbol())) {
                    open++;
                    assertThat(spec.filters().checkOrder(OrderType.LIMIT, o.price(), o.origQty(), null))
                            .as("%s %s %s", spec.symbol(), o.price(), o.origQty()).isEmpty();
                }
            }
            // The takers trade after the requote: a quote they filled is forgotten on the next tick.
            assertThat(open).isBetween(1, 16).isLessThanOrEqualTo(act.quotedOrders(spec.symbol()));
        }
        assertThat(levels).isBetween(2, 16);
    }

    @Test
    void aUserOrderTradesAgainstTheMakersAndOnlyTradingMovesItsBalances() throws Exception {
        try (Simulator sim = manual(ActivityConfig.builder().seed(3).ordersPerSecond(0))) {
            Venue venue = sim.venue();
            activity(sim).tick(5);
            long ask = best(venue, "BTCUSDT", false);
            assertThat(ask).isPositive();
            OrderResult buy;
            OrderResult sell;
            synchronized (venue) {
                assertThat(venue.balances(USER).get("BTC").free()).isEqualByComparingTo("10");
                buy = venue.placeOrder(USER, PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.BUY)
                        .type(OrderType.LIMIT).timeInForce(TimeInForce.IOC).price(Decimals.fromScaled(ask, 8))
                        .quantity(new BigDecimal("0.0001")).build());
                sell = venue.placeOrder(USER, PlaceOrderCommand.builder().symbol("BTCUSDT").side(Side.SELL)
                        .type(OrderType.MARKET).quantity(new BigDecimal("0.0001")).build());
            }
            assertThat(buy.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(sell.status()).isEqualTo(OrderStatus.FILLED);
            BigDecimal paid = buy.cummulativeQuoteQty();
            BigDecimal got = sell.cummulativeQuoteQty();
            assertThat(paid).isEqualByComparingTo(Decimals.fromScaled(ask, 8).multiply(new BigDecimal("0.0001")));
            activity(sim).tick(50); // the makers requote; the user's balances do not move without the user trading
            synchronized (venue) {
                assertThat(venue.balances(USER).get("BTC").free()).isEqualByComparingTo("10");
                assertThat(venue.balances(USER).get("USDT").free())
                        .isEqualByComparingTo(new BigDecimal("100000").subtract(paid).add(got));
                assertThat(venue.balances(USER).get("ETH").free()).isEqualByComparingTo("100");
            }
        }
    }

    @Test
    void aRestingUserOrderIsHitByTheTakers() throws Exception {
        try (Simulator sim = manual(ActivityConfig.builder().seed(5).ordersPerSecond(100)
                .symbols(List.of("ETHUSDT")))) {
            Venue venue = sim.venue();
            activity(sim).tick(3);
            BigDecimal mid = activity(sim).mid("ETHUSDT").orElseThrow().setScale(2, java.math.RoundingMode.DOWN);
            assertThat(Decimals.toScaled(mid, 8)).isLessThan(best(venue, "ETHUSDT", false));
            OrderResult mine;
            synchronized (venue) {
                // At the mid, above every maker bid: the takers' next sells meet it first.
                mine = venue.placeOrder(USER, PlaceOrderCommand.builder().symbol("ETHUSDT").side(Side.BUY)
                        .type(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                        .price(mid).quantity(new BigDecimal("0.01")).build());
            }
            assertThat(mine.status()).isEqualTo(OrderStatus.NEW);
            activity(sim).tick(20);
            synchronized (venue) {
                OrderResult now = venue.queryOrder(USER, "ETHUSDT", mine.orderId(), null);
                assertThat(now.executedQty()).isPositive();
                assertThat(venue.balances(USER).get("ETH").free()).isGreaterThan(new BigDecimal("100"));
            }
        }
    }

    @Test
    void takersSendTheConfiguredRateOverTicks() {
        try (Simulator sim = manual(ActivityConfig.builder().seed(11).ordersPerSecond(50)
                .tickInterval(Duration.ofMillis(100)))) {
            Tape t = tape(sim);
            activity(sim).tick(400); // 40 simulated seconds: 2000 orders
            ActivityStats s = activity(sim).stats();
            assertThat(s.ticks()).isEqualTo(400);
            assertThat(s.takerOrders() + s.rejected()).isBetween(1_950L, 2_000L);
            assertThat(s.takerOrders()).isGreaterThan(1_900L);
            assertThat(t.trades.size()).isGreaterThan(1_900);
        }
        try (Simulator sim = manual(ActivityConfig.builder().ordersPerSecond(new BigDecimal("0.5")))) {
            activity(sim).tick(200); // 20 simulated seconds at one order per 2 s
            assertThat(activity(sim).stats().takerOrders()).isEqualTo(10);
        }
    }

    @Test
    void offByDefault() {
        try (Simulator sim = Simulator.builder().build().start()) {
            assertThat(sim.activity()).isEmpty();
            assertThat(best(sim.venue(), "BTCUSDT", true)).isZero();
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(th -> th.getName().equals("tradewire-activity") && th.isAlive());
        }
    }

    @Test
    void pacedActivityTicksOnItsOwnThreadUntilClosed() {
        Simulator sim = Simulator.builder().backgroundActivity(ActivityConfig.builder()
                .tickInterval(Duration.ofMillis(5)).ordersPerSecond(400).build()).build().start();
        try {
            BackgroundActivity act = activity(sim);
            await().atMost(Duration.ofSeconds(20)).until(() -> act.stats().ticks() >= 20
                    && act.stats().takerOrders() > 0);
            assertThat(Thread.getAllStackTraces().keySet()).anyMatch(th -> th.getName().equals("tradewire-activity"));
            assertThat(best(sim.venue(), "BTCUSDT", false)).isGreaterThan(best(sim.venue(), "BTCUSDT", true));
        } finally {
            sim.close();
        }
        long ticks = activity(sim).stats().ticks();
        await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(th -> th.getName().equals("tradewire-activity") && th.isAlive()));
        assertThat(activity(sim).stats().ticks()).isEqualTo(ticks);
    }

    @Test
    void marketStreamsAreAlive() throws Exception {
        List<String> streams = List.of("btcusdt@trade", "btcusdt@aggTrade", "btcusdt@bookTicker",
                "btcusdt@depth@100ms", "btcusdt@depth5", "btcusdt@kline_1s", "btcusdt@miniTicker", "btcusdt@ticker");
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (Simulator sim = Simulator.builder().backgroundActivity(ActivityConfig.builder()
                .tickInterval(Duration.ofMillis(20)).ordersPerSecond(100).build()).build().start()) {
            URI uri = URI.create("ws://127.0.0.1:" + sim.port() + "/stream?streams=" + String.join("/", streams));
            StringBuilder text = new StringBuilder();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        String frame = text.toString();
                        text.setLength(0);
                        int at = frame.indexOf("\"stream\":\"");
                        if (at >= 0) {
                            int from = at + 10;
                            seen.add(frame.substring(from, frame.indexOf('"', from)));
                        }
                    }
                    w.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> seen.containsAll(streams));
            } finally {
                ws.abort();
            }
        }
        assertThat(seen).containsAll(streams);
    }

    @Test
    void staysBoundedOverManyTicks() {
        // 30,000 ticks: almost an hour of 100 ms ticks, about 30,000 taker orders and the requotes they cause.
        try (Simulator sim = Simulator.builder().clock(new ManualClock()).orderHistory(500, Duration.ofHours(1))
                .backgroundActivity(ActivityConfig.builder().seed(9).levels(5).manualTicks().build()).build()) {
            BackgroundActivity act = activity(sim);
            Venue venue = sim.venue();
            int accounts = act.makerKeys().size() + act.takerKeys().size();
            for (int round = 0; round < 30; round++) {
                act.tick(1_000);
                for (String s : act.symbols()) {
                    int[] levels = {0};
                    synchronized (venue) {
                        venue.depth(s, true, 10_000, (p, q) -> levels[0]++);
                        venue.depth(s, false, 10_000, (p, q) -> levels[0]++);
                    }
                    assertThat(levels[0]).isBetween(2, 10);
                    assertThat(act.quotedOrders(s)).isBetween(2, 10);
                }
                synchronized (venue) {
                    assertThat(venue.retainedOrders()).isLessThanOrEqualTo(accounts * 3 * (500 + 10));
                }
            }
            assertThat(act.stats().takerOrders()).isGreaterThan(25_000L);
            for (String s : act.symbols()) {
                BigDecimal ref = venue.symbol(s).orElseThrow().referencePrice();
                assertThat(act.mid(s).orElseThrow())
                        .isBetween(ref.divide(BigDecimal.valueOf(2)), ref.multiply(BigDecimal.valueOf(2)));
            }
        }
    }

    @Test
    void tradersAreInternal() {
        try (Simulator sim = manual(ActivityConfig.builder())) {
            BackgroundActivity act = activity(sim);
            for (String key : act.makerKeys()) {
                assertThat(act.toString()).doesNotContain(key);
                assertThat(sim.venue().balances(key).get("USDT").free()).isEqualByComparingTo("1000000000");
            }
            assertThat(act.takerKeys()).doesNotContain(USER).doesNotHaveDuplicates();
            assertThat(act.symbols()).containsExactly("BTCUSDT", "ETHUSDT", "ETHBTC");
        }
    }

    @Test
    void refusesSymbolsItCannotAnimate() {
        assertThatThrownBy(() -> Simulator.builder().backgroundActivity(ActivityConfig.builder()
                .symbols(List.of("DOGEUSDT")).build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOGEUSDT");
    }

    @Test
    void configValidatesAndKeepsExactValues() {
        ActivityConfig c = ActivityConfig.builder().ordersPerSecond(new BigDecimal("2.5"))
                .spreadBps(new BigDecimal("3.25")).build();
        assertThat(c.ordersPerSecond()).isEqualByComparingTo("2.5");
        assertThat(c.spreadBps()).isEqualByComparingTo("3.25");
        assertThat(c.paced()).isTrue();
        assertThat(ActivityConfig.defaults().ordersPerSecond()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> ActivityConfig.builder().ordersPerSecond(new BigDecimal("0.0001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityConfig.builder().ordersPerSecond(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityConfig.builder().tickInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityConfig.builder().levels(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void midWalkStaysOnPriceAndIsExact() {
        assertThat(SymbolQuoter.mulPpm(6_000_000_000_000L, 100)).isEqualTo(600_000_000L);
        assertThat(SymbolQuoter.mulPpm(-6_000_000_000_000L, 100)).isEqualTo(-600_000_000L);
        assertThat(SymbolQuoter.mulPpm(Long.MAX_VALUE / 4, 1_000_000)).isEqualTo(Long.MAX_VALUE / 4);
    }
}
