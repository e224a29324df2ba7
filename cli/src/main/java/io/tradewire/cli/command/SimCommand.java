package io.tradewire.cli.command;

import io.tradewire.core.signing.KeyLoader;
import io.tradewire.simulator.AccountsFile;
import io.tradewire.simulator.DemoAccount;
import io.tradewire.simulator.MarketFile;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import io.tradewire.simulator.activity.ActivityConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code tradewire sim}: runs the Binance-compatible simulator until interrupted. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Run the Binance-compatible simulator on loopback until Ctrl-C.",
                "Without --accounts it creates a demo Ed25519 account and prints its credentials."})
public final class SimCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", description = "port to listen on (0 picks a free one; default ${DEFAULT-VALUE})",
            defaultValue = "0")
    private int port;

    @Option(names = "--host", description = "address to bind (default ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    private String host;

    @Option(names = "--accounts", paramLabel = "FILE", description = "TOML file with [[account]] tables")
    private Path accounts;

    @Option(names = "--market", paramLabel = "FILE",
            description = "TOML file with [[symbol]] tables (default BTCUSDT, ETHUSDT, ETHBTC)")
    private Path market;

    @Option(names = "--activity", description = "background market activity: simulated makers and takers keep "
            + "the books and streams alive (seeded, deterministic)")
    private boolean activity;

    @Option(names = "--activity-seed", paramLabel = "N",
            description = "seed of the background activity (implies --activity; default 1)")
    private Long activitySeed;

    @Option(names = "--activity-rate", paramLabel = "R",
            description = "taker orders per second over all symbols (implies --activity; default 10)")
    private BigDecimal activityRate;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Simulator.Builder builder = Simulator.builder().host(host).port(port);
        if (market != null) {
            builder.symbols(MarketFile.load(market));
        }
        ActivityConfig activityConfig = activityConfig();
        if (activityConfig != null) {
            builder.backgroundActivity(activityConfig);
        }
        DemoAccount demo = null;
        if (accounts != null) {
            List<SimAccount> loaded = AccountsFile.load(accounts);
            loaded.forEach(builder::account);
            out.println("accounts: " + loaded.size() + " from " + accounts);
        } else {
            demo = SimAccount.generateEd25519Demo(Map.of("USDT", new BigDecimal("100000"), "BTC", new BigDecimal("10"),
                    "ETH", new BigDecimal("100")));
            builder.account(demo.account());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Simulator sim = builder.build().start()) {
            out.println("Tradewire simulator listening");
            out.println("  WebSocket API: " + sim.wsApiUri());
            out.println("  symbols: " + sim.venue().symbols().stream().map(s -> s.symbol())
                    .collect(java.util.stream.Collectors.joining(", ")));
            sim.activity().ifPresent(a -> out.println("  background activity: seed " + a.config().seed() + ", "
                    + a.config().ordersPerSecond().toPlainString() + " taker orders/s on "
                    + String.join(", ", a.symbols())));
            if (demo != null) {
                out.println("demo account (Ed25519):");
                out.println("  api key: " + demo.account().apiKey());
                out.println("  private key (PKCS#8, keep it to sign requests):");
                out.print(KeyLoader.toPem(demo.privateKey()));
            }
            out.println("Ctrl-C to stop.");
            out.flush();
            Thread hook = new Thread(() -> {
                sim.close();
                stopped.countDown();
            }, "tradewire-sim-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped by whoever embedded the command (tests do): close as on Ctrl-C.
                Runtime.getRuntime().removeShutdownHook(hook);
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    /** The activity the options ask for, or null for none; a seed or a rate alone turns it on too. */
    private ActivityConfig activityConfig() {
        if (!activity && activitySeed == null && activityRate == null) {
            return null;
        }
        ActivityConfig.Builder b = ActivityConfig.builder();
        if (activitySeed != null) {
            b.seed(activitySeed);
        }
        if (activityRate != null) {
            b.ordersPerSecond(activityRate);
        }
        return b.build();
    }
}
