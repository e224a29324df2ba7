package io.tradewire.simulator.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Random order streams against {@link OrderBook} and {@link NaiveOrderBook}, plus invariants after every step. */
class OrderBookProperties {
    private static final long STEP = 1_000L;               // 0.00001
    private static final long PRICE0 = 100L * ScaledMath.SCALE;
    private static final long TICK = 1_234_567L;           // odd on purpose: quote amounts get truncated

    /** kind 0..4 = OrderKind, 5 = cancel, 6 = reduce a resting order's quantity in place (amend). */
    record Op(int kind, int owner, boolean buy, int tick, int steps, StpMode stp, int extra, int flags) {
        boolean isCancel() {
            return kind >= 5;
        }

        boolean isReduce() {
            return kind == 6;
        }

        OrderKind orderKind() {
            return OrderKind.values()[kind];
        }

        boolean byQuote() {
            return orderKind() == OrderKind.MARKET && (flags & 1) != 0;
        }

        long price() {
            return orderKind() == OrderKind.MARKET ? 0 : PRICE0 + tick * TICK;
        }

        long qty() {
            return byQuote() ? 0 : steps * STEP;
        }

        long quoteQty() {
            return byQuote() ? extra * 50_000L + 1 : 0;
        }

        long cap() {
            if (orderKind() != OrderKind.MARKET || (flags & 2) == 0) {
                return 0;
            }
            return byQuote() ? steps * STEP : extra * 30_000L + 1;
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(1, 20),
                Arbitraries.of(StpMode.class),
                Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 3)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(200);
    }

    /** Everything a run produced, per order id (order i has id i + 1). */
    static final class Run {
        final List<Op> ops;
        final RecordingListener all = new RecordingListener();
        final Map<Long, Long> canceledQty = new HashMap<>();
        final Map<Long, Long> reducedQty = new HashMap<>();
        final OrderBook book = new OrderBook(STEP, 16, 16); // small pools: growth paths get exercised

        Run(List<Op> ops) {
            this.ops = ops;
        }
    }

