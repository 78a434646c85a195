package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.calendar.WorkingDayCalendar;
import io.volunteerrules.core.clauses.Clause;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.scenario.Expectation;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.core.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file of the bundled rule set, one test per scenario, and checks that the
 * scenarios cover the rules: every rule fires in some scenario, every clause a rule cites is expected
 * by some scenario, and every clause the catalogue marks as deciding has a rule and a scenario.
 */
class BundledScenariosTest {

    private static VolunteerRules engine;
    private static List<Scenario> scenarios;
    private static List<ScenarioResult> results;

    @BeforeAll
    static void runAll() {
        // far tighter bounds than the defaults (10,000 firings + 50 per fact): the bundled scenarios need
        // at most 27 firings and 2.5 per fact, so the defaults leave a wide margin; this keeps it so
        engine = VolunteerRules.builder().maxRuleFirings(100, 5).build();
        scenarios = new ArrayList<>();
        for (RuleFile f : engine.files().scenarios()) {
            scenarios.addAll(ScenarioLoader.read(f.path(), f.text()));
        }
        ScenarioRunner runner = new ScenarioRunner(engine, engine.clauses(), engine.rules().names());
        results = scenarios.stream().map(runner::run).toList();
    }

    @TestFactory
    Stream<DynamicNode> every_bundled_scenario_passes() {
        Map<String, List<ScenarioResult>> byFile = results.stream()
                .collect(Collectors.groupingBy(r -> r.scenario().file(), TreeMap::new, Collectors.toList()));
        return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(r -> DynamicTest.dynamicTest(r.scenario().name(), () ->
                        assertThat(r.failures()).as(r.scenario().title()).isEmpty()))));
    }

    /** The same check as the command-line {@code test} of a staff rules directory ({@link ScenarioSuite#messageProblems}). */
    @Test
    void every_message_the_scenarios_render_in_a_rewritten_area_reads_as_chinese() {
        assertThat(ScenarioSuite.messageProblems(engine.rules(), results)).as("messages that fail the message check").isEmpty();
    }

    @Test
    void every_rule_fires_in_some_scenario() {
        Set<String> fired = results.stream().flatMap(r -> r.decisions().stream())
                .flatMap(d -> d.firedRules().stream()).collect(Collectors.toSet());
        Set<String> never = new TreeSet<>(engine.rules().names());
        never.removeAll(fired);
        assertThat(never).as("rules that no scenario makes fire").isEmpty();
    }

    @Test
    void every_clause_a_rule_cites_is_expected_by_some_scenario() {
        Set<String> expected = scenarios.stream().flatMap(s -> s.expectations().stream())
                .flatMap((Expectation x) -> x.clauses().stream()).collect(Collectors.toSet());
        Set<String> cited = new TreeSet<>();
        engine.rules().rules().values().forEach(r -> cited.addAll(r.clauses()));
        cited.removeAll(expected);
        assertThat(cited).as("clauses cited by rules but expected by no scenario").isEmpty();
    }

    /**
     * A clause the catalogue marks as deciding is one rules decide: at least one rule cites it and a
     * scenario expects it (so a rule citing it fires there). A clause no rule can decide from facts says
     * why in the catalogue and is of another kind; so does each clause of the higher texts that does not
     * decide, since it was catalogued for rules to cite.
     */
    @Test
    void every_clause_the_catalogue_marks_as_deciding_has_a_rule_and_a_scenario() {
        Set<String> expected = scenarios.stream().flatMap(s -> s.expectations().stream())
                .flatMap((Expectation x) -> x.clauses().stream()).collect(Collectors.toSet());
        Set<String> ruled = new TreeSet<>();
        engine.rules().rules().values().forEach(r -> ruled.addAll(r.clauses()));
        List<String> problems = new ArrayList<>();
        for (Clause c : engine.clauses().clauses().values()) {
            if (c.decides() && !ruled.contains(c.id())) {
                problems.add(c.id() + " decides, but no rule cites it: write one, or say in the catalogue why it cannot be decided");
            }
            if (c.decides() && !expected.contains(c.id())) {
                problems.add(c.id() + " decides, but no scenario expects it");
            }
            if (!c.decides() && !c.id().startsWith("ZZ-") && (c.why() == null || c.why().isBlank())) {
                problems.add(c.id() + " is " + c.kind() + ": the catalogue must say why no rule decides it");
            }
        }
        assertThat(engine.clauses().clauses().values()).filteredOn(Clause::decides).hasSizeGreaterThan(40);
        assertThat(problems).as("clauses the catalogue marks as deciding").isEmpty();
    }

    @Test
    void every_rule_area_has_rules_parameters_and_scenarios_side_by_side() {
        Map<String, Set<String>> kinds = new TreeMap<>();
        for (RuleFile f : engine.files().files()) {
            if (f.area().isEmpty() || f.path().startsWith(WorkingDayCalendar.FOLDER + "/")) {
                continue;   // the root marker, and the calendar: a table of the whole rule set, not a rule area
            }
            String kind = f.isRules() ? "rules" : f.isParameters() ? "parameters" : f.isScenarios() ? "scenarios" : "other";
            kinds.computeIfAbsent(f.area(), a -> new TreeSet<>()).add(kind);
            String base = f.path().substring(f.path().lastIndexOf('/') + 1);
            assertThat(base).as("file %s is named after its area", f.path()).startsWith(f.area() + ".");
        }
        assertThat(kinds).isNotEmpty();
        kinds.forEach((area, present) -> assertThat(present).as("files of area %s", area)
                .containsExactlyInAnyOrder("rules", "parameters", "scenarios"));
    }
}
