package io.volunteerrules.cli;

import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.drools.RuleOrderCheck;
import io.volunteerrules.drools.ScenarioSuite;
import io.volunteerrules.drools.VolunteerRules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", description = {
    "Runs every scenario file of a rule set. Prints each failure with what was expected and what came",
    "out, then a closing line \"N passed, N failed\". Exit 1 if any scenario failed.",
    "With --check-order it also runs the scenarios with every DRL file's rules reversed and shuffled,",
    "and prints every scenario whose decision changes with the order of the rules (exit 1 if any)."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--progress", description = "show progress on stderr even when it is not a terminal")
    boolean progress;

    @Option(names = {"-v", "--verbose"}, description = "also list the scenarios that passed")
    boolean verbose;

    @Option(names = "--check-order", arity = "0..1", fallbackValue = "" + DEFAULT_SHUFFLES, paramLabel = "SHUFFLES",
            description = {"also check that no decision depends on the order of the rules: rerun the scenarios with "
                    + "every file's rules reversed, then shuffled SHUFFLES times (default ${FALLBACK-VALUE})"})
    Integer checkOrder;

    static final int DEFAULT_SHUFFLES = 5;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VolunteerRules engine = rules.load(err);
        if (engine == null) {
            return Main.UNUSABLE;
        }
        ScenarioSuite suite = ScenarioSuite.of(engine);
        Progress p = new Progress(err, "test", suite.scenarios().size(), progress);
        ScenarioSuite.Report report = suite.run(p::done);
        for (String problem : report.fileProblems()) {
            out.println("FAIL " + problem);
        }
        for (ScenarioResult r : report.results()) {
            if (r.passed()) {
                if (verbose) {
                    out.println("ok   " + r.scenario().title());
                }
                continue;
            }
            out.println("FAIL " + r.scenario().title());
            for (String f : r.failures()) {
                out.println("     " + f.replace("\n", "\n     "));
            }
        }
        boolean orderIndependent = true;
        if (checkOrder != null) {
            if (checkOrder < 0) {
                err.println("error: --check-order must not be negative, was " + checkOrder);
                return Main.UNUSABLE;
            }
            int[] started = {0};
            RuleOrderCheck.Report order = RuleOrderCheck.run(engine, checkOrder, variant -> {
                if (progress || System.console() != null) {
                    err.println("order: " + variant + " (" + ++started[0] + ")");
                }
            });
            for (RuleOrderCheck.Change c : order.changes()) {
                out.println("ORDER " + c.variant() + ": " + c.scenario());
                out.println("     " + c.what());
            }
            out.println(order.summary());
            orderIndependent = order.orderIndependent();
        }
        out.println(report.summary());
        return report.allPassed() && orderIndependent ? Main.OK : Main.FAILED;
    }
}
