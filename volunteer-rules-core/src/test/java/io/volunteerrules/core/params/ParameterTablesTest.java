package io.volunteerrules.core.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTablesTest {

    private static final String STARS = """
            parameters:
              - key: stars.level-1-hours
                description: Hours for one star
                type: decimal
                unit: hours
                rows:
                  - {from: 2020-01-01, to: 2025-12-31, value: 100, source: MCA 2012 draft, clause: ZZ-2.4}
                  - {from: 2026-01-01, value: 120.5, source: city notice 2025, clause: ZZ-2.4}
              - key: stars.fields
                description: Fields counted
                type: list
                rows:
                  - {from: 2020-01-01, value: [ELDERLY_CARE, LEGAL_AID], source: s, clause: ZZ-2.4}
            """;

    @Test
    void a_table_that_is_not_yaml_is_named_by_line_and_column_in_words() {
        assertThatThrownBy(() -> ParameterTables.readYaml("capacity/capacity.parameters.yaml",
                "parameters:\n  - key: capacity.full-age\n    rows: [\n"))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).isEqualTo("capacity/capacity.parameters.yaml: not readable as YAML "
                                + "(line 4, column 1): expected the node content, but found the end of the file")));
        assertThatThrownBy(() -> ParameterTables.readYaml("x.parameters.yaml", "parameters:\n  - key: a\n - b\n"))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems().get(0))
                        .startsWith("x.parameters.yaml: not readable as YAML (line ")
                        .doesNotContain("Source:").doesNotContain("in 'reader'").doesNotContain("\n"));
    }

    @Test
    void inForceOn_takes_the_row_whose_dates_include_the_day() {
        ParameterTables tables = ParameterTables.of(ParameterTables.readYaml("stars.parameters.yaml", STARS));
        assertThat(tables.inForceOn(LocalDate.of(2025, 12, 31)).decimal("stars.level-1-hours")).isEqualByComparingTo("100");
        assertThat(tables.inForceOn(LocalDate.of(2026, 1, 1)).decimal("stars.level-1-hours")).isEqualByComparingTo("120.5");
        assertThat(tables.inForceOn(LocalDate.of(2026, 1, 1)).list("stars.fields")).containsExactly("ELDERLY_CARE", "LEGAL_AID");
    }

    @Test
    void inForceOn_a_day_before_every_row_names_the_missing_parameters() {
        ParameterTables tables = ParameterTables.of(ParameterTables.readYaml("stars.parameters.yaml", STARS));
        assertThatThrownBy(() -> tables.inForceOn(LocalDate.of(2019, 12, 31)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("no parameter row in force on 2019-12-31")
                .hasMessageContaining("stars.level-1-hours (stars.parameters.yaml)");
    }

    @Test
    void readYaml_rejects_overlapping_rows_of_one_key() {
        String yaml = """
                parameters:
                  - key: stars.level-1-hours
                    description: d
                    type: integer
                    rows:
                      - {from: 2020-01-01, value: 100, source: s, clause: ZZ-2.4}
                      - {from: 2026-01-01, value: 120, source: s, clause: ZZ-2.4}
                """;
        assertThatThrownBy(() -> ParameterTables.readYaml("t.yaml", yaml))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems()).containsExactly(
                        "t.yaml: parameters[0]: rows overlap: the row from 2020-01-01 is still in force on 2026-01-01 when the next row starts"));
    }

    @Test
    void readYaml_reports_every_bad_cell_with_its_place() {
        String yaml = """
                parameters:
                  - key: stars.level-1-hours
                    description: d
                    type: integer
                    rows:
                      - {from: 2020-13-01, value: abc, clause: ZZ-2.4}
                  - key: Bad Key
                    description: d
                    type: integer
                    rows: []
                  - key: stars.x
                    description: d
                    type: colour
                    rows: []
                """;
        assertThatThrownBy(() -> ParameterTables.readYaml("t.yaml", yaml))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems()).containsExactly(
                        "t.yaml: parameters[0].rows[0].from: expected a date (yyyy-mm-dd) but found \"2020-13-01\"",
                        "t.yaml: parameters[0].rows[0].value: expected a whole number but found \"abc\"",
                        "t.yaml: parameters[0].rows[0].source: must not be empty",
                        "t.yaml: parameters[1].key: \"Bad Key\" is not a dotted lower-case key such as capacity.full-age",
                        "t.yaml: parameters[2].type: must be one of integer, decimal, boolean, text, list, date"));
    }

    @Test
    void readYaml_rejects_unknown_fields() {
        String yaml = """
                parameters:
                  - key: a.b
                    descripton: typo
                    type: integer
                    rows:
                      - {from: 2020-01-01, value: 1, source: s, clause: ZZ-2.4}
                """;
        assertThatThrownBy(() -> ParameterTables.readYaml("t.yaml", yaml))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("t.yaml: parameters[0].descripton: unknown field")));
    }

    @Test
    void of_rejects_a_key_defined_in_two_tables() {
        List<Parameter> a = ParameterTables.readYaml("a.yaml", STARS);
        List<Parameter> b = ParameterTables.readYaml("b.yaml", STARS);
        List<Parameter> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        assertThatThrownBy(() -> ParameterTables.of(both)).isInstanceOf(ParameterTableException.class)
                .hasMessageContaining("b.yaml: parameter stars.level-1-hours is also defined in a.yaml");
    }

    @Test
    void typed_readers_refuse_the_wrong_type_and_unknown_keys() {
        ParameterSet set = ParameterTables.of(ParameterTables.readYaml("s.yaml", STARS)).inForceOn(LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> set.integer("stars.level-1-hours")).hasMessage("parameter stars.level-1-hours is not of type Integer");
        assertThatThrownBy(() -> set.integer("nope.nope")).hasMessage("unknown parameter nope.nope");
        assertThat(set.decimal("stars.level-1-hours")).isEqualTo(new BigDecimal("120.5"));
        assertThat(set.listContains("stars.fields", Thread.State.NEW)).isFalse();
    }

    @Test
    void integer_values_must_be_whole() {
        assertThatThrownBy(() -> ParameterType.INTEGER.read("16.5")).hasMessage("expected a whole number but found \"16.5\"");
        assertThat(ParameterType.INTEGER.read("16")).isEqualTo(16);
        assertThat(ParameterType.BOOLEAN.read("no")).isEqualTo(false);
        assertThat(ParameterType.LIST.read("A, B;C")).isEqualTo(List.of("A", "B", "C"));
    }
}
