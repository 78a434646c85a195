package io.volunteerrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.CertificateQuestion;
import io.volunteerrules.drools.VolunteerRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example does what the README says, so that it cannot rot. */
class QuickStartTest {

    @Test
    void the_example_issues_a_certificate_through_a_succession_chain_and_prints_the_chain(@TempDir Path dir)
            throws Exception {
        VolunteerRules rules = VolunteerRules.builder().build();
        List<Decision> decisions = rules.evaluate(Json.readRequest(QuickStart.bundledExample()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        QuickStart.print(decisions, rules.ruleSetVersion(), out);
        QuickStart.issueCertificates(decisions, dir.resolve("register.db"), out);
        String text = bytes.toString(StandardCharsets.UTF_8);

        Decision certificate = decisions.stream().filter(d -> d.question() instanceof CertificateQuestion).findFirst()
                .orElseThrow();
        assertThat(certificate.outcome().status()).isEqualTo("ALLOWED");
        assertThat(certificate.values()).containsEntry("issuerId", "ORG-JS").containsEntry("path", "A");
        assertThat(text)
                .contains("1. ORG-OLD MERGED on 2025-06-30 → ORG-MID (MERGED_INTO) [ZZ-2.5, MCA-2015-3]")
                .contains("2. ORG-MID DISSOLVED on 2026-03-15 → ORG-JS (TOOK_OVER_WORK) [ZZ-2.5, MCA-2015-3]")
                .containsPattern("issued ZZZY-2026-\\d{8} on 2026-04-28 by 金水区青年志愿者协会")
                .contains("verified as issued: GENUINE")
                .contains("verified with its hours changed: NOT_GENUINE")
                .contains("(R-CHEN-2) records the same service as the record entered on 27 January 2025 (R-CHEN-1)");
        // the --json form carries the certificate and the chain too
        assertThat(Json.write(decisions)).contains("\"issuerChain\"").contains("\"TOOK_OVER_WORK\"")
                .contains("\"totalHours\"");
    }

    @Test
    void the_quick_start_prints_each_assignment_decision_with_reasons_in_both_languages() {
        VolunteerRules rules = VolunteerRules.builder().build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.print(rules.evaluate(Json.readRequest(QuickStart.bundledExample())), rules.ruleSetVersion(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("rule set sha256:")
                .contains("■ assignment:A-WANG (as of 2026-04-28): REFUSED")
                .contains("guardian-consent-not-valid-for-task [HN-8]")
                .contains("zh: 王某在2026年5月1日时为15周岁")
                .contains("en: 王某 is 15 on 1 May 2026")
                .contains("■ assignment:A-LI (as of 2026-04-28): ALLOWED")
                .contains("■ assignment:A-CHEN (as of 2026-04-28): REFUSED")
                .contains("insurance-coverage-gap")
                .contains("■ assignment:A-ZHANG (as of 2026-04-28): REFUSED")
                .contains("金水区青年志愿者协会 owes the training");
    }

    @Test
    void the_refusal_the_readme_shows_with_its_next_step_is_what_the_example_prints() throws Exception {
        VolunteerRules rules = VolunteerRules.builder().build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.print(rules.evaluate(Json.readRequest(QuickStart.bundledExample())), rules.ruleSetVersion(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> printed = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(readme.indexOf("<!-- quick-start-refusal"));
        block = block.substring(block.indexOf("```\n") + 4);
        List<String> shown = block.substring(0, block.indexOf("```")).lines().toList();

        assertThat(shown).hasSize(6).anyMatch(line -> line.startsWith("  → next step (zh): "));
        assertThat(printed).containsSubsequence(shown);
    }
}
