package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterRow;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading principle 5: a parameter row is in force from its source's effective date, never before.
 * Every row of every bundled table is checked against the day the text of its clause is in force
 * (the clause catalogue's table of dates), and a rule set with a row that starts earlier is refused.
 */
class SourceDatesTest {

    private static final ClauseCatalogue CATALOGUE = ClauseCatalogue.bundled();

    @Test
    void the_catalogue_dates_each_text_from_the_day_it_is_in_force() {
        assertThat(CATALOGUE.effective()).containsAllEntriesOf(Map.of(
                "ZZ", LocalDate.of(2021, 3, 7),          // the opinions' date of issue
                "VSR", LocalDate.of(2017, 12, 1),        // 志愿服务条例
                "HN", LocalDate.of(2019, 3, 1),          // 河南省志愿服务条例
                "MCA-CERT", LocalDate.of(2021, 2, 1),    // 志愿服务记录与证明出具办法(试行)
                "PIPL", LocalDate.of(2021, 11, 1),
                "CC", LocalDate.of(2021, 1, 1)));        // 民法典
        assertThat(CATALOGUE.effective()).containsOnlyKeys(CATALOGUE.texts().keySet());
        assertThat(CATALOGUE.inForceFrom("MCA-CERT-11")).contains(LocalDate.of(2021, 2, 1));
        assertThat(CATALOGUE.inForceFrom("MCA-2015-3")).contains(LocalDate.of(2015, 8, 25));
    }

    @Test
    void every_row_of_every_bundled_table_starts_on_or_after_its_sources_effective_date() {
        VolunteerRules engine = VolunteerRules.builder().build();
        List<String> late = new ArrayList<>();
        int rows = 0;
        for (Parameter p : engine.parameters().parameters().values()) {
            for (ParameterRow row : p.rows()) {
                rows++;
                for (String clause : row.clauses()) {
                    LocalDate from = CATALOGUE.inForceFrom(clause).orElse(LocalDate.MAX);
                    if (row.from().isBefore(from)) {
                        late.add(p.key() + " from " + row.from() + " cites " + clause + " (in force " + from + ")");
                    }
                }
            }
        }
        assertThat(rows).isGreaterThan(50);
        assertThat(late).as("rows in force before their source").isEmpty();
        assertThat(CATALOGUE.rowsBeforeTheirSource(engine.parameters().parameters().values())).isEmpty();
        assertThat(engine.parameters().allInForceFrom()).contains(LocalDate.of(2021, 3, 7));
    }

    @Test
    void a_rule_set_with_a_row_in_force_before_its_source_is_refused_naming_the_row() {
        RuleSetFiles bundled = VolunteerRules.builder().build().files();
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : bundled.files()) {
            if (f.path().equals("records/records.parameters.yaml")) {
                String early = f.text().replaceFirst("- from: 2021-02-01\n(\\s+value: 10\n)", "- from: 2020-06-01\n$1");
                assertThat(early).isNotEqualTo(f.text());
                files.add(new RuleFile(f.path(), early.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } else {
                files.add(f);
            }
        }
        assertThatThrownBy(() -> VolunteerRules.builder().ruleSetFiles(RuleSetFiles.of("edited", files)).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).containsExactly(
                        "records/records.parameters.yaml: records.recording-window-working-days: the row from 2020-06-01"
                                + " cites MCA-CERT-11, but 志愿服务记录与证明出具办法(试行) (MCA order 67, in force 2021-02-01)"
                                + " is in force only from 2021-02-01: a row is never in force before its source"));
    }
}
