package io.volunteerrules.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code volunteer-rules}: the command-line tool for policy staff and CI. Exit codes: 0 done and
 * fine, 1 done and something failed (a scenario, a lint check) or changed (diff), 2 the input or
 * the rule set could not be used.
 */
@Command(name = "volunteer-rules", mixinStandardHelpOptions = true, version = "volunteer-rules 0.1.0",
        description = "Check, test and compare rule sets of the Zhengzhou volunteer-service rules.",
        subcommands = {EvaluateCommand.class, TestCommand.class, CoverageCommand.class, DiffCommand.class,
            LintCommand.class, CatalogueCommand.class, ExportRulesCommand.class, ConvertTableCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code: done, nothing failed. */
    public static final int OK = 0;
    /** Exit code: a scenario or check failed, or (diff) decisions changed. */
    public static final int FAILED = 1;
    /** Exit code: the input or the rule set cannot be used. */
    public static final int UNUSABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final InputStream in;

    Main(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the tool with the given streams and returns its exit code (what tests call). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(in));
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            line.getErr().println("error: " + e.getMessage());
            line.getErr().flush();
            return UNUSABLE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return UNUSABLE;
        });
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }
}
