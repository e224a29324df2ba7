package io.tradewire.cli.command;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.Endpoints;
import io.tradewire.client.spot.CancelOrderRequest;
import io.tradewire.client.spot.ExchangeInfo;
import io.tradewire.client.spot.OrderResponse;
import io.tradewire.client.spot.OrderStatusRequest;
import io.tradewire.client.spot.PlaceOrderRequest;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.client.transport.EventLoops;
import io.tradewire.core.enums.OrderResponseType;
import io.tradewire.core.enums.OrderStatus;
import io.tradewire.core.enums.Side;
import io.tradewire.core.enums.TimeInForce;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code tradewire demo}: the whole order path against an embedded simulator, with no keys and no internet.
 * A maker account (Ed25519, logged-on session) rests a LIMIT order; a taker account (HMAC, signature on every
 * request) crosses it; the maker queries the fill, then places and cancels a second order.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the order path end to end against an embedded simulator (no keys, no internet).")
public final class DemoCommand implements Callable<Integer> {
    private static final String SYMBOL = "BTCUSDT";

    @Spec
    private CommandSpec spec;

    @Option(names = "--timeout", description = "per-request timeout in ms (default ${DEFAULT-VALUE})",
            defaultValue = "5000")
    private long timeoutMs;

    @Option(names = "--warmup", description = "warm-up round trips before measuring (default ${DEFAULT-VALUE})",
            defaultValue = "1500")
    private int warmups;

    @Option(names = "--measure", description = "measured warm round trips (default ${DEFAULT-VALUE})",
            defaultValue = "1500")
    private int measured;

