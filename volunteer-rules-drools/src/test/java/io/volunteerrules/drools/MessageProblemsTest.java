package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.core.scenario.ScenarioRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The message check of a scenario run ({@link ScenarioSuite#messageProblems}) reads the English a rule
 * renders as well as the Chinese: the build and {@code test --rules DIR} both rely on it.
 */
class MessageProblemsTest {

    private static final String SCENARIOS = """
            asOf: 2026-04-20
            question: {type: assignment, assignmentId: A1}
            background:
              organisations:
                - {id: ORG1, name: 二七区志愿者协会, kind: VOLUNTEER_SERVICE_ORGANISATION, legallyRegistered: true}
              activities:
                - {id: ACT1, name: 社区义诊导引, organiserId: ORG1, field: COMMUNITY_SERVICE, startDate: 2026-05-01, endDate: 2026-05-01}
              tasks:
                - {id: T1, activityId: ACT1, name: 现场引导, minorsAllowed: true, minAge: 18, maxAge: 70}
              volunteers:
                - {id: V1, name: 李某, birthDate: 1961-04-30}
              assignments:
                - {id: A1, taskId: T1, volunteerId: V1, arrangedOn: 2026-04-15, acceptance: ACCEPTED, respondedOn: 2026-04-16}
            scenarios:
              - name: A volunteer named as written in a scenario
                outcome: ALLOWED
              - name: A volunteer whose name as written repeats a word in lower case
                facts:
                  volunteers: [{id: V1, name: li li}]
                outcome: ALLOWED
            """;

    @Test
    void an_english_message_that_fails_the_check_is_reported_with_its_rule_and_first_scenario() {
        VolunteerRules engine = VolunteerRules.builder().build();
        List<Scenario> scenarios = ScenarioLoader.read("test/english.scenarios.yaml", SCENARIOS);
        ScenarioRunner runner = new ScenarioRunner(engine, engine.clauses(), engine.rules().names());
        List<ScenarioResult> results = scenarios.stream().map(runner::run).toList();
        assertThat(results).allMatch(ScenarioResult::passed);

        List<String> problems = ScenarioSuite.messageProblems(engine.rules(), results);
        assertThat(problems).anyMatch(p -> p.startsWith("age-within-task-range: \"Li li is 65")
                && p.contains("repeats the word \"Li\" (\"Li li\")")
                && p.endsWith("(test/english.scenarios.yaml: A volunteer whose name as written repeats a word in lower case)"));
        // the same rule rendered for 李某 passes in both languages
        assertThat(problems).noneMatch(p -> p.contains("李某"));
    }
}
