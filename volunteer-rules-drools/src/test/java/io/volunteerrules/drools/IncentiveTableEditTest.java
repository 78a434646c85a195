package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.core.scenario.ScenarioResult;
import io.volunteerrules.core.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy staff edit the star and time-bank tables, not Java: these tests copy the bundled rule set to
 * a directory, change one row of a parameter table (stars, timebank) and build the engine from it.
 */
class IncentiveTableEditTest {

    private static final String STARS = "stars/stars.parameters.yaml";

    private static VolunteerRules bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildBundled() {
        bundled = VolunteerRules.builder().build();
    }

    @Test
    void changing_one_star_threshold_changes_exactly_the_scenarios_it_affects() throws IOException {
        // both engines compiled from a directory, so that only the edit differs between them
        VolunteerRules unedited = engineWith(STARS, UnaryOperator.identity());
        VolunteerRules edited = engineWith(STARS, t -> replaceOnce(t, "value: 600", "value: 500"));

        Map<String, String> before = outcomes(unedited);
        Map<String, String> after = outcomes(edited);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        Set<String> changed = new TreeSet<>();
        before.forEach((title, outcome) -> {
            if (!outcome.equals(after.get(title))) {
                changed.add(title);
            }
        });
        // 300 to 599.5 hours is two stars with the bundled table; with the three-star threshold at 500,
        // 500 hours or more is three stars and two stars are 200 hours from the next level.
        assertThat(changed).containsExactlyInAnyOrder(
                "stars/stars.scenarios.yaml: Exactly 300 hours is two stars",
                "stars/stars.scenarios.yaml: 599.5 hours is still two stars",
                "incentives/incentives.scenarios.yaml: A two-star volunteer is below the city's star criterion and goes to review, not refused",
                "incentives/incentives.scenarios.yaml: A two-star volunteer may be given preferential community services",
                "incentives/incentives.scenarios.yaml: A two-star volunteer is below the three stars listed for schooling");
        assertThat(edited.ruleSetVersion()).isNotEqualTo(unedited.ruleSetVersion());
        assertThat(unedited.ruleSetVersion()).isEqualTo(bundled.ruleSetVersion());
    }

    @Test
    void a_threshold_changed_from_a_given_day_rates_by_the_row_in_force_on_the_as_of_date() throws IOException {
        VolunteerRules edited = engineWith(STARS, t -> replaceOnce(t, """
                  - key: stars.hours-for-level-1
                    description: Verified cumulative service hours for the one-star level
                    type: decimal
                    unit: hours
                    rows:
                      - from: 2021-03-07
                """, """
                  - key: stars.hours-for-level-1
                    description: Verified cumulative service hours for the one-star level
                    type: decimal
                    unit: hours
                    rows:
                      - from: 2027-01-01
                        value: 80
                        source: a new threshold from 2027 (test)
                        clause: ZZ-2.4
                      - from: 2021-03-07
                        to: 2026-12-31
                """));

        Decision lastDayOfOldRow = edited.evaluate(starRequest("2026-12-31", "90", List.of("90"))).get(0);
        Decision firstDayOfNewRow = edited.evaluate(starRequest("2027-01-01", "90", List.of("90"))).get(0);

        assertThat(lastDayOfOldRow.values()).containsEntry("starLevel", 0);
        assertThat(lastDayOfOldRow.values().get("hoursToNextLevel")).hasToString("10");
        assertThat(firstDayOfNewRow.values()).containsEntry("starLevel", 1);
        assertThat(messages(firstDayOfNewRow)).anyMatch(m -> m.contains("the star table in force on 1 January 2027 asks 80 hours"));
    }

    @Test
    void quality_counts_by_default_so_a_level_waits_for_its_minimum_evaluation() throws IOException {
        // HN-41 rates on service time and quality: 650 hours reach three stars by time, but three stars
        // need an average of 80 and two need 70
        Decision evaluated75 = bundled.evaluate(starRequest("2026-06-30", "650", List.of("70", "80"))).get(0);
        Decision evaluated80 = bundled.evaluate(starRequest("2026-06-30", "650", List.of("80", "80"))).get(0);
        Decision neverEvaluated = bundled.evaluate(starRequest("2026-06-30", "650", List.of())).get(0);
        // a city that lowers the three-star minimum to 75 lets the same volunteer apply for three stars
        VolunteerRules edited = engineWith(STARS, t -> replaceOnce(t, "value: 80", "value: 75"));
        Decision lowered = edited.evaluate(starRequest("2026-06-30", "650", List.of("70", "80"))).get(0);

        assertThat(evaluated75.values()).containsEntry("starLevel", 2).containsEntry("nextLevel", 3);
        assertThat(evaluated75.values().get("hoursToNextLevel")).hasToString("0");
        assertThat(messages(evaluated75)).anyMatch(m -> m.contains("and an average evaluation of at least 80 (now 75)"));
        assertThat(evaluated80.values()).containsEntry("starLevel", 3);
        assertThat(neverEvaluated.values()).containsEntry("starLevel", 0);
        assertThat(neverEvaluated.outcome().status()).isEqualTo("NEEDS_REVIEW");
        assertThat(neverEvaluated.firedRules()).contains("star-level-awaits-quality-evaluation");
        assertThat(lowered.values()).containsEntry("starLevel", 3);
    }

