package io.volunteerrules.drools;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioFileException;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.core.scenario.ScenarioRunner;
import io.volunteerrules.drools.lint.MessageCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;

/**
 * The scenario files of a rule set, run against that rule set: what {@code test} prints, what
 * {@code coverage} counts and what a reload must pass before it goes live.
 */
public final class ScenarioSuite {

    private final VolunteerRules rules;
    private final List<Scenario> scenarios;
    private final List<String> fileProblems;

    private ScenarioSuite(VolunteerRules rules, List<Scenario> scenarios, List<String> fileProblems) {
        this.rules = rules;
        this.scenarios = List.copyOf(scenarios);
        this.fileProblems = List.copyOf(fileProblems);
    }

    /** Reads every scenario file of the engine's rule set; unreadable files are reported, not thrown. */
    public static ScenarioSuite of(VolunteerRules rules) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RuleFile f : rules.files().scenarios()) {
            String notUtf8 = io.volunteerrules.core.ruleset.Utf8.problem(f.path(), f.content());
            if (notUtf8 != null) {
                problems.add(notUtf8);
                continue;
            }
            try {
                scenarios.addAll(ScenarioLoader.read(f.path(), f.text()));
            } catch (ScenarioFileException e) {
                problems.addAll(e.problems());
            }
        }
        return new ScenarioSuite(rules, scenarios, problems);
    }

    /** Every scenario read. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Problems of scenario files that could not be read; each counts as a failure. */
    public List<String> fileProblems() {
        return fileProblems;
    }

    /** Runs every scenario. */
    public Report run() {
        return run(done -> {
        });
    }

    /**
     * Runs every scenario, telling {@code progress} how many are done after each. Each evaluation runs
     * under the engine's {@link VolunteerRules#bounds() bounds}; a scenario stopped by them fails with
     * the reason, and the others still run.
     *
     * @throws CancellationException if the thread is interrupted; the run stops at the next rule firing
     *                               or scenario
     */
    public Report run(IntConsumer progress) {
        ScenarioRunner runner = new ScenarioRunner(rules, rules.clauses(), rules.rules().names());
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("scenario run interrupted after " + results.size() + " scenarios");
            }
            results.add(run(runner, s));
            progress.accept(results.size());
        }
        return new Report(results, fileProblems);
    }

    /**
     * Runs one scenario with {@code runner}; a scenario whose evaluation is stopped by the engine's
     * bounds fails with the reason instead of ending the run.
     */
    public static ScenarioResult run(ScenarioRunner runner, Scenario scenario) {
        try {
            return runner.run(scenario);
        } catch (EvaluationLimitException e) {
            return new ScenarioResult(scenario, List.of(e.getMessage()), List.of());
        }
    }

    /**
     * What is wrong with the messages the scenarios of a run rendered ({@link MessageCheck}): in
     * Chinese, ASCII punctuation, a raw code or id where a name belongs, Latin letters outside brackets,
     * "—" for a value, or a code with no name ({@link MessageCheck#renderedProblems}); in English, a
     * lower-case start, "1" with a plural or a plural written "(s)", a word or clause repeated, a raw
     * code or id where a name belongs, "—" or "null" for a value
     * ({@link MessageCheck#renderedEnglishProblems}); and a reason that refuses or asks for review
     * without a next step. Each problem is listed once, with the first scenario that shows it.
     */
    public List<String> messageProblems(Report report) {
        return messageProblems(rules.rules(), report.results());
    }

    /**
     * The {@linkplain #messageProblems(Report) message problems} of scenario results, each as
     * {@code rule: problem (scenario title)}, listed once per rule and problem.
     */
    public static List<String> messageProblems(RuleCatalogue catalogue, List<ScenarioResult> results) {
        Map<String, String> firstSeen = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            for (Decision d : r.decisions()) {
                for (Reason reason : d.allReasons()) {
                    RuleInfo info = catalogue.find(reason.rule()).orElse(null);
                    if (info == null) {
                        continue;
                    }
                    List<String> problems = new ArrayList<>(MessageCheck.renderedProblems(reason.zh()));
                    problems.addAll(MessageCheck.renderedEnglishProblems(reason.en()));
                    if (reason.nextStep() != null) {
                        MessageCheck.renderedProblems(reason.nextStep().zh()).forEach(p -> problems.add("next step: " + p));
                        MessageCheck.renderedEnglishProblems(reason.nextStep().en()).forEach(p -> problems.add("next step: " + p));
                    } else if (reason.effect() == Effect.REFUSE || reason.effect() == Effect.REVIEW) {
                        problems.add("it " + (reason.effect() == Effect.REFUSE ? "refuses" : "asks for review")
                                + " without a next step (@nextZh/@nextEn): say who must do what to change the answer");
                    }
                    for (String p : problems) {
                        firstSeen.putIfAbsent(reason.rule() + ": " + p, r.scenario().title());
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        firstSeen.forEach((problem, scenario) -> out.add(problem + " (" + scenario + ")"));
        return out;
    }

    /**
     * How a run went.
     *
     * @param results      one per scenario, in file order
     * @param fileProblems scenario files that could not be read
     */
    public record Report(List<ScenarioResult> results, List<String> fileProblems) {

        public Report {
            results = List.copyOf(results);
            fileProblems = List.copyOf(fileProblems);
        }

        public long passed() {
            return results.stream().filter(ScenarioResult::passed).count();
        }

        /** Failed scenarios, plus one per unreadable-file problem. */
        public long failed() {
            return results.size() - passed() + fileProblems.size();
        }

        public boolean allPassed() {
            return failed() == 0;
        }

        /** {@code N passed, N failed}. */
        public String summary() {
            return passed() + " passed, " + failed() + " failed";
        }

        /** Each failure as {@code file: name: what was expected and what came out}. */
        public List<String> failures() {
            List<String> out = new ArrayList<>(fileProblems);
            for (ScenarioResult r : results) {
                for (String f : r.failures()) {
                    out.add(r.scenario().title() + ": " + f);
                }
            }
            return out;
        }
    }
}
