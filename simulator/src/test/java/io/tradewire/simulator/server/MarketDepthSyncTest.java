package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A consumer that keeps a local order book the way Binance documents it ("How to manage a local order book
 * correctly"): buffer the diff stream, take a {@code depth} snapshot over the WS API, drop events up to its
 * lastUpdateId, check the first applied event straddles it and every next one continues at {@code u + 1}, apply. After
 * random activity (rests, crosses, IOCs, self-trades, cancels) the local book must equal the engine's.
 */
class MarketDepthSyncTest {
    private static final String[] KEYS = {SimFixture.HMAC_KEY, SimFixture.MAKER_KEY};

    /** The local book and its update id, maintained from events. */
    private static final class LocalBook {
        final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>();
        final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        long updateId;

        void load(JsonNode snapshot) {
            updateId = snapshot.path("lastUpdateId").asLong();
            set(bids, snapshot.path("bids"));
            set(asks, snapshot.path("asks"));
        }

        /** Applies one diff event; false when an event is missing (a gap). */
        boolean apply(JsonNode e) {
            long first = e.path("U").asLong();
            long last = e.path("u").asLong();
            if (last <= updateId) {
                return true;
            }
            if (first > updateId + 1) {
                return false;
            }
            set(bids, e.path("b"));
            set(asks, e.path("a"));
            updateId = last;
            return true;
        }

        private static void set(TreeMap<BigDecimal, BigDecimal> side, JsonNode levels) {
            for (JsonNode l : levels) {
                BigDecimal p = new BigDecimal(l.get(0).asText());
                BigDecimal q = new BigDecimal(l.get(1).asText());
                if (q.signum() == 0) {
                    side.remove(p);
                } else {
                    side.put(p, q);
                }
            }
        }

        String render() {
            return "bids=" + bids.descendingMap() + " asks=" + asks;
        }
    }

    private static String engineBook(Venue venue) {
        TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>();
        TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        synchronized (venue) {
            venue.depth("BTCUSDT", true, Integer.MAX_VALUE, (p, q) -> bids.put(dec(p), dec(q)));
            venue.depth("BTCUSDT", false, Integer.MAX_VALUE, (p, q) -> asks.put(dec(p), dec(q)));
        }
        return "bids=" + bids.descendingMap() + " asks=" + asks;
    }

    private static BigDecimal dec(long scaled) {
        return BigDecimal.valueOf(scaled, 8);
    }

    /** Random orders and cancels straight on the venue (under its lock, as the server does). */
    private static void activity(Venue venue, SplittableRandom rnd, List<long[]> open, int steps) {
        for (int i = 0; i < steps; i++) {
            synchronized (venue) {
                int who = rnd.nextInt(2);
                if (!open.isEmpty() && rnd.nextInt(4) == 0) {
                    long[] o = open.remove(rnd.nextInt(open.size()));
                    try {
                        venue.cancelOrder(KEYS[(int) o[1]], "BTCUSDT", o[0], null, null);
                    } catch (VenueException e) {
                        // filled meanwhile
                    }
                    continue;
                }
                boolean buy = rnd.nextBoolean();
                BigDecimal price = BigDecimal.valueOf(59_950 + rnd.nextInt(101));
                BigDecimal qty = BigDecimal.valueOf(100 + rnd.nextInt(5_000), 5);
                TimeInForce tif = rnd.nextInt(5) == 0 ? TimeInForce.IOC : TimeInForce.GTC;
                try {
                    OrderResult r = venue.placeOrder(KEYS[who], PlaceOrderCommand.builder().symbol("BTCUSDT")
                            .side(buy ? Side.BUY : Side.SELL).type(OrderType.LIMIT).timeInForce(tif).price(price)
                            .quantity(qty).build());
                    if (OrderStatus.NEW.equals(r.status()) || OrderStatus.PARTIALLY_FILLED.equals(r.status())) {
                        open.add(new long[] {r.orderId(), who});
                    }
                } catch (VenueException e) {
                    // refused (e.g. a filter): not part of the book
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"btcusdt@depth@100ms", "btcusdt@depth"})
    void localBookFollowsTheEngine(String stream) {
        try (SimFixture fx = new SimFixture();
             WsTestClient api = fx.connect();
             StreamTestClient diffs = StreamTestClient.connect(StreamTestClient.uri(fx.sim.port(), "/ws/" + stream))) {
            Venue venue = fx.sim.venue();
            SplittableRandom rnd = new SplittableRandom(stream.length());
            List<long[]> open = new ArrayList<>();
            // Subscribed (the LIST answer proves it), then activity, and a first event buffered.
            diffs.request("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}", 1);
            activity(venue, rnd, open, 200);
            JsonNode firstEvent = diffs.next(m -> m.path("e").asText().equals("depthUpdate"));
            long firstU = firstEvent.path("U").asLong();

            JsonNode snapshot = api.exchange(Req.of("depth").str("symbol", "BTCUSDT").num("limit", 5000).json())
                    .path("result");
            assertThat(snapshot.path("lastUpdateId").asLong()).isGreaterThanOrEqualTo(firstU);
            LocalBook book = new LocalBook();
            book.load(snapshot);
            activity(venue, rnd, open, 300);

            List<JsonNode> events = new ArrayList<>();
            int[] scanned = {0};
            long[] applied = {0};
            boolean[] straddled = {false};
            await().atMost(Duration.ofSeconds(20)).alias("local book never matched the engine's").until(() -> {
                List<JsonNode> all = diffs.all();
                for (; scanned[0] < all.size(); scanned[0]++) {
                    if (all.get(scanned[0]).path("e").asText().equals("depthUpdate")) {
                        events.add(all.get(scanned[0]));
                    }
                }
                for (int i = (int) applied[0]; i < events.size(); i++) {
                    JsonNode e = events.get(i);
                    if (!straddled[0] && e.path("u").asLong() > book.updateId) {
                        // The first event applied must contain lastUpdateId + 1.
                        assertThat(e.path("U").asLong()).isLessThanOrEqualTo(book.updateId + 1);
                        straddled[0] = true;
                    }
                    assertThat(book.apply(e)).as("gap before %s", e).isTrue();
                    applied[0] = i + 1;
                }
                return book.render().equals(engineBook(venue));
            });
            // Events continue without gaps: U == previous u + 1.
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).path("U").asLong()).isEqualTo(events.get(i - 1).path("u").asLong() + 1);
            }
            assertThat(book.bids.size() + book.asks.size()).isPositive();
            assertThat(book.updateId).isGreaterThan(snapshot.path("lastUpdateId").asLong());
        }
    }

    @Test
    void snapshotAndDiffsAgreeOnUpdateIds() {
        try (SimFixture fx = new SimFixture(); WsTestClient api = fx.connect()) {
            long before = api.exchange(Req.of("depth").str("symbol", "ETHUSDT").json()).path("result")
                    .path("lastUpdateId").asLong();
            JsonNode placed = api.exchange(Req.of("order.place").str("symbol", "ETHUSDT").str("side", "BUY")
                    .str("type", "LIMIT").str("timeInForce", "GTC").str("price", "2900").str("quantity", "0.1")
                    .num("timestamp", fx.now()).sign(SimFixture.HMAC_KEY, fx.hmac).json());
            assertThat(placed.path("status").asInt()).isEqualTo(200);
            long after = api.exchange(Req.of("depth").str("symbol", "ETHUSDT").json()).path("result")
                    .path("lastUpdateId").asLong();
            assertThat(after).isEqualTo(before + 1);
        }
    }
}