    private static Run run(List<Op> ops, boolean compareWithOracle) {
        Run run = new Run(ops);
        NaiveOrderBook naive = new NaiveOrderBook(STEP);
        RecordingListener fast = new RecordingListener();
        RecordingListener slow = new RecordingListener();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            long id = i + 1;
            fast.clear();
            slow.clear();
            if (op.isReduce()) {
                long target = op.extra() % id + 1;
                long before = run.book.restingQty(target);
                if (before > STEP) {
                    long newQty = Math.max(STEP, before * (op.flags() + 1) / 5 / STEP * STEP);
                    if (newQty < before) {
                        assertThat(run.book.reduce(target, newQty)).isTrue();
                        run.reducedQty.merge(target, before - newQty, Long::sum);
                        if (compareWithOracle) {
                            assertThat(naive.reduce(target, newQty)).isTrue();
                        }
                    }
                }
            } else if (op.isCancel()) {
                long target = op.extra() % id + 1;
                long before = run.book.restingQty(target);
                boolean canceled = run.book.cancel(target, fast);
                assertThat(canceled).isEqualTo(before >= 0);
                if (canceled) {
                    run.canceledQty.put(target, before);
                }
                if (compareWithOracle) {
                    assertThat(naive.cancel(target)).isEqualTo(canceled);
                }
            } else {
                run.book.submitCapped(id, op.owner(), op.buy(), op.orderKind(), op.price(), op.qty(), op.quoteQty(),
                        op.cap(), op.stp(), fast);
                if (compareWithOracle) {
                    naive.submit(id, op.owner(), op.buy(), op.orderKind(), op.price(), op.qty(), op.quoteQty(),
                            op.cap(), op.stp(), slow);
                }
            }
            if (compareWithOracle) {
                assertThat(fast.events).as("events of op %d %s", id, op).isEqualTo(slow.events);
                assertThat(levels(run.book, true)).isEqualTo(naive.levels(true));
                assertThat(levels(run.book, false)).isEqualTo(naive.levels(false));
                assertThat(run.book.orderCount()).isEqualTo(naive.orderCount());
                for (long j = 1; j <= id; j++) {
                    assertThat(run.book.restingQty(j)).as("resting qty of %d", j).isEqualTo(naive.restingQty(j));
                }
            }
            long bid = run.book.bestBid();
            long ask = run.book.bestAsk();
            if (bid != 0 && ask != 0) {
                assertThat(bid).as("crossed book after op %d", id).isLessThan(ask);
            }
            run.all.events.addAll(fast.events);
            run.all.trades.addAll(fast.trades);
            run.all.done.addAll(fast.done);
            run.all.rested.addAll(fast.rested);
            run.all.makerExpired.addAll(fast.makerExpired);
            run.all.prevented.addAll(fast.prevented);
        }
        return run;
    }

    static List<String> levels(OrderBook book, boolean bids) {
        List<String> out = new ArrayList<>();
        book.forEachLevel(bids, Integer.MAX_VALUE, (p, q) -> out.add(p + ":" + q));
        return out;
    }

    @Property(tries = 300)
    void matchesNaiveOracleAndNeverRestsCrossed(@ForAll("ops") List<Op> ops) {
        run(ops, true);
    }

    @Property(tries = 200)
    void pricePriorityThenTimePriority(@ForAll("ops") List<Op> ops) {
        Run run = run(ops, false);
        RecordingListener.Trade prev = null;
        for (RecordingListener.Trade t : run.all.trades) {
            if (prev != null && prev.taker() == t.taker()) {
                if (t.takerIsBuy()) {
                    assertThat(t.price()).isGreaterThanOrEqualTo(prev.price());
                } else {
                    assertThat(t.price()).isLessThanOrEqualTo(prev.price());
                }
                if (t.price() == prev.price()) {
                    // ids grow with arrival time, so within a level the older maker trades first
                    assertThat(t.maker()).isGreaterThanOrEqualTo(prev.maker());
                }
            }
            Op taker = run.ops.get((int) t.taker() - 1);
            if (taker.orderKind() != OrderKind.MARKET) {
                if (t.takerIsBuy()) {
                    assertThat(t.price()).isLessThanOrEqualTo(taker.price());
                } else {
                    assertThat(t.price()).isGreaterThanOrEqualTo(taker.price());
                }
            }
            prev = t;
        }
    }

    @Property(tries = 200)
    void fokIsAllOrNothing(@ForAll("ops") List<Op> ops) {
        Run run = run(ops, false);
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.isCancel() || op.orderKind() != OrderKind.LIMIT_FOK) {
                continue;
            }
            long id = i + 1;
            long traded = run.all.trades.stream().filter(t -> t.taker() == id).mapToLong(t -> t.qty()).sum();
            RecordingListener.Done d = run.all.done.stream().filter(x -> x.orderId() == id).findFirst().orElseThrow();
            if (d.reason() == DoneReason.FILLED) {
                assertThat(traded).isEqualTo(op.qty());
            } else {
                assertThat(traded).isZero();
                assertThat(d.remaining()).isEqualTo(op.qty());
            }
        }
    }

    @Property(tries = 200)
    void preventedMatchesOnlyBetweenOneOwnersOrders(@ForAll("ops") List<Op> ops) {
        Run run = run(ops, false);
        for (RecordingListener.Prevented p : run.all.prevented) {
            Op taker = ops.get((int) p.taker() - 1);
            Op maker = ops.get((int) p.maker() - 1);
            assertThat(taker.owner()).isEqualTo(maker.owner());
            assertThat(taker.stp()).isNotEqualTo(StpMode.NONE);
            if (taker.stp() == StpMode.DECREMENT) {
                assertThat(p.takerQty()).isEqualTo(p.makerQty()).isPositive();
            }
        }
        for (RecordingListener.Trade t : run.all.trades) {
            Op taker = ops.get((int) t.taker() - 1);
            Op maker = ops.get((int) t.maker() - 1);
            if (taker.owner() == maker.owner()) {
                assertThat(taker.stp()).as("self-trade").isEqualTo(StpMode.NONE);
            }
        }
    }

    @Property(tries = 200)
    void quantityIsConservedPerOrder(@ForAll("ops") List<Op> ops) {
        Run run = run(ops, false);
        Map<Long, Long> filled = new HashMap<>();
        Map<Long, Long> expired = new HashMap<>();
        for (RecordingListener.Trade t : run.all.trades) {
            filled.merge(t.taker(), t.qty(), Long::sum);
            filled.merge(t.maker(), t.qty(), Long::sum);
        }
        for (RecordingListener.Done d : run.all.done) {
            expired.merge(d.orderId(), d.remaining(), Long::sum);
        }
        for (long[] m : run.all.makerExpired) {
            expired.merge(m[0], m[1], Long::sum);
        }
        for (RecordingListener.Prevented p : run.all.prevented) {
            // DECREMENT takes quantity off both orders without a further callback; other modes report it by expiry
            if (ops.get((int) p.taker() - 1).stp() == StpMode.DECREMENT) {
                expired.merge(p.taker(), p.takerQty(), Long::sum);
                expired.merge(p.maker(), p.makerQty(), Long::sum);
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.isCancel() || op.byQuote()) {
                continue;
            }
            long id = i + 1;
            long resting = Math.max(0, run.book.restingQty(id));
            long total = filled.getOrDefault(id, 0L) + expired.getOrDefault(id, 0L) + resting
                    + run.canceledQty.getOrDefault(id, 0L) + run.reducedQty.getOrDefault(id, 0L);
            assertThat(total).as("order %d %s", id, op).isEqualTo(op.qty());
        }
    }

    @Property(tries = 100)
    void quoteSizedMarketNeverOverspends(@ForAll("ops") @Size(min = 1, max = 100) List<Op> ops) {
        Run run = run(ops, false);
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.isCancel() || !op.byQuote()) {
                continue;
            }
            long id = i + 1;
            if (op.stp() == StpMode.DECREMENT && run.all.prevented.stream().anyMatch(p -> p.taker() == id)) {
                continue; // decremented budget is neither spent nor returned as remaining
            }
            long spent = 0;
            long base = 0;
            for (RecordingListener.Trade t : run.all.trades) {
                if (t.taker() == id) {
                    spent += ScaledMath.quote(t.price(), t.qty());
                    base += t.qty();
                    assertThat(t.qty() % STEP).isZero();
                }
            }
            RecordingListener.Done d = run.all.done.stream().filter(x -> x.orderId() == id).findFirst().orElseThrow();
            assertThat(spent + d.remaining()).isEqualTo(op.quoteQty());
            if (op.cap() > 0) {
                assertThat(base).isLessThanOrEqualTo(op.cap());
            }
        }
    }
}
