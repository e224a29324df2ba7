package io.tradewire.simulator.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private static final long S = ScaledMath.SCALE;

    private final OrderBook book = new OrderBook();
    private final RecordingListener l = new RecordingListener();

    private void limit(long id, long owner, boolean buy, long price, long qty) {
        book.submit(id, owner, buy, OrderKind.LIMIT_GTC, price * S, qty * S, 0, StpMode.NONE, l);
    }

    @Test
    void restsAndReportsTopOfBook() {
        limit(1, 1, true, 99, 2);
        limit(2, 1, true, 98, 1);
        limit(3, 1, false, 101, 3);
        assertThat(l.events).containsExactly("rested 1", "rested 2", "rested 3");
        assertThat(book.bestBid()).isEqualTo(99 * S);
        assertThat(book.bestAsk()).isEqualTo(101 * S);
        assertThat(book.orderCount()).isEqualTo(3);
        List<String> bids = new ArrayList<>();
        book.forEachLevel(true, 10, (p, q) -> bids.add(p / S + "x" + q / S));
        assertThat(bids).containsExactly("99x2", "98x1");
        List<String> top = new ArrayList<>();
        book.forEachLevel(true, 1, (p, q) -> top.add(p / S + "x" + q / S));
        assertThat(top).containsExactly("99x2");
    }

    @Test
    void takerWalksLevelsAtMakerPricesInTimePriority() {
        limit(1, 1, false, 101, 1);
        limit(2, 2, false, 100, 1);
        limit(3, 3, false, 100, 1);
        l.clear();
        limit(4, 4, true, 101, 4);
        assertThat(l.events).containsExactly(
                "trade 4 2 " + 100 * S + " " + S + " true",
                "trade 4 3 " + 100 * S + " " + S + " true",
                "trade 4 1 " + 101 * S + " " + S + " true",
                "rested 4");
        assertThat(book.restingQty(4)).isEqualTo(S);
        assertThat(book.bestBid()).isEqualTo(101 * S);
        assertThat(book.bestAsk()).isZero();
    }

    @Test
    void partialFillLeavesMakerWithRemainder() {
        limit(1, 1, false, 100, 5);
        l.clear();
        limit(2, 2, true, 100, 2);
        assertThat(l.done).containsExactly(new RecordingListener.Done(2, 0, DoneReason.FILLED));
        assertThat(book.restingQty(1)).isEqualTo(3 * S);
    }

    @Test
    void cancelRemovesOrderAndEmptyLevel() {
        limit(1, 1, true, 99, 1);
        assertThat(book.cancel(1, l)).isTrue();
        assertThat(book.cancel(1, l)).isFalse();
        assertThat(book.restingQty(1)).isEqualTo(-1);
        assertThat(book.bestBid()).isZero();
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void iocExpiresRemainderAndFokIsAllOrNothing() {
        limit(1, 1, false, 100, 1);
        l.clear();
        book.submit(2, 2, true, OrderKind.LIMIT_FOK, 100 * S, 2 * S, 0, StpMode.NONE, l);
        assertThat(l.events).containsExactly("done 2 " + 2 * S + " EXPIRED");
        assertThat(book.restingQty(1)).isEqualTo(S);
        l.clear();
        book.submit(3, 2, true, OrderKind.LIMIT_IOC, 100 * S, 2 * S, 0, StpMode.NONE, l);
        assertThat(l.events).containsExactly("trade 3 1 " + 100 * S + " " + S + " true", "done 3 " + S + " EXPIRED");
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void limitMakerExpiresWhenItWouldCross() {
        limit(1, 1, false, 100, 1);
        l.clear();
        book.submit(2, 2, true, OrderKind.LIMIT_MAKER, 100 * S, S, 0, StpMode.NONE, l);
        assertThat(l.events).containsExactly("done 2 " + S + " EXPIRED");
        book.submit(3, 2, true, OrderKind.LIMIT_MAKER, 99 * S, S, 0, StpMode.NONE, l);
        assertThat(l.rested).containsExactly(3L);
        assertThat(book.wouldCross(true, 100 * S)).isTrue();
        assertThat(book.wouldCross(true, 99 * S)).isFalse();
    }

    @Test
    void marketByQuoteSpendsBudgetInSteps() {
        OrderBook stepped = new OrderBook(S / 100, 16, 16); // step 0.01
        stepped.submit(1, 1, false, OrderKind.LIMIT_GTC, 3 * S, 10 * S, 0, StpMode.NONE, l);
        l.clear();
        stepped.submit(2, 2, true, OrderKind.MARKET, 0, 0, 10 * S, StpMode.NONE, l);
        // 10 / 3 = 3.333.. -> 3.33 at step 0.01, costing 9.99
        assertThat(l.trades).containsExactly(new RecordingListener.Trade(2, 1, 3 * S, 333 * S / 100, true));
        assertThat(l.done).containsExactly(new RecordingListener.Done(2, S / 100, DoneReason.FILLED));
    }

    @Test
    void marketByQtyWithQuoteCapStopsWhenMoneyRunsOut() {
        limit(1, 1, false, 100, 1);
        limit(2, 1, false, 200, 1);
        l.clear();
        book.submitCapped(3, 2, true, OrderKind.MARKET, 0, 2 * S, 0, 150 * S, StpMode.NONE, l);
        assertThat(l.trades).hasSize(2);
        assertThat(l.trades.get(1).qty()).isEqualTo(S / 4);
        assertThat(l.done).containsExactly(new RecordingListener.Done(3, 3 * S / 4, DoneReason.EXPIRED));
    }

    @Test
    void marketOnEmptyBookExpires() {
        book.submit(1, 1, false, OrderKind.MARKET, 0, S, 0, StpMode.NONE, l);
        assertThat(l.events).containsExactly("done 1 " + S + " EXPIRED");
    }

    @Test
    void selfTradePreventionModes() {
        limit(1, 7, false, 100, 1);
        limit(2, 8, false, 100, 1);
        l.clear();
        book.submit(3, 7, true, OrderKind.LIMIT_GTC, 100 * S, 2 * S, 0, StpMode.EXPIRE_MAKER, l);
        assertThat(l.events).containsExactly("prevented 3 1 " + 100 * S + " 0 " + S, "makerExpired 1 " + S,
                "trade 3 2 " + 100 * S + " " + S + " true", "rested 3");

        limit(4, 7, false, 101, 1);
        limit(5, 9, false, 101, 1);
        l.clear();
        book.submit(6, 7, true, OrderKind.LIMIT_GTC, 101 * S, S, 0, StpMode.EXPIRE_TAKER, l);
        assertThat(l.events).containsExactly("prevented 6 4 " + 101 * S + " " + S + " 0",
                "done 6 " + S + " EXPIRED_IN_MATCH");
        assertThat(book.restingQty(4)).isEqualTo(S);

        l.clear();
        book.submit(7, 7, true, OrderKind.LIMIT_GTC, 101 * S, S, 0, StpMode.EXPIRE_BOTH, l);
        assertThat(l.events).containsExactly("prevented 7 4 " + 101 * S + " " + S + " " + S, "makerExpired 4 " + S,
                "done 7 " + S + " EXPIRED_IN_MATCH");
        assertThat(book.restingQty(5)).isEqualTo(S);

        l.clear();
        limit(8, 9, true, 101, 1); // same owner as maker 5, STP NONE: trades
        assertThat(l.events).containsExactly("trade 8 5 " + 101 * S + " " + S + " true", "done 8 0 FILLED");
    }

    @Test
    void decrementTakesTheSmallerQuantityOffBothAndExpiresTheSmallerOrder() {
        // Binance's STP FAQ scenario G: maker BUY 6 @2, taker SELL 2 @2 with DECREMENT
        limit(1, 7, true, 2, 6);
        l.clear();
        book.submit(2, 7, false, OrderKind.LIMIT_GTC, 2 * S, 2 * S, 0, StpMode.DECREMENT, l);
        assertThat(l.events).containsExactly("prevented 2 1 " + 2 * S + " " + 2 * S + " " + 2 * S,
                "done 2 0 EXPIRED_IN_MATCH");
        assertThat(book.restingQty(1)).isEqualTo(4 * S);
        assertThat(levelsOf(true)).containsExactly(2 * S + ":" + 4 * S);

        // a larger taker exhausts the maker and keeps matching with someone else's order behind it
        limit(3, 8, true, 2, 1);
        l.clear();
        book.submit(4, 7, false, OrderKind.LIMIT_GTC, 2 * S, 5 * S, 0, StpMode.DECREMENT, l);
        assertThat(l.events).containsExactly("prevented 4 1 " + 2 * S + " " + 4 * S + " " + 4 * S,
                "makerExpired 1 0", "trade 4 3 " + 2 * S + " " + S + " false", "done 4 0 FILLED");
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void reduceKeepsTimePriority() {
        limit(1, 1, false, 100, 5);
        limit(2, 2, false, 100, 4);
        assertThat(book.reduce(1, 2 * S)).isTrue();
        assertThat(levelsOf(false)).containsExactly(100 * S + ":" + 6 * S);
        l.clear();
        limit(3, 3, true, 100, 1);
        assertThat(l.trades).containsExactly(new RecordingListener.Trade(3, 1, 100 * S, S, true));
        assertThat(book.restingQty(1)).isEqualTo(S);
        assertThat(book.reduce(99, S)).isFalse();
        assertThatThrownBy(() -> book.reduce(1, S)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.reduce(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<String> levelsOf(boolean bids) {
        java.util.List<String> out = new java.util.ArrayList<>();
        book.forEachLevel(bids, 100, (p, q) -> out.add(p + ":" + q));
        return out;
    }

    @Test
    void rejectsInconsistentArguments() {
        assertThatThrownBy(() -> book.submit(1, 1, true, OrderKind.MARKET, S, S, 0, StpMode.NONE, l))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.submit(1, 1, true, OrderKind.MARKET, 0, S, S, StpMode.NONE, l))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.submit(1, 1, true, OrderKind.LIMIT_GTC, 0, S, 0, StpMode.NONE, l))
                .isInstanceOf(IllegalArgumentException.class);
        limit(1, 1, true, 1, 1);
        assertThatThrownBy(() -> limit(1, 1, true, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void poolsGrowAndRecycleWithoutLosingOrders() {
        OrderBook small = new OrderBook(1, 16, 16);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 500; i++) {
                small.submit(round * 1000L + i, 1, i % 2 == 0, OrderKind.LIMIT_GTC,
                        (i % 2 == 0 ? 1000 - i : 2000 + i) * S, S, 0, StpMode.NONE, l);
            }
            assertThat(small.orderCount()).isEqualTo(500);
            assertThat(small.levelCount(true)).isEqualTo(250);
            for (int i = 0; i < 500; i++) {
                assertThat(small.cancel(round * 1000L + i, l)).isTrue();
            }
            assertThat(small.orderCount()).isZero();
            assertThat(small.bestBid()).isZero();
            assertThat(small.bestAsk()).isZero();
        }
    }
}
