package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.lint.MessageCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a rule set from a directory at run time, and refusing one that cannot be used. */
class RulesDirectoryTest {

    private static VolunteerRules bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        bundled = VolunteerRules.builder().build();
    }

    @Test
    void a_copy_of_the_bundled_rules_decides_the_same_and_has_the_same_version() {
        VolunteerRules fromDir = VolunteerRules.builder().rulesDirectory(TestRequests.copyRuleSet(bundled, dir)).build();
        EvaluationRequest r = TestRequests.assignments(LocalDate.of(1990, 1, 1), LocalDate.of(2011, 3, 2),
                LocalDate.of(2019, 1, 1));
        assertThat(fromDir.ruleSetVersion()).isEqualTo(bundled.ruleSetVersion());
        assertThat(Json.write(fromDir.evaluate(r))).isEqualTo(Json.write(bundled.evaluate(r)));
    }

    @Test
    void changing_a_parameter_changes_the_version_and_the_decision_without_any_java() {
        TestRequests.copyRuleSet(bundled, dir);
        TestRequests.replace(dir.resolve("capacity/capacity.parameters.yaml"), "value: 18", "value: 20");
        VolunteerRules changed = VolunteerRules.builder().rulesDirectory(dir).build();
        EvaluationRequest nineteen = TestRequests.assignments(LocalDate.of(2007, 1, 1));
        assertThat(changed.ruleSetVersion()).isNotEqualTo(bundled.ruleSetVersion());
        assertThat(bundled.evaluate(nineteen).get(0).outcome().status()).isEqualTo("ALLOWED");
        assertThat(changed.evaluate(nineteen).get(0).outcome().status()).isEqualTo("REFUSED");
    }

    @Test
    void a_rule_without_a_clause_is_refused() throws IOException {
        assertThat(problemsOfRules("""
                rule "uncited"
                    @zh("无")
                    @en("none")
                """)).contains("rule \"uncited\" (rules.broken) has no @clause(\"…\") naming the clause it implements");
    }

    @Test
    void a_rule_whose_clause_metadata_is_malformed_is_refused_naming_the_rule_and_the_id() throws IOException {
        assertThat(problemsOfRules("""
                rule "full-width-comma"
                    @clause("HN-8，ZZ-2.4")
                    @zh("无")
                    @en("None")
                """, """
                rule "empty-id"
                    @clause("HN-8,,ZZ-2.4")
                    @zh("无")
                    @en("None")
                """)).containsExactlyInAnyOrder(
                "rule \"full-width-comma\" (rules.broken) has a malformed @clause(\"HN-8，ZZ-2.4\"): \"HN-8，ZZ-2.4\" "
                        + "is not a clause id such as ZZ-2.4 or MCA-CERT-11; separate ids with a comma (,), not ， or 、",
                "rule \"empty-id\" (rules.broken) has a malformed @clause(\"HN-8,,ZZ-2.4\"): \"HN-8,,ZZ-2.4\" has "
                        + "an empty clause id; separate ids with one comma each, as in \"ZZ-2.4, VSR-19\"");
    }

    @Test
    void a_rule_citing_an_unknown_clause_or_with_mismatched_messages_is_refused_with_every_problem() throws IOException {
        assertThat(problemsOfRules("""
                rule "cites-nothing-real"
                    @clause("ZZ-9.9, HN-8")
                    @zh("{a}")
                    @en("{a}")
                """, """
                rule "messages-disagree"
                    @clause("HN-8")
                    @zh("{volunteer}")
                    @en("{name}")
                """)).containsExactlyInAnyOrder(
                "rule \"cites-nothing-real\" (rules.broken) cites clause ZZ-9.9, which is not in the clause catalogue",
                "rule \"messages-disagree\" (rules.broken) uses placeholders [volunteer] in @zh but [name] in @en");
    }

    @Test
    void drl_that_does_not_compile_is_reported_with_its_file() throws IOException {
        writeArea("broken", """
                package rules.broken;
                rule "typo"
                    @clause("HN-8")
                when
                    NoSuchFact(x == 1)
                then
                end
                """);
        assertThatThrownBy(() -> VolunteerRules.builder().rulesDirectory(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("broken/broken.drl");
    }

    @Test
    void a_broken_parameter_table_is_refused_with_its_place() throws IOException {
        TestRequests.copyRuleSet(bundled, dir);
        TestRequests.replace(dir.resolve("capacity/capacity.parameters.yaml"), "value: 18", "value: eighteen");
        assertThatThrownBy(() -> VolunteerRules.builder().rulesDirectory(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("capacity/capacity.parameters.yaml: parameters[0].rows[0].value: expected a whole number but found \"eighteen\"");
    }

    @Test
    void a_directory_that_is_not_a_rule_set_is_refused() {
        assertThatThrownBy(() -> VolunteerRules.builder().rulesDirectory(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("has no rule-set.yaml at its root");
        assertThatThrownBy(() -> VolunteerRules.builder().rulesDirectory(dir.resolve("missing")).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("does not exist or is not a directory");
    }

    @Test
    void a_rule_whose_action_fails_gives_an_evaluation_exception_naming_the_rule() throws IOException {
        writeArea("broken", """
                package rules.broken;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                rule "fails-on-purpose"
                    @clause("HN-8")
                    @zh("失败")
                    @en("fails")
                when
                    AssignmentCase()
                then
                    int zero = 0;
                    int none = 1 / zero;
                end
                """);
        VolunteerRules broken = VolunteerRules.builder().rulesDirectory(dir).build();
        assertThatThrownBy(() -> broken.evaluate(TestRequests.assignments(LocalDate.of(1990, 1, 1))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("rule set " + broken.ruleSetVersion() + " failed")
                .hasMessageContaining("fails-on-purpose")
                .satisfies(e -> assertThat(((EvaluationException) e).ruleSetVersion()).isEqualTo(broken.ruleSetVersion()))
                .hasRootCauseInstanceOf(ArithmeticException.class)
                .hasRootCauseMessage("/ by zero");
    }

    @Test
    void a_rule_reading_a_parameter_no_table_defines_gives_an_evaluation_exception_naming_the_key() throws IOException {
        writeArea("broken", """
                package rules.broken;
                import io.volunteerrules.core.params.ParameterSet;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                import io.volunteerrules.drools.internal.support.Findings;
                rule "reads-a-misspelt-key"
                    @clause("HN-8")
                    @zh("读取参数")
                    @en("Reads a parameter")
                when
                    $p : ParameterSet()
                    $a : AssignmentCase()
                then
                    int age = $p.integer("capacity.ful-age");
                    Findings.info(kcontext, $a.subject());
                end
                """);
        VolunteerRules broken = VolunteerRules.builder().rulesDirectory(dir).build();
        assertThatThrownBy(() -> broken.evaluate(TestRequests.assignments(LocalDate.of(1990, 1, 1))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("reads-a-misspelt-key")
                .hasRootCauseInstanceOf(io.volunteerrules.core.params.UnknownParameterException.class)
                .rootCause().hasMessageStartingWith("unknown parameter capacity.ful-age: no parameter table of the rule set defines it");
    }

    @Test
    void a_question_no_rule_answers_gives_an_evaluation_exception() throws IOException {
        writeArea("silent", """
                package rules.silent;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                rule "says-nothing"
                    @clause("HN-8")
                    @zh("无")
                    @en("none")
                when
                    AssignmentCase(false)
                then
                end
                """);
        VolunteerRules silent = VolunteerRules.builder().rulesDirectory(dir).build();
        assertThatThrownBy(() -> silent.evaluate(TestRequests.assignments(LocalDate.of(1990, 1, 1))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("no rule of rule set " + silent.ruleSetVersion() + " answered the question assignment:A1");
    }

    /** A task needing a skill the bundled vocabulary does not name (rope-rescue) and one it does (first-aid). */
    private static final String SKILLS_REQUEST = """
            {"asOf": "2026-04-20",
             "organisations": [{"id": "ORG1", "name": "二七区志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION",
                                "legallyRegistered": true}],
             "activities": [{"id": "ACT1", "name": "社区义诊导引", "organiserId": "ORG1", "field": "COMMUNITY_SERVICE",
                             "startDate": "2026-05-01", "endDate": "2026-05-01"}],
             "tasks": [{"id": "T1", "activityId": "ACT1", "name": "现场引导", "minorsAllowed": true,
                        "requiredSkills": ["rope-rescue", "first-aid"]}],
             "volunteers": [{"id": "V1", "name": "李某", "birthDate": "1961-04-30"}],
             "assignments": [{"id": "A1", "taskId": "T1", "volunteerId": "V1", "arrangedOn": "2026-04-15",
                              "acceptance": "ACCEPTED", "respondedOn": "2026-04-16"}],
             "questions": [{"type": "assignment", "assignmentId": "A1"}]}
            """;

    private static Reason missingSkills(VolunteerRules engine) {
        return engine.evaluate(Json.readRequest(SKILLS_REQUEST)).get(0).allReasons().stream()
                .filter(r -> r.rule().equals("missing-required-skills")).findFirst().orElseThrow();
    }

    @Test
    void a_rules_directory_names_codes_in_its_own_vocabulary_over_the_bundled_names() throws IOException {
        TestRequests.copyRuleSet(bundled, dir);
        Files.writeString(dir.resolve("vocabulary.properties"), """
                # names this rule set adds, and one it changes
                skill.rope-rescue.zh = 绳索救援
                skill.rope-rescue.en = rope rescue
                skill.first-aid.zh = 现场急救
                skill.first-aid.en = on-site first aid
                """);
        VolunteerRules named = VolunteerRules.builder().rulesDirectory(dir).build();

        Reason before = missingSkills(bundled);
        assertThat(before.zh()).contains("“rope-rescue”").contains("急救");
        Reason after = missingSkills(named);
        assertThat(after.zh()).contains("绳索救援").contains("现场急救").doesNotContain("rope-rescue");
        assertThat(after.en()).contains("rope rescue").contains("on-site first aid");
        assertThat(after.nextStep().zh()).contains("绳索救援");
        assertThat(MessageCheck.renderedProblems(after.zh())).isEmpty();
        assertThat(MessageCheck.renderedProblems(before.zh())).singleElement().asString()
                .contains("shows the code “rope-rescue”, which has no name");
        // the vocabulary changes what decisions say, so it is part of the version
        assertThat(named.ruleSetVersion()).isNotEqualTo(bundled.ruleSetVersion());
        // the bundled engine is untouched by another rule set's names
        assertThat(missingSkills(bundled).zh()).isEqualTo(before.zh());
    }

    @Test
    void a_vocabulary_with_mistakes_is_refused_naming_each_line_and_what_is_wrong() throws IOException {
        writeArea("broken", """
                package rules.broken;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                rule "uncited"
                    @zh("无")
                    @en("None")
                when
                    AssignmentCase()
                then
                end
                """);
        Files.writeString(dir.resolve("vocabulary.properties"), """
                skill.rope-rescue.zh = 绳索救援
                skil.abseiling.zh = 速降
                skill.rope-rescue.fr = sauvetage
                skill.rope-rescue.en
                skill.rope-rescue.zh = 索降救援
                condition.asthma.en =
                """);
        assertThatThrownBy(() -> VolunteerRules.builder().rulesDirectory(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule \"uncited\" (rules.broken) has no @clause(\"…\")")
                .hasMessageContaining("vocabulary.properties:2: \"skil\" in \"skil.abseiling.zh\" is not a kind of code")
                .hasMessageContaining("vocabulary.properties:3: \"skill.rope-rescue.fr\" ends in \"fr\"")
                .hasMessageContaining("vocabulary.properties:4: \"skill.rope-rescue.en\" is not a name")
                .hasMessageContaining("vocabulary.properties:5: \"skill.rope-rescue.zh\" is named again (first on line 1)")
                .hasMessageContaining("vocabulary.properties:6: \"condition.asthma.en\" has no name")
                .hasMessageContaining("vocabulary.properties:1: \"skill.rope-rescue\" has a Chinese name but no English one");
    }

    /**
     * The problems the engine lists when built from a rules directory whose one area, {@code broken},
     * holds these rules: each a rule line with its metadata, given a condition on any assignment and an
     * empty consequence.
     */
    private List<String> problemsOfRules(String... rules) throws IOException {
        StringBuilder drl = new StringBuilder("""
                package rules.broken;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                """);
        for (String rule : rules) {
            drl.append(rule).append("when\n    AssignmentCase()\nthen\nend\n");
        }
        writeArea("broken", drl.toString());
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> VolunteerRules.builder().rulesDirectory(dir).build());
        assertThat(e).as("the rule set is refused").isNotNull();
        return e.problems();
    }

    private void writeArea(String area, String drl) throws IOException {
        Files.writeString(dir.resolve("rule-set.yaml"), "name: test\n");
        Files.createDirectories(dir.resolve(area));
        Files.writeString(dir.resolve(area + "/" + area + ".drl"), drl);
    }
}
