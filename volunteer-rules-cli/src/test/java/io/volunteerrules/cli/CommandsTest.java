package io.volunteerrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    static final String REQUEST = """
            {"asOf": "2026-04-20",
             "organisations": [{"id": "ORG1", "name": "金水区青年志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION", "legallyRegistered": true}],
             "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE", "hazardous": false,
                             "startDate": "2026-05-01", "endDate": "2026-05-01"}],
             "tasks": [{"id": "T1", "activityId": "ACT1", "name": "陪伴老人", "minorsAllowed": true}],
             "volunteers": [{"id": "V1", "name": "王某", "birthDate": "2009-03-02"}],
             "assignments": [{"id": "A1", "taskId": "T1", "volunteerId": "V1", "arrangedOn": "2026-04-15", "acceptance": "ACCEPTED", "respondedOn": "2026-04-16"}],
             "questions": [{"type": "assignment", "assignmentId": "A1"}]}
            """;

    @TempDir
    Path tmp;

    private Path export() {
        Path dir = tmp.resolve("rules");
        Cli c = Cli.run("export-rules", dir.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        return dir;
    }

    @Test
    void evaluate_reads_stdin_and_prints_decisions_as_json() throws IOException {
        Cli c = Cli.runWithInput(REQUEST, "evaluate");
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode decisions = Json.mapper().readTree(c.out());
        assertThat(decisions.isArray()).isTrue();
        assertThat(decisions.get(0).path("outcome").path("status").asText()).isEqualTo("REFUSED");
        assertThat(decisions.get(0).path("ruleSetVersion").asText()).startsWith("sha256:");
    }

    @Test
    void evaluate_exits_2_and_lists_every_problem_of_an_invalid_request() throws IOException {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, REQUEST.replace("\"birthDate\": \"2009-03-02\"", "\"birthDate\": \"someday\"")
                .replace("\"taskId\": \"T1\"", "\"taskId\": \"T9\""));
        Cli c = Cli.run("evaluate", file.toString());
        assertThat(c.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(Json.mapper().readTree(c.out()).path("errors").size()).isPositive();
        assertThat(c.err()).contains("birthDate");
    }

    @Test
    void evaluate_exits_2_on_malformed_json() {
        Cli c = Cli.runWithInput("{\"asOf\": ", "evaluate");
        assertThat(c.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(c.out()).contains("malformed");
    }

    @Test
    void evaluate_writes_a_masked_decision_log() throws IOException {
        Path log = tmp.resolve("decisions.jsonl");
        Cli c = Cli.runWithInput(REQUEST, "evaluate", "--decision-log", log.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        // names fully masked: not even the surname
        assertThat(Files.readString(log)).contains("\"outcome\":\"REFUSED\"").contains("***").doesNotContain("王某")
                .doesNotContain("王*");
    }

    @Test
    void test_passes_the_bundled_rules_and_ends_with_the_count() {
        Cli c = Cli.run("test");
        assertThat(c.exit()).as(c.out()).isZero();
        assertThat(c.lastLine()).matches("[1-9]\\d* passed, 0 failed");
    }

    @Test
    void test_prints_expected_and_actual_of_each_failure_and_exits_1() throws IOException {
        Path dir = export();
        Path scenarios = dir.resolve("capacity/capacity.scenarios.yaml");
        Files.writeString(scenarios, Files.readString(scenarios).replaceFirst("outcome: ALLOWED", "outcome: REFUSED"));
        Cli c = Cli.run("test", "--rules", dir.toString());
        assertThat(c.exit()).isEqualTo(Main.FAILED);
        assertThat(c.out()).contains("FAIL capacity/capacity.scenarios.yaml: An adult is of full capacity and may be assigned")
                .contains("expected REFUSED but was ALLOWED");
        assertThat(c.lastLine()).matches("\\d+ passed, 1 failed");
    }

    @Test
    void test_reports_each_rendered_message_that_fails_the_message_check_and_exits_1() throws IOException {
        Path dir = export();
        Path scenarios = dir.resolve("suitability/suitability.scenarios.yaml");
        // the scenarios still pass; what they render does not read as Chinese should
        Files.writeString(scenarios, Files.readString(scenarios) + """

                  - name: A volunteer whose name is written with ASCII punctuation
                    facts:
                      tasks: [{id: T1, minAge: 18, maxAge: 65}]
                      volunteers: [{id: V1, name: "Li, Mou"}]
                    outcome: ALLOWED

                  - name: A task needing a skill the vocabulary does not name
                    facts:
                      tasks: [{id: T1, requiredSkills: [rope-rescue]}]
                    outcome: REFUSED
                    rules: [missing-required-skills]
                """);
        Cli c = Cli.run("test", "--rules", dir.toString());
        assertThat(c.exit()).as(c.out()).isEqualTo(Main.FAILED);
        assertThat(c.out()).contains("MESSAGE age-within-task-range: \"Li, Mou在2026年5月1日时为65周岁")
                .contains("uses ASCII punctuation \",\"")
                .contains("(suitability/suitability.scenarios.yaml: A volunteer whose name is written with ASCII punctuation)")
                .contains("MESSAGE missing-required-skills: \"李某缺少任务“现场引导”要求的技能：“rope-rescue”\" shows the code "
                        + "“rope-rescue”, which has no name")
                .contains("MESSAGE missing-required-skills: next step: \"组织方安排具备“rope-rescue”技能的志愿者")
                .contains("message problems: a Chinese message is written with");
        assertThat(c.out()).doesNotContain("FAIL ");
        assertThat(c.lastLine()).matches("[1-9]\\d* passed, 0 failed");
    }

    @Test
    void test_takes_the_names_of_a_rules_directorys_own_vocabulary_and_reports_no_code_it_names() throws IOException {
        Path dir = export();
        Path scenarios = dir.resolve("suitability/suitability.scenarios.yaml");
        Files.writeString(scenarios, Files.readString(scenarios) + """

                  - name: A task needing a skill the rule set's own vocabulary names
                    facts:
                      tasks: [{id: T1, requiredSkills: [rope-rescue]}]
                    outcome: REFUSED
                    rules: [missing-required-skills]
                    messages: ["李某缺少任务“现场引导”要求的技能：绳索救援", "lacks skills the task \\"现场引导\\" requires: rope rescue"]
                """);
        Files.writeString(dir.resolve("vocabulary.properties"), """
                skill.rope-rescue.zh = 绳索救援
                skill.rope-rescue.en = rope rescue
                """);
        Cli c = Cli.run("test", "--rules", dir.toString());
        assertThat(c.out()).doesNotContain("MESSAGE").doesNotContain("FAIL ");
        assertThat(c.exit()).as(c.out()).isEqualTo(Main.OK);

        // a mistake in the file stops the rule set from being used, naming the line
        Files.writeString(dir.resolve("vocabulary.properties"), "skill.rope-rescue.zh = 绳索救援\n");
        Cli broken = Cli.run("test", "--rules", dir.toString());
        assertThat(broken.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(broken.err()).contains("vocabulary.properties:1: \"skill.rope-rescue\" has a Chinese name but no English one");
    }

    /** Two rules; the second refuses while no Capacity is known, inserting its finding as {@code FINDING} says. */
    static final String GATE_DRL = """
            package rules.gate;
            import io.volunteerrules.core.decision.Effect;
            import io.volunteerrules.drools.internal.facts.AssignmentCase;
            import io.volunteerrules.drools.internal.facts.Capacity;
            import io.volunteerrules.drools.internal.facts.CapacityLevel;
            import io.volunteerrules.drools.internal.facts.Finding;
            import io.volunteerrules.drools.internal.support.Findings;

            // CC-17: an adult is of full capacity.
            rule "gate-full-capacity"
                @clause("CC-17")
                @zh("{volunteer}为完全民事行为能力人")
                @en("{volunteer} is of full capacity")
            when
                $c : AssignmentCase()
            then
                INSERT(new Capacity($c.subject(), CapacityLevel.FULL));
                Findings.pass(kcontext, $c.subject(), "volunteer", $c.volunteerName());
            end

            // CC-17: without a capacity, refuse.
            rule "gate-no-capacity"
                @clause("CC-17")
                @zh("{volunteer}的民事行为能力未定")
                @en("{volunteer}'s capacity is not known")
                @nextZh("组织方核实{volunteer}的民事行为能力")
                @nextEn("the organiser checks {volunteer}'s civil capacity")
            when
                $c : AssignmentCase()
                not Capacity(subject == $c.subject)
            then
                FINDING
            end
            """;

    static final String GATE_SCENARIOS = """
            asOf: 2026-04-20
            question: {type: assignment, assignmentId: A1}
            background:
              organisations:
                - {id: ORG1, name: 金水区青年志愿者协会, kind: VOLUNTEER_SERVICE_ORGANISATION, legallyRegistered: true}
              activities:
                - {id: ACT1, name: 社区助老, organiserId: ORG1, field: ELDERLY_CARE, hazardous: false,
                   startDate: 2026-05-01, endDate: 2026-05-01}
              tasks:
                - {id: T1, activityId: ACT1, name: 陪伴老人, minorsAllowed: true}
              volunteers:
                - {id: V1, name: 王某, birthDate: 1990-03-02}
              assignments:
                - {id: A1, taskId: T1, volunteerId: V1, arrangedOn: 2026-04-15, acceptance: ACCEPTED, respondedOn: 2026-04-16}
            scenarios:
              - name: An adult may be assigned
                outcome: ALLOWED
                rules: [gate-full-capacity]
            """;

    private Path gateRules(String insert, String finding) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("gate-rules/gate"));
        Files.writeString(dir.getParent().resolve("rule-set.yaml"), "name: gate\n");
        Files.writeString(dir.resolve("gate.drl"), GATE_DRL.replace("INSERT", insert).replace("FINDING", finding));
        Files.writeString(dir.resolve("gate.scenarios.yaml"), GATE_SCENARIOS);
        return dir.getParent();
    }

    @Test
    void test_check_order_never_compiles_plain_inserts_the_linter_refuses_them_first() throws IOException {
        // the order check finds such a rule set when it is compiled without lint (RuleOrderCheckTest);
        // from the command line, lint refuses it before anything compiles
        Path dir = gateRules("insert",
                "insert(new Finding($c.subject(), \"gate-no-capacity\", Effect.REFUSE, java.util.Map.of(\"volunteer\", $c.volunteerName())));");
        Cli c = Cli.run("test", "--rules", dir.toString(), "--check-order=1");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Main.UNUSABLE);
        assertThat(c.err()).contains("lint: gate/gate.drl:").contains("[insert] insert(...)");
        assertThat(c.out()).doesNotContain("ORDER ");
    }

    @Test
    void test_check_order_passes_rules_that_insert_logically() throws IOException {
        Path dir = gateRules("insertLogical", "Findings.refuse(kcontext, $c.subject(), \"volunteer\", $c.volunteerName());");
        Cli c = Cli.run("test", "--rules", dir.toString(), "--check-order");
        assertThat(c.exit()).as(c.out() + c.err()).isZero();
        assertThat(c.out()).doesNotContain("ORDER ")
                .contains((1 + TestCommand.DEFAULT_SHUFFLES) + " orderings of the rules × 1 scenario: no decision depends on the order of the rules");
        assertThat(c.lastLine()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void test_exits_2_when_the_rules_do_not_compile() throws IOException {
        Path dir = export();
        Files.writeString(dir.resolve("training/training.drl"), "rule \"x\" when then", java.nio.file.StandardOpenOption.APPEND);
        Cli c = Cli.run("test", "--rules", dir.toString());
        assertThat(c.exit()).isEqualTo(Main.UNUSABLE);
        assertThat(c.err()).contains("training/training.drl:");
    }

    @Test
    void lint_passes_the_bundled_rules_and_rejects_a_hostile_file() throws IOException {
        assertThat(Cli.run("lint").exit()).isZero();
        Path dir = export();
        Path drl = dir.resolve("insurance/insurance.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^then$", "then\n    Runtime.getRuntime().exec(\"sh\");"));
        Cli c = Cli.run("lint", "--rules", dir.toString());
        assertThat(c.exit()).isEqualTo(Main.FAILED);
        assertThat(c.out()).contains("insurance/insurance.drl:").contains("[call] Runtime").contains("1 rejected");
    }

    /** Issue 14: every command that compiles --rules lints them first, so hostile code never compiles. */
    @Test
    void every_command_with_rules_refuses_a_directory_that_fails_lint() throws IOException {
        Path dir = export();
        Path drl = dir.resolve("insurance/insurance.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^then$", "then\n    Integer.getInteger(\"x\");"));
        for (String[] args : List.of(new String[] {"test", "--rules", dir.toString()},
                new String[] {"coverage", "--rules", dir.toString()},
                new String[] {"catalogue", "--rules", dir.toString(), "--out", dir.resolve("c.html").toString()},
                new String[] {"diff", "bundled", dir.toString()})) {
            Cli c = Cli.run(args);
            assertThat(c.exit()).as(String.join(" ", args)).isNotZero();
            assertThat(c.err()).as(String.join(" ", args)).contains("lint: insurance/insurance.drl:")
                    .contains("[call] Integer.getInteger");
        }
        Cli evaluate = Cli.runWithInput(REQUEST, "evaluate", "--rules", dir.toString());
        assertThat(evaluate.exit()).isNotZero();
        assertThat(evaluate.err()).contains("lint: insurance/insurance.drl:");
    }

    @Test
    void coverage_lists_rules_clauses_and_table_rows() {
        Cli c = Cli.run("coverage");
        assertThat(c.exit()).as(c.out()).isZero();
        assertThat(c.out()).containsPattern("Rules: \\d+ of \\d+ fired").containsPattern("Clauses: \\d+ of \\d+")
                .containsPattern("Parameter rows: \\d+ of \\d+ used")
                // read through a helper (StarTable), not named in any rule: still seen as used
                .containsPattern("used +stars.hours-for-level-3 2021-03-07\\.\\.")
                .containsPattern("used +capacity.full-age 2021-01-01\\.\\.");
    }

    @Test
    void diff_of_identical_rule_sets_changes_nothing() {
        Path dir = export();
        Cli c = Cli.run("diff", "bundled", dir.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("No decision changed.");
    }

    @Test
    void diff_lists_changed_decisions_by_clause_and_rule_with_before_and_after() throws IOException {
        Path dir = export();
        Path table = dir.resolve("capacity/capacity.parameters.yaml");
        Files.writeString(table, Files.readString(table).replaceFirst("value: 18", "value: 16"));
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("minor.json"), REQUEST);
        Cli c = Cli.run("diff", "bundled", dir.toString(), "--corpus", corpus.toString());
        assertThat(c.exit()).as(c.err()).isEqualTo(Main.FAILED);
        assertThat(c.out()).contains("Impact report: 1 of 1 decisions changed")
                .contains("== CC-17").contains("rule capacity-full-adult  [CC-17, CC-18]  (1 decision)")
                .contains("minor.json / assignment:A1")
                .contains("before: REFUSED").contains("after:  ALLOWED")
                .contains("+ INFO capacity-full-adult: 王某 is 17");
    }

    @Test
    void catalogue_writes_each_clause_with_its_rules_parameters_and_scenarios() throws IOException {
        Path html = tmp.resolve("site/catalogue.html");
        Cli c = Cli.run("catalogue", "--out", html.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<section id=\"ZZ-2.3\">")
                .contains("<code>insurance-missing</code>").contains("<code>capacity.full-age</code>")
                .contains("An adult is of full capacity and may be assigned");
    }

    @Test
    void catalogue_gives_each_rule_the_line_of_its_rule_keyword_and_the_parameters_it_was_seen_reading() throws IOException {
        Path dir = export();
        java.util.List<String> lines = Files.readAllLines(dir.resolve("stars/stars.drl"));
        int line = lines.indexOf("rule \"star-level-reached\"") + 1;
        assertThat(line).isPositive();
        String page = CatalogueCommand.render(io.volunteerrules.drools.VolunteerRules.builder().rulesDirectory(dir).build(), "test");
        String row = page.substring(page.indexOf("<tr><td><code>star-level-reached</code>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("stars/stars.drl:" + line + "<")
                // read through StarTable.rows($p): no rule names the key, the recorded reads have it
                .contains("stars.hours-for-level-3");
    }

    @Test
    void convert_table_writes_xlsx_that_the_rules_directory_reads() throws IOException {
        Path dir = export();
        Cli c = Cli.run("convert-table", dir.resolve("capacity/capacity.parameters.yaml").toString(), "--to", "xlsx");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(dir.resolve("capacity/capacity.parameters.xlsx")).exists();
        assertThat(dir.resolve("capacity/capacity.parameters.yaml")).doesNotExist();
        Cli t = Cli.run("test", "--rules", dir.toString());
        assertThat(t.exit()).as(t.out()).isZero();
    }

    @Test
    void progress_goes_to_stderr_only() {
        Cli c = Cli.run("test", "--progress");
        assertThat(c.err()).contains("test ").contains("(100%)");
        assertThat(c.out()).doesNotContain("(100%)");
    }
}
