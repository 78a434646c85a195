package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.ruleset.RuleFile;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParameterReadsTest {

    private static VolunteerRules bundled;
    private static Map<String, Set<String>> reads;

    @BeforeAll
    static void record() {
        bundled = VolunteerRules.builder().build();
        reads = ParameterReads.recorded(bundled);
    }

    @Test
    void every_rule_is_listed_with_the_keys_its_conditions_read() {
        assertThat(reads.keySet()).isEqualTo(bundled.rules().names());
        assertThat(reads.get("capacity-full-adult")).containsExactly("capacity.full-age");
        assertThat(reads.get("record-field-missing")).contains("records.required-fields");
    }

    @Test
    void keys_a_helper_reads_for_the_rule_are_the_rules_too() {
        // StarTable.rows($p) builds the keys itself: no rule names stars.hours-for-level-3
        assertThat(reads.get("star-level-reached")).contains("stars.hours-for-level-1", "stars.hours-for-level-3");
        assertThat(bundled.files().rules().stream().map(RuleFile::text))
                .noneMatch(text -> text.contains("stars.hours-for-level-3"));
    }

    @Test
    void a_rule_without_parameters_reads_none_and_no_rule_is_credited_with_another_rules_reads() {
        assertThat(reads.get("service-record-pending")).isEmpty();
        assertThat(reads.get("capacity-full-adult")).doesNotContain("records.required-fields");
    }

    @Test
    void the_recording_copy_binds_each_rules_parameter_patterns_to_its_own_view() {
        String suitability = ParameterReads.rewritten(bundled.files()).rules().stream()
                .filter(f -> f.path().equals("suitability/suitability.drl")).findFirst().orElseThrow().text();
        assertThat(suitability).contains("$p : ParameterSet(reader == \"health-suits-task\")")
                .contains("ParameterSet(reader == \"health-not-declared\", flag(")
                .doesNotContain("ParameterSet()");
    }
}
