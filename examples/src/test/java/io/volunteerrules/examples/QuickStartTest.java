package io.volunteerrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.json.Json;
import io.volunteerrules.drools.VolunteerRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void the_quick_start_prints_each_decision_with_reasons_in_both_languages() {
        VolunteerRules rules = VolunteerRules.builder().build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.print(rules.evaluate(Json.readRequest(QuickStart.bundledExample())), rules.ruleSetVersion(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("rule set sha256:")
                .contains("■ assignment:A-WANG (as of 2026-04-28): REFUSED")
                .contains("guardian-consent-not-valid-for-task [HN-8, CC-19]")
                .contains("zh: 王某在2026-05-01时为15周岁")
                .contains("en: 王某 is 15 on 2026-05-01")
                .contains("■ assignment:A-LI (as of 2026-04-28): ALLOWED")
                .contains("■ assignment:A-CHEN (as of 2026-04-28): REFUSED")
                .contains("insurance-coverage-gap")
                .contains("■ assignment:A-ZHANG (as of 2026-04-28): REFUSED")
                .contains("金水区青年志愿者协会 owes the training");
    }
}
