package io.tradewire.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradewire.core.enums.ExecutionType;
import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.venue.AccountSpec;
import io.tradewire.simulator.venue.Fill;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import io.tradewire.simulator.venue.VenueListener;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Market data fed by a venue in process, next to another listener. */
class MarketDataTest {
    private final ManualClock clock = new ManualClock(1_700_000_000_000L);
    private final Venue venue = new Venue(SymbolSpec.defaults(), clock);

    private OrderResult place(String key, Side side, String price, String qty) throws VenueException {
        return venue.placeOrder(key, PlaceOrderCommand.builder().symbol("BTCUSDT").side(side).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).price(new BigDecimal(price)).quantity(new BigDecimal(qty)).build());
    }

    @Test
    void listenersSideBySideAndBookMirror() throws VenueException {
        Map<String, BigDecimal> money = Map.of("USDT", new BigDecimal("1000000"), "BTC", new BigDecimal("10"));
        venue.addAccount(AccountSpec.of("a", money));
        venue.addAccount(AccountSpec.of("b", money));
        List<ExecutionType> executions = new ArrayList<>();
        venue.setListener(new VenueListener() {
            @Override
            public void onExecution(String apiKey, OrderResult order, Fill lastFillOrNull, ExecutionType type) {
                executions.add(type);
            }
        });
        MarketData md = MarketData.attach(venue, clock);
        SymbolMarket m = md.symbol("BTCUSDT");
        place("a", Side.SELL, "60000", "0.01");
        place("a", Side.SELL, "60000", "0.02");
        assertThat(m.updateId()).isEqualTo(2);
        assertThat(m.top()).isEqualTo(new BookTop(0, 0, 6_000_000_000_000L, 3_000_000L, 2));
        place("b", Side.BUY, "60000", "0.025");
        assertThat(executions).contains(ExecutionType.NEW, ExecutionType.TRADE);
        assertThat(m.updateId()).isEqualTo(3);
        assertThat(m.mirrorQty(false, 6_000_000_000_000L)).isEqualTo(500_000L);
        AggTrades a = m.aggTrades(-1, -1, -1, 10);
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.qty(0)).isEqualTo(2_500_000L);
        assertThat(a.firstId(0)).isEqualTo(1);
        assertThat(a.lastId(0)).isEqualTo(2);
        Trades t = m.trades(-1, 1);
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.id(0)).isEqualTo(2);
        DepthLevels d = md.depth(m, 10);
        assertThat(d.lastUpdateId()).isEqualTo(3);
        assertThat(d.askQtys()).containsExactly(500_000L);

        // Diffs are collected only while tracked.
        m.trackDiffs(true, true);
        long id = place("b", Side.BUY, "59000", "0.01").orderId();
        venue.cancelOrder("b", "BTCUSDT", id, null, null);
        DepthLevels diff = m.takeDiff(true);
        assertThat(diff.firstUpdateId()).isEqualTo(4);
        assertThat(diff.lastUpdateId()).isEqualTo(5);
        assertThat(diff.bidPrices()).containsExactly(5_900_000_000_000L);
        assertThat(diff.bidQtys()).containsExactly(0L);
        assertThat(m.takeDiff(true)).isNull();
    }
}