    @Test
    void opening_the_time_bank_from_a_day_banks_service_from_that_day_without_a_java_change() throws IOException {
        VolunteerRules edited = engineWith("timebank/timebank.parameters.yaml", t -> replaceOnce(replaceOnce(t,
                "value: false", "value: true"), "value: 2021-03-07", "value: 2026-04-01"));
        String request = """
                {"asOf": "2026-06-30",
                 "volunteers": [{"id": "V1", "name": "赵某", "birthDate": "1958-08-08"}],
                 "organisations": [{"id": "ORG1", "name": "金水区志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION"}],
                 "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE",
                                 "startDate": "2020-01-01", "endDate": "2026-12-31", "place": "文化路街道",
                                 "content": "陪伴老人", "personInCharge": "周某"}],
                 "serviceRecords": [
                   {"id": "R1", "volunteerId": "V1", "activityId": "ACT1", "date": "2026-03-31", "hours": 6, "status": "VERIFIED"},
                   {"id": "R2", "volunteerId": "V1", "activityId": "ACT1", "date": "2026-04-01", "hours": 4, "status": "VERIFIED"}],
                 "questions": [{"type": "time-bank-balance", "volunteerId": "V1"}]}
                """;

        Decision opened = edited.evaluate(Json.readRequest(request)).get(0);
        Decision closed = bundled.evaluate(Json.readRequest(request)).get(0);

        assertThat(opened.outcome().status()).isEqualTo("ALLOWED");
        assertThat(opened.values().get("balance")).hasToString("4");
        assertThat(closed.outcome().status()).isEqualTo("NEEDS_REVIEW");
        assertThat(closed.firedRules()).contains("time-bank-not-in-operation").doesNotContain("time-bank-balance");
    }

    private VolunteerRules engineWith(String file, UnaryOperator<String> edit) throws IOException {
        for (RuleFile f : bundled.files().files()) {
            Path target = dir.resolve(f.path());
            Files.createDirectories(target.getParent() == null ? dir : target.getParent());
            String text = f.text();
            Files.writeString(target, f.path().equals(file) ? edit.apply(text) : text, StandardCharsets.UTF_8);
        }
        return VolunteerRules.builder().rulesDirectory(dir).build();
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
        return text.replace(from, to);
    }

    /**
     * Every bundled scenario's outcome under an engine: status and values of each decision (messages
     * are left out: a three-star decision cites the three-star threshold, so its words change with it).
     */
    private static Map<String, String> outcomes(VolunteerRules engine) {
        List<Scenario> scenarios = new ArrayList<>();
        for (RuleFile f : bundled.files().scenarios()) {
            scenarios.addAll(ScenarioLoader.read(f.path(), f.text()));
        }
        ScenarioRunner runner = new ScenarioRunner(engine, engine.clauses(), engine.rules().names());
        Map<String, String> out = new TreeMap<>();
        for (Scenario s : scenarios) {
            ScenarioResult r = runner.run(s);
            out.put(s.title(), r.decisions().stream()
                    .map(d -> d.outcome().status() + " " + d.values())
                    .collect(Collectors.joining(" | ")));
        }
        return out;
    }

    private static List<String> messages(Decision d) {
        return d.allReasons().stream().map(Reason::en).sorted().toList();
    }

    private static io.volunteerrules.core.request.EvaluationRequest starRequest(String asOf, String hours,
            List<String> scores) {
        StringBuilder evaluations = new StringBuilder();
        for (int i = 0; i < scores.size(); i++) {
            evaluations.append(i == 0 ? "" : ",").append("""
                    {"id": "E%d", "volunteerId": "V1", "evaluatedOn": "2026-05-0%d", "rating": "良好", "score": %s}""".formatted(i, i + 1,
                    scores.get(i)));
        }
        return Json.readRequest("""
                {"asOf": "%s",
                 "volunteers": [{"id": "V1", "name": "李某", "birthDate": "1990-03-15"}],
                 "organisations": [{"id": "ORG1", "name": "金水区志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION"}],
                 "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE",
                                 "startDate": "2020-01-01", "endDate": "2026-12-31", "place": "文化路街道",
                                 "content": "陪伴老人", "personInCharge": "周某"}],
                 "serviceRecords": [{"id": "R1", "volunteerId": "V1", "activityId": "ACT1", "date": "2026-05-01",
                                     "hours": %s, "status": "VERIFIED"}],
                 "evaluations": [%s],
                 "questions": [{"type": "star-rating", "volunteerId": "V1"}]}
                """.formatted(asOf, hours, evaluations));
    }
}
