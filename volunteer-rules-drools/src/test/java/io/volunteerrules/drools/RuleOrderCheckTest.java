package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order check finds a rule set whose decision depends on rule order, names the file, and passes
 * the same rules once they insert logically.
 */
class RuleOrderCheckTest {

    private static RuleSetFiles orderDependent() throws URISyntaxException {
        return RuleSetFiles.fromDirectory(Path.of(RuleOrderCheckTest.class.getResource("/order-dependent").toURI()));
    }

    @Test
    void a_plain_insert_under_not_is_caught_and_its_file_named() throws URISyntaxException {
        // the linter would refuse these plain inserts: the order check is the second line of defence
        assertThatThrownBy(() -> VolunteerRules.builder().ruleSetFiles(orderDependent()).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("[insert] insert(...)");
        VolunteerRules rules = VolunteerRules.builder().ruleSetFiles(orderDependent()).withoutLint().build();

        RuleOrderCheck.Report report = RuleOrderCheck.run(rules, 2);

        assertThat(report.orderIndependent()).isFalse();
        assertThat(report.summary()).endsWith("1 scenario's decisions depend on the order of the rules");
        assertThat(report.changes()).extracting(RuleOrderCheck.Change::variant)
                .contains("rules of every file reversed", "rules of gate/gate.drl reversed");
        RuleOrderCheck.Change reversed = report.changes().stream()
                .filter(c -> c.variant().equals("rules of gate/gate.drl reversed")).findFirst().orElseThrow();
        assertThat(reversed.scenario()).isEqualTo("gate/gate.scenarios.yaml: An adult is of full capacity and may be assigned");
        assertThat(reversed.what()).contains("assignment:A1").contains("gate-no-capacity");
        assertThat(reversed.what()).containsAnyOf("ALLOWED became REFUSED", "REFUSED became ALLOWED");
    }

    @Test
    void the_same_rules_inserting_logically_through_the_helpers_do_not_depend_on_order() throws URISyntaxException {
        RuleSetFiles files = orderDependent();
        List<RuleFile> fixed = files.files().stream().map(f -> !f.isRules() ? f : new RuleFile(f.path(), f.text()
                .replace("insert(new Capacity(", "insertLogical(new Capacity(")
                .replace("insert(new Finding($c.subject(), \"gate-no-capacity\", Effect.REFUSE, java.util.Map.of(\"volunteer\", $c.volunteerName())));",
                        "Findings.refuse(kcontext, $c.subject(), \"volunteer\", $c.volunteerName());")
                .getBytes(StandardCharsets.UTF_8))).toList();
        assertThat(fixed.stream().filter(RuleFile::isRules).findFirst().orElseThrow().text()).doesNotContain("insert(");
        VolunteerRules rules = VolunteerRules.builder().ruleSetFiles(RuleSetFiles.of("fixed", fixed)).build();

        RuleOrderCheck.Report report = RuleOrderCheck.run(rules, 2);

        assertThat(report.changes()).isEmpty();
        assertThat(report.variants()).containsExactly("rules of every file reversed",
                "rules of every file shuffled (seed 1)", "rules of every file shuffled (seed 2)");
        assertThat(report.summary()).isEqualTo("3 orderings of the rules × 1 scenario: no decision depends on the order of the rules");
    }
}
