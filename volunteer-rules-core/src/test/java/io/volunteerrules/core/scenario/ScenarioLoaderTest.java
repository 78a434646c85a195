package io.volunteerrules.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.request.AssignmentQuestion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private static final String FILE = """
            asOf: 2026-04-20
            question: {type: assignment, assignmentId: A1}
            background:
              volunteers:
                - {id: V1, name: 王某, birthDate: 1990-01-01, skills: [a, b]}
              guardianConsents:
                - {id: GC1, volunteerId: V1, guardianName: 王父, scope: ALL_ACTIVITIES, validFrom: 2026-01-01}
            scenarios:
              - name: merges by id and keeps the rest
                facts:
                  volunteers:
                    - {id: V1, birthDate: 2011-01-01, skills: [c]}
                    - {id: V2, name: 李某, birthDate: 2000-01-01}
                remove:
                  guardianConsents: [GC1]
                outcome: REFUSED
                clauses: [HN-8]
              - name: a field set to null becomes absent
                asOf: 2026-01-01
                facts:
                  volunteers: [{id: V1, birthDate: null}]
                error: ["volunteers[0].birthDate: must not be null"]
            """;

    @Test
    void read_merges_facts_into_the_background_by_id() {
        List<Scenario> scenarios = ScenarioLoader.read("f.yaml", FILE);
        Scenario first = scenarios.get(0);
        assertThat(first.asOf()).hasToString("2026-04-20");
        assertThat(first.request().get("volunteers")).hasSize(2);
        assertThat(first.request().at("/volunteers/0/name").asText()).isEqualTo("王某");
        assertThat(first.request().at("/volunteers/0/birthDate").asText()).isEqualTo("2011-01-01");
        assertThat(first.request().at("/volunteers/0/skills")).hasSize(1);
        assertThat(first.request().get("guardianConsents")).isEmpty();
        assertThat(first.request().at("/questions/0/assignmentId").asText()).isEqualTo("A1");
        assertThat(first.expectations()).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo("REFUSED");
            assertThat(x.clauses()).containsExactly("HN-8");
        });
    }

    @Test
    void read_does_not_let_one_scenario_change_the_background_of_another() {
        List<Scenario> scenarios = ScenarioLoader.read("f.yaml", FILE);
        assertThat(scenarios.get(1).request().get("guardianConsents")).hasSize(1);
        assertThat(scenarios.get(1).request().at("/volunteers/0/birthDate").isNull()).isTrue();
        assertThat(scenarios.get(1).expectsError()).isTrue();
    }

    @Test
    void read_reports_every_problem_of_a_file_with_its_place() {
        String bad = """
                scenarios:
                  - name: no date and a typo
                    outcom: ALLOWED
                  - name: bad outcome
                    asOf: 2026-01-01
                    question: {type: assignment, assignmentId: A1}
                    outcome: MAYBE
                  - name: removes what is not there
                    asOf: 2026-01-01
                    remove: {volunteers: [V9]}
                    question: {type: assignment, assignmentId: A1}
                    outcome: ALLOWED
                """;
        assertThatThrownBy(() -> ScenarioLoader.read("bad.yaml", bad))
                .isInstanceOfSatisfying(ScenarioFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "bad.yaml: scenarios[0].outcom: unknown field (known: asOf, clauses, error, expect, facts, messages, name, notRules, outcome, parameters, question, remove, rules, values)",
                        "bad.yaml: \"no date and a typo\".asOf: must be given (here or at the top of the file)",
                        "bad.yaml: \"bad outcome\".outcome: must be one of ALLOWED, REFUSED, NEEDS_REVIEW",
                        "bad.yaml: \"bad outcome\": expects nothing: give outcome, expect or error",
                        "bad.yaml: \"removes what is not there\".remove.volunteers: no item with id \"V9\" in the background"));
    }

    @Test
    void runner_reports_expected_against_actual() {
        Scenario s = ScenarioLoader.read("f.yaml", FILE).get(0);
        Reason allowed = new Reason("capacity-full-adult", List.of("CC-17"), Effect.INFO, "成年", "an adult");
        Evaluator evaluator = request -> List.of(new Decision(new AssignmentQuestion("A1"), request.asOf(),
                new Outcome.Allowed(List.of(allowed)), List.of(), null, "sha256:x"));
        ScenarioResult result = new ScenarioRunner(evaluator, ClauseCatalogue.bundled(), Set.of("capacity-full-adult"))
                .run(s);
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0)).startsWith("assignment:A1: expected REFUSED but was ALLOWED");
        assertThat(result.failures().get(1)).isEqualTo(
                "assignment:A1: expected clause HN-8 to be cited, but the decision cites [CC-17]");
    }

    @Test
    void runner_fails_a_scenario_that_cites_an_unknown_clause_or_rule() {
        String yaml = """
                asOf: 2026-01-01
                scenarios:
                  - name: cites what does not exist
                    question: {type: assignment, assignmentId: A1}
                    outcome: ALLOWED
                    clauses: [ZZ-9.9]
                    rules: [no-such-rule]
                """;
        Scenario s = ScenarioLoader.read("f.yaml", yaml).get(0);
        Reason r = new Reason("a", List.of("CC-17"), Effect.PASS, "z", "e");
        ScenarioResult result = new ScenarioRunner(req -> List.of(new Decision(new AssignmentQuestion("A1"), req.asOf(),
                new Outcome.Allowed(List.of(r)), List.of(), null, "v")), ClauseCatalogue.bundled(), Set.of("a")).run(s);
        assertThat(result.failures()).contains("cites unknown clause ZZ-9.9", "names unknown rule no-such-rule");
    }

    @Test
    void a_scenario_may_set_parameters_and_an_evaluator_that_cannot_set_them_fails_it() {
        String yaml = """
                asOf: 2026-01-01
                scenarios:
                  - name: switched off
                    question: {type: assignment, assignmentId: A1}
                    parameters: {timebank.enabled: false, capacity.hazardous-rescue-fields: [DISASTER_RELIEF]}
                    outcome: ALLOWED
                """;
        Scenario s = ScenarioLoader.read("f.yaml", yaml).get(0);
        assertThat(s.parameters()).containsEntry("timebank.enabled", "false")
                .containsEntry("capacity.hazardous-rescue-fields", List.of("DISASTER_RELIEF"));
        Reason r = new Reason("a", List.of("CC-17"), Effect.PASS, "z", "e");
        ScenarioResult result = new ScenarioRunner(req -> List.of(new Decision(new AssignmentQuestion("A1"), req.asOf(),
                new Outcome.Allowed(List.of(r)), List.of(), null, "v")), ClauseCatalogue.bundled(), Set.of("a")).run(s);
        assertThat(result.failures()).singleElement().asString()
                .startsWith("sets parameters that cannot be used: this evaluator cannot set parameters");
    }

    @Test
    void parameters_at_the_top_of_a_file_apply_to_every_scenario_and_a_scenario_overrides_them() {
        String yaml = """
                asOf: 2026-01-01
                question: {type: time-bank-balance, volunteerId: V1}
                parameters: {timebank.enabled: true, timebank.opened-on: 2024-01-01}
                scenarios:
                  - name: open
                    outcome: ALLOWED
                  - name: closed
                    parameters: {timebank.enabled: false}
                    outcome: NEEDS_REVIEW
                """;
        List<Scenario> s = ScenarioLoader.read("f.yaml", yaml);
        assertThat(s.get(0).parameters()).containsExactlyEntriesOf(
                java.util.Map.of("timebank.enabled", "true", "timebank.opened-on", "2024-01-01"));
        assertThat(s.get(1).parameters()).containsEntry("timebank.enabled", "false")
                .containsEntry("timebank.opened-on", "2024-01-01");
    }

    @Test
    void parameters_at_the_top_of_a_file_must_be_a_map() {
        String yaml = """
                asOf: 2026-01-01
                parameters: [timebank.enabled]
                scenarios:
                  - name: open
                    question: {type: time-bank-balance, volunteerId: V1}
                    outcome: ALLOWED
                """;
        assertThatThrownBy(() -> ScenarioLoader.read("f.yaml", yaml)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("f.yaml.parameters: must be a map of parameter keys to values");
    }
}
