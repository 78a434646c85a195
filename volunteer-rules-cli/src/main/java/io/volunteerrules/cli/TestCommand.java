package io.volunteerrules.cli;

import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.drools.RuleOrderCheck;
import io.volunteerrules.drools.ScenarioSuite;
import io.volunteerrules.drools.VolunteerRules;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", description = {
    "Runs every scenario of a rule set and says which failed.",
    "A scenario is one request with the decisions expected of it (the outcome, and the clauses, rules and values "
        + "each decision must show). Each failure is printed with what was expected and what came out; the last "
        + "line counts the scenarios: \"N passed, N failed\".",
    "Every message the scenarios render is checked as the build checks the bundled rules' messages: a Chinese "
        + "message with ASCII punctuation, a code or id where a name belongs, Latin letters outside brackets or "
        + "\"—\" for a value; an English message starting in lower case, with \"1\" and a plural (\"1 hours\"), a "
        + "plural written \"(s)\", a word or clause repeated, a code or id where a name belongs, or \"—\" or \"null\" "
        + "for a value; and a refusal or review without a next step, are printed as MESSAGE lines, once per "
        + "rule and problem with the first scenario that shows it.",
    "With --check-order the scenarios run again with every DRL file's rules reversed and then shuffled, and every "
        + "scenario whose decisions change with the order of the rules is printed.",
    "Exit codes: 0 every scenario passed; 1 a scenario failed or a message fails the check (or, with "
        + "--check-order, a decision depends on the order of the rules); 2 the rules cannot be used."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    RulesOption rules;

    @Mixin
    ProgressOption progressOption;

    @Option(names = {"-v", "--verbose"}, description = "Also list the scenarios that passed.")
    boolean verbose;

    @Option(names = "--check-order", arity = "0..1", fallbackValue = "" + DEFAULT_SHUFFLES, paramLabel = "SHUFFLES",
            description = {"Also check that no decision depends on the order of the rules: rerun the scenarios with "
                    + "every file's rules reversed, then shuffled SHUFFLES times (default ${FALLBACK-VALUE})."})
    Integer checkOrder;

    static final int DEFAULT_SHUFFLES = 5;

    /**
     * What the counts count: {@code 248 scenarios in 25 files, each one request with the decisions
     * expected of it (301 decisions: one per question)}.
     */
    static String scenarioCount(int scenarios, int files, int decisions) {
        return plural(scenarios, "scenario") + " in " + plural(files, "file") + ", each one request with the decisions "
                + "expected of it (" + plural(decisions, "decision") + ": one per question)";
    }

    static String plural(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = progressOption.progress();
        VolunteerRules engine = rules.load(err, progress);
        if (engine == null) {
            return Main.UNUSABLE;
        }
        ScenarioSuite suite = ScenarioSuite.of(engine);
        ScenarioSuite.Report report = suite.run(progress.counter("test", suite.scenarios().size())::done);
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
        List<String> messageProblems = suite.messageProblems(report);
        for (String problem : messageProblems) {
            out.println("MESSAGE " + problem);
        }
        if (!messageProblems.isEmpty()) {
            out.println(plural(messageProblems.size(), "message problem") + ": a Chinese message is written with "
                    + "，。；：（）“”, an English one in sentence case with correct plurals and no repetition, both with "
                    + "names rather than codes, and a refusal or review says what would change it (@nextZh/@nextEn)");
        }
        boolean orderIndependent = true;
        if (checkOrder != null) {
            if (checkOrder < 0) {
                err.println("error: --check-order must not be negative, was " + checkOrder);
                return Main.UNUSABLE;
            }
            int[] started = {0};
            RuleOrderCheck.Report order = RuleOrderCheck.run(engine, checkOrder,
                    variant -> progress.line("order: " + variant + " (" + ++started[0] + ")"));
            for (RuleOrderCheck.Change c : order.changes()) {
                out.println("ORDER " + c.variant() + ": " + c.scenario());
                out.println("     " + c.what());
            }
            out.println(order.summary());
            orderIndependent = order.orderIndependent();
        }
        int decisions = report.results().stream().mapToInt(r -> r.decisions().size()).sum();
        out.println(scenarioCount(report.results().size(), engine.files().scenarios().size(), decisions));
        out.println(report.summary());
        return report.allPassed() && messageProblems.isEmpty() && orderIndependent ? Main.OK : Main.FAILED;
    }
}
