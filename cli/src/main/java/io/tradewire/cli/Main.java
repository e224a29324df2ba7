package io.tradewire.cli;

import io.tradewire.cli.command.DemoCommand;
import io.tradewire.cli.command.FaultCommand;
import io.tradewire.cli.command.OrderCommand;
import io.tradewire.cli.command.TimeCommand;
import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorCategory;
import io.tradewire.cli.command.SignCommand;
import io.tradewire.cli.command.SimCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tradewire} command: operator tools for Binance and the Tradewire simulator. */
@Command(name = "tradewire", mixinStandardHelpOptions = true, version = "tradewire 0.1.0",
        description = "Trade Binance over WebSocket; run the Binance-compatible simulator.",
        subcommands = {DemoCommand.class, TimeCommand.class, OrderCommand.class, SignCommand.class, SimCommand.class,
                FaultCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failed (the message says why; nothing was executed)",
                "2:bad command line", "3:outcome UNKNOWN: the request may have executed; query the order"})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * @param args command line
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command without exiting, for tests.
     *
     * @param args command line
     * @return exit code
     */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command with the given output streams, for tests.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args command line
     * @return exit code
     */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // An operator wants the reason, not a stack trace; the messages name the field and the rule.
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable cause = ex instanceof java.util.concurrent.ExecutionException && ex.getCause() != null
                    ? ex.getCause() : ex;
            cmd.getErr().println("tradewire " + cmd.getCommandName() + ": " + cause.getMessage());
            int code = 1;
            if (cause instanceof BinanceApiException
                    && ((BinanceApiException) cause).category() == ErrorCategory.UNKNOWN_OUTCOME) {
                cmd.getErr().println("The request may have been executed; check with 'tradewire order status'.");
                code = 3;
            }
            cmd.getErr().flush();
            return code;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
