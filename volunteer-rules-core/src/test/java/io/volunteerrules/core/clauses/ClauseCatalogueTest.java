package io.volunteerrules.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterRow;
import io.volunteerrules.core.params.ParameterType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseCatalogueTest {

    private static final ClauseCatalogue CATALOGUE = ClauseCatalogue.bundled();

    private static Parameter parameter(String from, String... clauses) {
        return new Parameter("stars.hours-for-level-1", "hours", ParameterType.INTEGER, null,
                List.of(new ParameterRow(LocalDate.parse(from), null, 100, "source", List.of(clauses))), "stars/stars.parameters.yaml");
    }

    @Test
    void textOf_takes_the_longest_prefix_that_names_a_text() {
        assertThat(CATALOGUE.textOf("MCA-CERT-11")).contains("MCA-CERT");
        assertThat(CATALOGUE.textOf("MCA-2015-3")).contains("MCA-2015");
        assertThat(CATALOGUE.textOf("ZZ-2.4")).contains("ZZ");
        assertThat(CATALOGUE.textOf("XX-1")).isEmpty();
    }

    @Test
    void rowsBeforeTheirSource_accepts_a_row_from_the_day_its_text_is_in_force() {
        assertThat(CATALOGUE.rowsBeforeTheirSource(List.of(parameter("2021-03-07", "ZZ-2.4")))).isEmpty();
        assertThat(CATALOGUE.rowsBeforeTheirSource(List.of(parameter("2019-03-01", "HN-41")))).isEmpty();
    }

    @Test
    void rowsBeforeTheirSource_names_the_row_the_clause_and_the_day_its_text_is_in_force() {
        assertThat(CATALOGUE.rowsBeforeTheirSource(List.of(parameter("2017-12-01", "ZZ-2.4")))).containsExactly(
                "stars/stars.parameters.yaml: stars.hours-for-level-1: the row from 2017-12-01 cites ZZ-2.4, but "
                        + CATALOGUE.texts().get("ZZ") + " is in force only from 2021-03-07: a row is never in force before its source");
    }

    @Test
    void rowsBeforeTheirSource_checks_each_clause_a_row_cites_and_refuses_an_unknown_one() {
        assertThat(CATALOGUE.rowsBeforeTheirSource(List.of(parameter("2020-01-01", "VSR-19", "MCA-CERT-7", "XX-9"))))
                .containsExactly(
                        "stars/stars.parameters.yaml: stars.hours-for-level-1: the row from 2020-01-01 cites MCA-CERT-7, but "
                                + CATALOGUE.texts().get("MCA-CERT") + " is in force only from 2021-02-01: a row is never in force before its source",
                        "stars/stars.parameters.yaml: stars.hours-for-level-1: the row from 2020-01-01 cites XX-9, which is not in the clause catalogue");
    }
}
