package io.tradewire.bench.jmh;

import io.tradewire.core.enums.OrderType;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.time.EpochClock;
import io.tradewire.simulator.matching.OrderKind;
import io.tradewire.simulator.venue.AccountSpec;
import io.tradewire.simulator.venue.OrderResult;
import io.tradewire.simulator.venue.PlaceOrderCommand;
import io.tradewire.simulator.venue.SymbolSpec;
import io.tradewire.simulator.venue.Venue;
import io.tradewire.simulator.venue.VenueException;
import java.math.BigDecimal;
import java.util.Map;
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
 * The same seeded flow as {@link MatchingEngineBenchmark}, through the venue: {@link Venue#placeOrder} (parameter
 * checks, filters, balances and reservations, order history, client order ids, FULL results) and
 * {@link Venue#cancelOrder} by {@code origClientOrderId}. 50 accounts with balances far larger than the flow can move.
 * Commands are built before the measurement, so no JSON and no decimal parsing is measured: that is the load
 * harness's job.
 *
 * <p>A fresh venue per iteration: the venue keeps every order's history, which would otherwise grow across
 * iterations.
 *
 * <p>Not final: JMH generates a subclass.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Threads(1)
public class VenueBenchmark {
    static final int BATCH = 256;
    private static final String SYMBOL = "BTCUSDT";

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
    private PlaceOrderCommand[] commands;
    private String[] clientIds;
    private String[] cancelKeys;
    private String[] apiKeys;
    private Venue venue;
    private int cursor;
    private long rejected;
    private long fills;

    /** Generates the flow and turns it into venue commands. */
    @Setup(Level.Trial)
    public void setUp() {
        flow = OrderFlow.generate(flowOps, seed, maxResting);
        apiKeys = new String[OrderFlow.OWNERS + 1];
        for (int o = 1; o <= OrderFlow.OWNERS; o++) {
            apiKeys[o] = "benchkey" + o;
        }
        int maxId = 0;
        for (int i = 0; i < flow.length; i++) {
            maxId = (int) Math.max(maxId, flow.id[i]);
        }
        String[] ownerKeyById = new String[maxId + 1];
        String[] cidById = new String[maxId + 1];
        commands = new PlaceOrderCommand[flow.length];
        clientIds = new String[flow.length];
        cancelKeys = new String[flow.length];
        for (int i = 0; i < flow.length; i++) {
            int id = (int) flow.id[i];
            if (flow.op[i] == OrderFlow.SUBMIT) {
                cidById[id] = "o" + id;
                ownerKeyById[id] = apiKeys[(int) flow.owner[i]];
                commands[i] = command(i, cidById[id]);
                cancelKeys[i] = ownerKeyById[id];
            } else {
                clientIds[i] = cidById[id];
                cancelKeys[i] = ownerKeyById[id];
            }
        }
    }

    /** A fresh venue with the accounts: the flow starts from an empty book. */
    @Setup(Level.Iteration)
    public void newVenue() {
        venue = new Venue(SymbolSpec.defaults(), EpochClock.system());
        Map<String, BigDecimal> balances = Map.of("BTC", new BigDecimal("1000000"),
                "USDT", new BigDecimal("10000000000"), "ETH", new BigDecimal("1000000"));
        for (int o = 1; o <= OrderFlow.OWNERS; o++) {
            venue.addAccount(AccountSpec.of(apiKeys[o], balances));
        }
        cursor = 0;
    }

    /** Reports refusals: a clean flow has none. */
    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.printf("%nvenue: rejected=%d fills=%d%n", rejected, fills);
    }

    /**
     * Replays the next {@value #BATCH} operations of the flow through the venue.
     *
     * @return a value derived from the results
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long venue() {
        int i = cursor;
        final int len = flow.length;
        long acc = 0;
        for (int k = 0; k < BATCH; k++) {
            try {
                OrderResult r;
                if (flow.op[i] == OrderFlow.CANCEL) {
                    r = venue.cancelOrder(cancelKeys[i], SYMBOL, -1L, clientIds[i], null);
                } else {
                    r = venue.placeOrder(cancelKeys[i], commands[i]);
                    fills += r.fills().size();
                }
                acc += r.orderId();
            } catch (VenueException e) {
                rejected++;
            }
            if (++i == len) {
                i = 0;
            }
        }
        cursor = i;
        return acc;
    }

    private PlaceOrderCommand command(int i, String cid) {
        PlaceOrderCommand.Builder b = PlaceOrderCommand.builder()
                .symbol(SYMBOL)
                .side(flow.buy[i] ? Side.BUY : Side.SELL)
                .newClientOrderId(cid);
        OrderKind k = flow.kind[i];
        if (k == OrderKind.MARKET) {
            b.type(OrderType.MARKET);
            if (flow.qty[i] > 0) {
                b.quantity(dec(flow.qty[i]));
            } else {
                b.quoteOrderQty(dec(flow.quoteQty[i]));
            }
            return b.build();
        }
        b.price(dec(flow.price[i])).quantity(dec(flow.qty[i]));
        switch (k) {
            case LIMIT_MAKER -> b.type(OrderType.LIMIT_MAKER);
            case LIMIT_IOC -> b.type(OrderType.LIMIT).timeInForce(TimeInForce.IOC);
            case LIMIT_FOK -> b.type(OrderType.LIMIT).timeInForce(TimeInForce.FOK);
            default -> b.type(OrderType.LIMIT).timeInForce(TimeInForce.GTC);
        }
        return b.build();
    }

    private static BigDecimal dec(long scaled) {
        BigDecimal v = BigDecimal.valueOf(scaled, 8).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v; // "60000", as a client sends it, not "6E+4"
    }
}
