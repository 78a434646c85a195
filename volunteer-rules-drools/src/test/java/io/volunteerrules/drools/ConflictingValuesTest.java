package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two rules giving one question's value two different answers is an error naming both; the same answer is fine. */
class ConflictingValuesTest {

    private static VolunteerRules rules(String first, String second) {
        String drl = """
                package rules.values;
                import java.math.BigDecimal;
                import io.volunteerrules.drools.internal.facts.AssignmentCase;
                import io.volunteerrules.drools.internal.support.Findings;

                rule "values-first"
                    @clause("CC-17")
                    @zh("甲")
                    @en("first")
                when
                    $c : AssignmentCase()
                then
                    Findings.pass(kcontext, $c.subject());
                    Findings.value(kcontext, $c.subject(), "hours", new BigDecimal("%s"));
                end

                rule "values-second"
                    @clause("CC-17")
                    @zh("乙")
                    @en("second")
                when
                    $c : AssignmentCase()
                then
                    Findings.info(kcontext, $c.subject());
                    Findings.value(kcontext, $c.subject(), "hours", new BigDecimal("%s"));
                end
                """.formatted(first, second);
        return VolunteerRules.builder().ruleSetFiles(RuleSetFiles.of("test", List.of(
                new RuleFile("rule-set.yaml", "name: test\n".getBytes(StandardCharsets.UTF_8)),
                new RuleFile("values/values.drl", drl.getBytes(StandardCharsets.UTF_8))))).build();
    }

    @Test
    void two_rules_giving_one_value_two_answers_is_an_error_naming_both_rules_and_values() {
        VolunteerRules rules = rules("3", "5");
        assertThatThrownBy(() -> rules.evaluate(TestRequests.assignments(LocalDate.of(1990, 1, 1))))
                .isInstanceOf(ConflictingValuesException.class)
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("assignment:A1")
                .hasMessageContaining("\"hours\"")
                .hasMessageContaining("rule \"values-first\" gave 3")
                .hasMessageContaining("rule \"values-second\" gave 5")
                .satisfies(e -> {
                    ConflictingValuesException c = (ConflictingValuesException) e;
                    assertThat(c.subject()).isEqualTo("assignment:A1");
                    assertThat(c.name()).isEqualTo("hours");
                    assertThat(List.of(c.first(), c.second())).containsExactly(
                            new ConflictingValuesException.RuleValue("values-first", new BigDecimal("3")),
                            new ConflictingValuesException.RuleValue("values-second", new BigDecimal("5")));
                    assertThat(c.ruleSetVersion()).isEqualTo(rules.ruleSetVersion());
                });
    }

    @Test
    void two_rules_giving_one_value_the_same_answer_is_fine_whatever_its_scale() {
        Decision d = rules("3.0", "3").evaluate(TestRequests.assignments(LocalDate.of(1990, 1, 1))).get(0);
        assertThat(d.outcome().status()).isEqualTo("ALLOWED");
        assertThat(d.values()).containsEntry("hours", new BigDecimal("3"));
    }
}
