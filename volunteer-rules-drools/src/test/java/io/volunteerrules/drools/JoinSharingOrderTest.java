package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.ruleset.DrlRules;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.ScenarioResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The commendation rules sum facts that other rules of the same file derive (a candidate's service,
 * evaluations, open complaints). With Drools' join-node sharing on, three of these four orders of
 * incentives.drl left an open complaint or an evaluation uncounted (a candidate under review came out
 * allowed); the rule base is built without that sharing, and every order gives the decisions of the
 * file as written.
 */
class JoinSharingOrderTest {

    @Test
    void the_commendation_sums_see_what_is_derived_whatever_the_order_of_incentives_rules() {
        VolunteerRules bundled = VolunteerRules.builder().build();
        List<ScenarioResult> written = ScenarioSuite.of(bundled).run().results();
        RuleFile incentives = bundled.files().rules().stream()
                .filter(f -> f.path().endsWith("incentives.drl")).findFirst().orElseThrow();
        DrlRules drl = DrlRules.parse(incentives.path(), incentives.text());
        for (int seed = 1; seed <= 4; seed++) {
            String shuffled = drl.shuffled(new Random(seed));
            List<RuleFile> files = new ArrayList<>();
            for (RuleFile f : bundled.files().files()) {
                files.add(f == incentives ? new RuleFile(f.path(), shuffled.getBytes(StandardCharsets.UTF_8)) : f);
            }
            VolunteerRules reordered = VolunteerRules.builder()
                    .ruleSetFiles(RuleSetFiles.of("incentives shuffled with seed " + seed, files))
                    .clauseCatalogue(bundled.clauses()).withoutLint().build();
            List<ScenarioResult> after = ScenarioSuite.of(reordered).run().results();
            for (int i = 0; i < written.size(); i++) {
                assertThat(outcomes(after.get(i)))
                        .as("seed %d: %s", seed, written.get(i).scenario().title())
                        .isEqualTo(outcomes(written.get(i)));
            }
        }
    }

    /** Each decision's outcome with its reasons, values and context: everything but the rule set's version. */
    private static List<String> outcomes(ScenarioResult r) {
        return r.decisions().stream().map(d -> d.outcome() + " " + d.values() + " " + d.context()).toList();
    }
}
