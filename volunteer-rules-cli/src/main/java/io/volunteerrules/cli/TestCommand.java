package io.volunteerrules.cli;

import io.volunteerrules.core.scenario.ScenarioResult;
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
    "out, then a closing line \"N passed, N failed\". Exit 1 if any scenario failed."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--progress", description = "show progress on stderr even when it is not a terminal")
    boolean progress;

    @Option(names = {"-v", "--verbose"}, description = "also list the scenarios that passed")
    boolean verbose;

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
        out.println(report.summary());
        return report.allPassed() ? Main.OK : Main.FAILED;
    }
}
