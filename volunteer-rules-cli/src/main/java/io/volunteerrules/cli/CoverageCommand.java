package io.volunteerrules.cli;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterRow;
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.drools.RuleInfo;
import io.volunteerrules.drools.ScenarioSuite;
import io.volunteerrules.drools.VolunteerRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "coverage", description = {
    "Runs the scenarios and reports which rules, clauses and parameter-table rows they exercise, and which they never do.",
    "A rule is exercised when it fires in some scenario's decision, a clause when some decision cites it, a table row "
        + "when the rules read its key while deciding a scenario as of a date the row is in force on.",
    "Exit codes: 0 every scenario passed (gaps are listed, not failed); 1 a scenario failed, or, with "
        + "--fail-on-gaps, some rule, clause or table row was never exercised; 2 the rules cannot be used."})
final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    RulesOption rules;

    @Option(names = "--fail-on-gaps", description = "Exit 1 if some rule, clause or table row was never exercised.")
    boolean failOnGaps;

    @Mixin
    ProgressOption progressOption;

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
        io.volunteerrules.core.scenario.Scenario[] current = new io.volunteerrules.core.scenario.Scenario[1];
        Progress.Counter p = progress.counter("coverage", suite.scenarios().size());
        // which parameters each scenario's evaluation read, recorded as the rules read them
        java.util.Map<io.volunteerrules.core.scenario.Scenario, Set<String>> reads = new java.util.HashMap<>();
        io.volunteerrules.core.scenario.Evaluator recording = new io.volunteerrules.core.scenario.Evaluator() {
            @Override
            public List<Decision> evaluate(io.volunteerrules.core.request.EvaluationRequest request) {
                return evaluate(request, java.util.Map.of());
            }

            @Override
            public List<Decision> evaluate(io.volunteerrules.core.request.EvaluationRequest request,
                    java.util.Map<String, Object> parameters) {
                Set<String> keys = new java.util.HashSet<>();
                List<Decision> ds = ParameterSet.recordingReads(keys, () -> engine.evaluate(request, parameters));
                // a value the scenario set is not a table row
                keys.removeAll(parameters.keySet());
                reads.computeIfAbsent(current[0], k -> new java.util.HashSet<>()).addAll(keys);
                return ds;
            }
        };
        io.volunteerrules.core.scenario.ScenarioRunner runner = new io.volunteerrules.core.scenario.ScenarioRunner(
                recording, engine.clauses(), engine.rules().names());
        List<ScenarioResult> results = new ArrayList<>();
        for (io.volunteerrules.core.scenario.Scenario s : suite.scenarios()) {
            current[0] = s;
            results.add(ScenarioSuite.run(runner, s));
            p.done(results.size());
        }
        ScenarioSuite.Report report = new ScenarioSuite.Report(results, suite.fileProblems());

        Set<String> fired = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        Set<ParameterRow> usedRows = new java.util.HashSet<>();
        for (ScenarioResult r : report.results()) {
            for (Decision d : r.decisions()) {
                fired.addAll(d.firedRules());
                cited.addAll(d.citedClauses());
            }
            for (String key : reads.getOrDefault(r.scenario(), Set.of())) {
                Parameter param = engine.parameters().parameters().get(key);
                if (param != null) {
                    param.rowOn(r.scenario().asOf()).ifPresent(usedRows::add);
                }
            }
        }

        int decisions = report.results().stream().mapToInt(r -> r.decisions().size()).sum();
        out.println("Coverage of " + rules.describe() + " by its "
                + TestCommand.scenarioCount(report.results().size(), engine.files().scenarios().size(), decisions)
                + "; " + report.summary());
        out.println();
        Set<String> allRules = new TreeSet<>(engine.rules().names());
        List<String> neverFired = allRules.stream().filter(r -> !fired.contains(r)).toList();
        out.println("Rules: " + (allRules.size() - neverFired.size()) + " of " + allRules.size() + " fired");
        for (String r : allRules) {
            RuleInfo info = engine.rules().find(r).orElseThrow();
            out.println("  " + (fired.contains(r) ? "fired       " : "NEVER FIRED ") + r + "  " + info.clauses());
        }
        out.println();

        Set<String> ruleClauses = new TreeSet<>();
        engine.rules().rules().values().forEach(i -> ruleClauses.addAll(i.clauses()));
        List<String> neverCited = ruleClauses.stream().filter(c -> !cited.contains(c)).toList();
        out.println("Clauses: " + (ruleClauses.size() - neverCited.size()) + " of " + ruleClauses.size()
                + " cited by rules were cited in some decision");
        for (String c : ruleClauses) {
            String text = engine.clauses().find(c).map(x -> x.text()).orElse("");
            out.println("  " + (cited.contains(c) ? "cited       " : "NEVER CITED ") + c + "  " + shorten(text));
        }
        List<String> unimplemented = engine.clauses().clauses().values().stream()
                .filter(c -> c.kind().equals("decides") && c.id().startsWith("ZZ-") && !ruleClauses.contains(c.id()))
                .map(c -> c.id()).toList();
        if (!unimplemented.isEmpty()) {
            out.println("  clauses of the opinions that decide but no rule cites: " + String.join(", ", unimplemented));
        }
        out.println();

        List<String> neverUsed = new ArrayList<>();
        int rows = 0;
        StringBuilder table = new StringBuilder();
        for (Parameter param : engine.parameters().parameters().values().stream()
                .sorted(java.util.Comparator.comparing(Parameter::key)).toList()) {
            for (ParameterRow row : param.rows()) {
                rows++;
                boolean used = usedRows.contains(row);
                String label = param.key() + " " + row.from() + ".." + (row.to() == null ? "" : row.to()) + " = "
                        + shorten(String.valueOf(row.value())) + "  (" + param.file() + ")";
                table.append("  ").append(used ? "used        " : "NEVER USED  ").append(label).append('\n');
                if (!used) {
                    neverUsed.add(label);
                }
            }
        }
        out.println("Parameter rows: " + (rows - neverUsed.size()) + " of " + rows + " used");
        out.print(table);
        boolean gaps = !neverFired.isEmpty() || !neverCited.isEmpty() || !neverUsed.isEmpty();
        if (!report.allPassed()) {
            out.println();
            out.println("Failed: " + report.summary() + " (run test for what each expected)");
            return Main.FAILED;
        }
        return failOnGaps && gaps ? Main.FAILED : Main.OK;
    }

    private static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }
}
