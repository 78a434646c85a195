package io.volunteerrules.cli;

import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.drools.lint.LintFinding;
import io.volunteerrules.drools.lint.RuleLinter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", description = {
    "Rejects rule files that could harm the application running them, and numbers that belong in a parameter table.",
    "Harmful means anything outside the allowlist: imports and calls such as System.exit, processes, threads, "
        + "reflection, class loading, file and network IO. Each finding names the file, the line and the reason.",
    "Exit codes: 0 no finding; 1 a file is rejected; 2 the rules directory cannot be read."})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSetFiles files = rules.rules == null
                ? RuleSetFiles.fromClasspath(LintCommand.class.getClassLoader())
                : RuleSetFiles.fromDirectory(rules.rules);
        List<LintFinding> findings = RuleLinter.standard().lint(files);
        findings.forEach(out::println);
        long bad = findings.stream().map(LintFinding::file).distinct().count();
        out.println(files.rules().size() + " rule files checked, " + bad + " rejected, " + findings.size()
                + (findings.size() == 1 ? " finding" : " findings"));
        return findings.isEmpty() ? Main.OK : Main.FAILED;
    }
}