    private final List<Long> rttNs = new ArrayList<>();
    private PrintWriter out;
    private int step;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("100000"), "BTC", new BigDecimal("10"));
        DemoAccount maker = SimAccount.generateEd25519Demo(balances);
        String takerKey = randomHex(32);
        String takerSecret = randomHex(32);
        SimAccount taker = SimAccount.hmac(takerKey, takerSecret, balances);

        try (Simulator sim = Simulator.builder().account(maker.account()).account(taker).build().start();
             EventLoops loops = new EventLoops(1, "tradewire-demo")) {
            out.println("Simulator on " + sim.wsApiUri() + " (loopback, free port)");
            Endpoints endpoints = Endpoints.of(sim.wsApiUri(), null);
            try (SpotWsApiClient makerClient = client(endpoints, loops,
                    ApiCredentials.of(maker.account().apiKey(), Signers.ed25519(maker.privateKey())));
                 SpotWsApiClient takerClient = client(endpoints, loops,
                         ApiCredentials.of(takerKey, Signers.hmac(takerSecret)))) {

                long t0 = System.nanoTime();
                makerClient.connect().get(timeoutMs, TimeUnit.MILLISECONDS);
                print("maker connects and logs on (Ed25519 session.logon)", System.nanoTime() - t0,
                        "logged on: " + makerClient.isLoggedOn());
                t0 = System.nanoTime();
                takerClient.connect().get(timeoutMs, TimeUnit.MILLISECONDS);
                print("taker connects (HMAC: a signature on every request)", System.nanoTime() - t0, "");

                ApiResponse<ExchangeInfo> info = call("exchangeInfo " + SYMBOL, () -> makerClient.exchangeInfo(SYMBOL));
                out.println("      filters: " + info.result().symbol(SYMBOL).orElseThrow().rawFilters());

                OrderResponse resting = call("maker places LIMIT SELL 0.01 @ 60000 GTC",
                        () -> makerClient.placeOrder(PlaceOrderRequest.limit(SYMBOL, Side.SELL,
                                new BigDecimal("60000.00"), new BigDecimal("0.01000")).build())).result();
                expect(resting.status(), OrderStatus.NEW, "resting order");

                OrderResponse crossing = call("taker places LIMIT BUY 0.01 @ 60010 IOC (crosses)",
                        () -> takerClient.placeOrder(PlaceOrderRequest.limit(SYMBOL, Side.BUY,
                                        new BigDecimal("60010.00"), new BigDecimal("0.01000"))
                                .timeInForce(TimeInForce.IOC).newOrderRespType(OrderResponseType.FULL).build()))
                        .result();
                expect(crossing.status(), OrderStatus.FILLED, "crossing order");
                out.println("      fills: " + crossing.fills());

                OrderResponse queried = call("maker queries its order (order.status)",
                        () -> makerClient.orderStatus(OrderStatusRequest.byOrderId(SYMBOL, resting.orderId())))
                        .result();
                expect(queried.status(), OrderStatus.FILLED, "queried order");

                OrderResponse second = call("maker places LIMIT BUY 0.01 @ 50000 GTC",
                        () -> makerClient.placeOrder(PlaceOrderRequest.limit(SYMBOL, Side.BUY,
                                        new BigDecimal("50000.00"), new BigDecimal("0.01000"))
                                .newClientOrderId("demo-second-1").build())).result();
                expect(second.status(), OrderStatus.NEW, "second order");

                OrderResponse canceled = call("maker cancels it by client order id",
                        () -> makerClient.cancelOrder(CancelOrderRequest.byClientOrderId(SYMBOL, "demo-second-1")))
                        .result();
                expect(canceled.status(), OrderStatus.CANCELED, "canceled order");
                out.println("      rate limits: " + makerClient.lastRateLimits());
                warmRoundTrips(makerClient);
            }
            summary(sim);
        }
        out.flush();
        return 0;
    }

    /**
     * The first requests above pay for class loading and JIT compilation; this measures the warmed-up round trip,
     * one request in flight at a time. It uses {@code ping} (weight 1) so that it stays inside the venue's
     * REQUEST_WEIGHT limit of 6000 per minute, as it must on Binance.
     */
    private void warmRoundTrips(SpotWsApiClient client) throws Exception {
        if (warmups + measured > 5000) {
            throw new IllegalArgumentException("--warmup plus --measure must stay within 5000 (REQUEST_WEIGHT 6000/min)");
        }
        long[] ns = new long[warmups + measured];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            client.ping().get(timeoutMs, TimeUnit.MILLISECONDS);
            ns[i] = System.nanoTime() - t0;
        }
        long[] steady = java.util.Arrays.copyOfRange(ns, warmups, ns.length);
        java.util.Arrays.sort(steady);
        out.printf("%2d. %-52s p50 %.1f us, p99 %.1f us, max %.1f us%n", ++step,
                "warm ping round trips (" + measured + " after " + warmups + ")",
                steady[steady.length / 2] / 1e3, steady[(int) (steady.length * 0.99)] / 1e3,
                steady[steady.length - 1] / 1e3);
    }

    private SpotWsApiClient client(Endpoints endpoints, EventLoops loops, ApiCredentials credentials) {
        return SpotWsApiClient.builder().endpoints(endpoints).eventLoops(loops).credentials(credentials)
                .requestTimeout(Duration.ofMillis(timeoutMs)).build();
    }

    private <T> ApiResponse<T> call(String what, Supplier<CompletableFuture<ApiResponse<T>>> request)
            throws Exception {
        long t0 = System.nanoTime();
        ApiResponse<T> r = request.get().get(timeoutMs, TimeUnit.MILLISECONDS);
        long rtt = System.nanoTime() - t0;
        rttNs.add(rtt);
        print(what, rtt, r.result().toString());
        return r;
    }

    private void print(String what, long ns, String detail) {
        out.printf("%2d. %-52s %8.3f ms  %s%n", ++step, what, ns / 1e6, detail);
        out.flush();
    }

    private static void expect(OrderStatus actual, OrderStatus expected, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": expected status " + expected + " but the venue said " + actual);
        }
    }

    private void summary(Simulator sim) {
        List<Long> sorted = new ArrayList<>(rttNs);
        Collections.sort(sorted);
        out.println();
        out.printf("Summary: %d scripted requests (cold JVM); round trip min %.3f ms, median %.3f ms, max %.3f ms%n",
                sorted.size(), sorted.get(0) / 1e6, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
        out.println("One order rested, was filled by a crossing order, queried FILLED; a second was placed and canceled.");
        out.println("Demo finished OK.");
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
