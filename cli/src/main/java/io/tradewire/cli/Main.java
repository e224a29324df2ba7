package io.tradewire.cli;

import io.tradewire.cli.command.DemoCommand;
import io.tradewire.cli.command.SignCommand;
import io.tradewire.cli.command.SimCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tradewire} command: operator tools for Binance and the Tradewire simulator. */
@Command(name = "tradewire", mixinStandardHelpOptions = true, version = "tradewire 0.1.0",
        description = "Trade Binance over WebSocket; run the Binance-compatible simulator.",
        subcommands = {DemoCommand.class, SignCommand.class, SimCommand.class, CommandLine.HelpCommand.class})
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
            cmd.getErr().println("tradewire " + cmd.getCommandName() + ": " + ex.getMessage());
            cmd.getErr().flush();
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
