package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.ruleset.DrlRules;
import io.volunteerrules.core.ruleset.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * No bundled decision depends on where a rule sits in its file: every DRL file with its rules
 * reversed, and every file's rules shuffled with several seeds, gives every bundled scenario exactly the
 * decisions of the rules as written (outcome, reasons and their wording, values).
 */
class RuleOrderTest {

    /** Seeded shuffles beside the per-file reversals; each is one compile and one run of every scenario. */
    static final int SHUFFLES = 10;

    @Test
    void no_bundled_decision_depends_on_the_order_of_the_rules() {
        VolunteerRules bundled = VolunteerRules.builder().build();
        RuleOrderCheck.Report report = RuleOrderCheck.run(bundled, SHUFFLES);

        // the changes first: when some scenario changed, the report also holds one reversal per file
        // (naming the files whose order matters), and its summary is what a reader needs to see
        assertThat(report.changes()).as(report.summary()).isEmpty();
        assertThat(report.variants()).hasSize(1 + SHUFFLES);
        assertThat(report.scenarios()).isGreaterThan(200);
    }

    @Test
    void every_bundled_drl_file_parses_into_rules_that_write_it_back_unchanged() {
        VolunteerRules bundled = VolunteerRules.builder().build();
        for (RuleFile f : bundled.files().rules()) {
            DrlRules drl = DrlRules.parse(f.path(), f.text());
            assertThat(drl.text()).as(f.path()).isEqualTo(f.text());
            assertThat(drl.rules().stream().map(DrlRules.Rule::name).toList()).as(f.path())
                    .containsExactlyInAnyOrderElementsOf(bundled.rules().rules().values().stream()
                            .filter(r -> f.area().equals(r.area())).map(RuleInfo::name).toList());
        }
    }
}
