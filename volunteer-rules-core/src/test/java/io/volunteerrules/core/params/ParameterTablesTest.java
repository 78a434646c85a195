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

    /** A table of one integer parameter, {@code key}, with these rows (each a YAML flow mapping). */
    private static String integerTable(String key, String... rows) {
        StringBuilder yaml = new StringBuilder("parameters:\n  - key: " + key + "\n    description: d\n    type: integer\n"
                + "    rows:\n");
        for (String row : rows) {
            yaml.append("      - ").append(row).append('\n');
        }
        return yaml.toString();
    }

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
    void a_yaml_table_not_saved_as_utf8_is_refused_rather_than_its_chinese_replaced() {
        // saved as GBK, the source 民政部 became U+FFFD and the table was used all the same
        byte[] gbk = integerTable("stars.minimum", "{from: 2020-01-01, value: 3, source: 民政部, clause: ZZ-2.4}")
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> ParameterTables.read("stars/stars.parameters.yaml", gbk))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith("stars/stars.parameters.yaml: line 6: the file is not"
                                + " UTF-8 text")));
        byte[] utf8 = integerTable("stars.minimum", "{from: 2020-01-01, value: 3, source: 民政部, clause: ZZ-2.4}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ParameterTables.read("stars/stars.parameters.yaml", utf8)).hasSize(1);
    }

    @Test
    void a_key_given_twice_in_a_row_is_refused_rather_than_the_last_value_taken() {
        assertThatThrownBy(() -> ParameterTables.readYaml("stars.parameters.yaml",
                integerTable("stars.minimum", "{from: 2020-01-01, value: 3, value: 5, source: s, clause: ZZ-2.4}")))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).contains("the field \"value\" is given twice in the same object")));
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
        String yaml = integerTable("stars.level-1-hours",
                "{from: 2020-01-01, value: 100, source: s, clause: ZZ-2.4}",
                "{from: 2026-01-01, value: 120, source: s, clause: ZZ-2.4}");
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
    void readYaml_reads_a_rows_clauses_as_a_list_from_a_list_one_id_or_ids_separated_by_commas() {
        String yaml = integerTable("capacity.age",
                "{from: 2021-01-01, to: 2021-12-31, value: 1, source: s, clause: [CC-201, CC-202, FS-2006-1-2]}",
                "{from: 2022-01-01, to: 2022-12-31, value: 2, source: s, clause: CC-17}",
                "{from: 2023-01-01, value: 3, source: s, clause: \"CC-201, CC-202\"}");
        List<ParameterRow> rows = ParameterTables.readYaml("t.yaml", yaml).get(0).rows();
        assertThat(rows).extracting(ParameterRow::clauses).containsExactly(
                List.of("CC-201", "CC-202", "FS-2006-1-2"), List.of("CC-17"), List.of("CC-201", "CC-202"));
    }

    @Test
    void readYaml_refuses_a_malformed_clause_naming_the_row_and_the_field() {
        String yaml = integerTable("capacity.age",
                "{from: 2021-01-01, to: 2021-01-31, value: 1, source: s, clause: \"CC-201,, CC-202\"}",
                "{from: 2021-02-01, to: 2021-02-28, value: 1, source: s, clause: \"CC-201，CC-202\"}",
                "{from: 2021-03-01, to: 2021-03-31, value: 1, source: s, clause: [CC-201, \"CC-202, CC-17\"]}",
                "{from: 2021-04-01, to: 2021-04-30, value: 1, source: s, clause: [CC-17, CC-17]}",
                "{from: 2021-05-01, to: 2021-05-31, value: 1, source: s, clause: []}",
                "{from: 2021-06-01, value: 1, source: s}");
        assertThatThrownBy(() -> ParameterTables.readYaml("capacity.parameters.yaml", yaml))
                .isInstanceOfSatisfying(ParameterTableException.class, e -> assertThat(e.problems()).containsExactly(
                        "capacity.parameters.yaml: parameters[0].rows[0].clause: \"CC-201,, CC-202\" has an empty clause id; "
                                + "separate ids with one comma each, as in \"ZZ-2.4, VSR-19\"",
                        "capacity.parameters.yaml: parameters[0].rows[1].clause: \"CC-201，CC-202\" is not a clause id such "
                                + "as ZZ-2.4 or MCA-CERT-11; separate ids with a comma (,), not ， or 、",
                        "capacity.parameters.yaml: parameters[0].rows[2].clause: \"CC-202, CC-17\" is not a clause id such "
                                + "as ZZ-2.4 or MCA-CERT-11; give one id per item",
                        "capacity.parameters.yaml: parameters[0].rows[3].clause: names clause CC-17 twice",
                        "capacity.parameters.yaml: parameters[0].rows[4].clause: must name at least one clause id, such as [ZZ-2.4]",
                        "capacity.parameters.yaml: parameters[0].rows[5].clause: must name at least one clause id, such as ZZ-2.4"));
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
        assertThatThrownBy(() -> set.integer("stars.level-1-hours")).isInstanceOfSatisfying(ParameterTypeException.class,
                e -> assertThat(e.key()).isEqualTo("stars.level-1-hours")).hasMessage("parameter stars.level-1-hours is a "
                        + "decimal, not an integer; read it with the reader of its table's type");
        assertThatThrownBy(() -> set.list("stars.level-1-hours")).isInstanceOf(ParameterTypeException.class)
                .hasMessageStartingWith("parameter stars.level-1-hours is a decimal, not a list");
        assertThatThrownBy(() -> set.integer("nope.nope")).isInstanceOfSatisfying(UnknownParameterException.class,
                e -> assertThat(e.key()).isEqualTo("nope.nope")).isInstanceOf(io.volunteerrules.core.VolunteerRulesException.class)
                .hasMessage("unknown parameter nope.nope: no parameter table of the rule set defines it (values in force on 2026-01-01)");
        assertThatThrownBy(() -> set.readBy("some-rule", new java.util.HashSet<>()).flag("nope.nope"))
                .isInstanceOf(UnknownParameterException.class);
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
