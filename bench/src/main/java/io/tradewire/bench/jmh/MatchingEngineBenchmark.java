package io.tradewire.bench.jmh;

import io.tradewire.simulator.matching.DoneReason;
import io.tradewire.simulator.matching.MatchListener;
import io.tradewire.simulator.matching.OrderBook;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Orders per second of the bare matching engine ({@link OrderBook}) on one thread, replaying a pre-generated seeded
 * mixed flow ({@link OrderFlow}): passive limits around the mid, cancels, crossing limits (IOC/GTC/FOK), LIMIT_MAKER
 * and MARKET orders, book depth bounded. One "order" is one engine call: a submit or a cancel.
 *
 * <p>Each invocation replays {@value #BATCH} operations so that JMH's per-call overhead stays out of the figure; the
 * score is operations per second. The listener only counts, like the cheapest possible venue.
 *
 * <p>Not final: JMH generates a subclass.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class MatchingEngineBenchmark {
    static final int BATCH = 1024;

    /** Operations generated before the final drain. */
    @Param("1000000")
    public int flowOps;

    /** Most orders resting at once (book depth bound). */
    @Param("2000")
    public int maxResting;

    /** Generator seed. */
    @Param("20240501")
    public long seed;

    private OrderFlow flow;
    private OrderBook book;
    private final Counter counter = new Counter();
    private int cursor;

    /** Generates the flow and replays it once, so the book's pools have their working size. */
    @Setup(Level.Trial)
    public void setUp() {
        flow = OrderFlow.generate(flowOps, seed, maxResting);
        book = new OrderBook(OrderFlow.STEP, maxResting * 2, 1024);
        for (int i = 0; i < flow.length; i++) {
            apply(i);
        }
        cursor = 0;
        System.out.printf("%nflow: %d ops (%d submits, %d cancels), %d trades, max depth %d orders%n",
                flow.length, flow.submits, flow.cancels, flow.trades, flow.maxDepthSeen);
    }

    /** Prints what the engine did, as a sanity check that the flow trades. */
    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.printf("%nengine events: trades=%d rested=%d done=%d makerExpired=%d%n",
                counter.trades, counter.rested, counter.done, counter.makerExpired);
    }

    /**
     * Replays the next {@value #BATCH} operations of the flow (wrapping around).
     *
     * @return a value derived from the events, so nothing is dead code
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long orderBook() {
        int i = cursor;
        final int len = flow.length;
        for (int k = 0; k < BATCH; k++) {
            apply(i);
            if (++i == len) {
                i = 0;
            }
        }
        cursor = i;
        return counter.sum;
    }

    private void apply(int i) {
        OrderFlow f = flow;
        if (f.op[i] == OrderFlow.CANCEL) {
            book.cancel(f.id[i], counter);
        } else {
            book.submit(f.id[i], f.owner[i], f.buy[i], f.kind[i], f.price[i], f.qty[i], f.quoteQty[i], f.stp, counter);
        }
    }

    /** The cheapest listener: counts events and folds their values so the JIT cannot drop them. */
    static final class Counter implements MatchListener {
        long trades;
        long rested;
        long done;
        long makerExpired;
        long sum;

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, long priceScaled, long qtyScaled, boolean takerIsBuy) {
            trades++;
            sum += qtyScaled;
        }

        @Override
        public void onRested(long orderId) {
            rested++;
        }

        @Override
        public void onTakerDone(long orderId, long remainingQtyScaled, DoneReason reason) {
            done++;
            sum += remainingQtyScaled;
        }

        @Override
        public void onMakerExpired(long makerOrderId, long remainingQtyScaled) {
            makerExpired++;
        }
    }
}
