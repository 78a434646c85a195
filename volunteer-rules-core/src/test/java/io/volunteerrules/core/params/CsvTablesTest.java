package io.volunteerrules.core.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    private static final String HEADER = "key,description,type,unit,from,to,value,source,clause\n";

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readCsv_reads_dated_rows_of_each_key() {
        List<Parameter> ps = ParameterTables.read("stars.parameters.csv", csv("""
                stars.one-star,Hours for one star,decimal,hours,2021-03-07,2025-12-31,100,郑州意见 二(四),ZZ-2.4
                stars.one-star,,,,2026-01-01,,"120",郑州意见 二(四),ZZ-2.4
                stars.fields,Fields,list,,2021-03-07,,"MEDICAL_RESCUE, LEGAL_AID","a ""quoted"", source",ZZ-2.2
                """));
        assertThat(ps).hasSize(2);
        Parameter one = ps.get(0);
        assertThat(one.key()).isEqualTo("stars.one-star");
        assertThat(one.type()).isEqualTo(ParameterType.DECIMAL);
        assertThat(one.unit()).isEqualTo("hours");
        assertThat(one.rows()).extracting(ParameterRow::value).containsExactly(new BigDecimal("100"), new BigDecimal("120"));
        assertThat(one.rowOn(LocalDate.of(2026, 5, 1))).get().extracting(ParameterRow::to).isNull();
        assertThat(ps.get(1).rows().get(0).value()).isEqualTo(List.of("MEDICAL_RESCUE", "LEGAL_AID"));
        assertThat(ps.get(1).rows().get(0).source()).isEqualTo("a \"quoted\", source");
    }

    @Test
    void readCsv_reads_a_table_saved_by_excel_in_the_chinese_code_page() {
        byte[] gbk = (HEADER + "stars.one-star,一星级所需时数,decimal,小时,2021-03-07,,100,郑州意见 二(四),ZZ-2.4\n")
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        Parameter p = ParameterTables.read("stars.parameters.csv", gbk).get(0);
        assertThat(p.description()).isEqualTo("一星级所需时数");
        assertThat(p.rows().get(0).source()).isEqualTo("郑州意见 二(四)");
    }

    @Test
    void readCsv_names_the_cell_of_a_non_number() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "stars.parameters.csv", csv("stars.one-star,Hours,integer,hours,2021-03-07,,abc,src,ZZ-2.4\n")));
        assertThat(e.problems()).containsExactly("stars.parameters.csv: cell G2: expected a whole number but found \"abc\"");
    }

    @Test
    void readCsv_names_the_cell_of_a_malformed_clause() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "stars.parameters.csv", csv("stars.one-star,Hours,integer,hours,2021-03-07,,100,src,\"ZZ-2.4, ZZ 2.5\"\n")));
        assertThat(e.problems()).containsExactly(
                "stars.parameters.csv: cell I2: \"ZZ 2.5\" is not a clause id such as ZZ-2.4 or MCA-CERT-11");
    }

    @Test
    void readCsv_rejects_overlapping_rows_of_one_key_naming_the_cell() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "stars.parameters.csv", csv("""
                        stars.one-star,Hours,integer,hours,2021-03-07,2026-06-30,100,src,ZZ-2.4
                        stars.one-star,,,,2026-01-01,,120,src,ZZ-2.4
                        """)));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("stars.parameters.csv: cell E3: rows overlap: the row from 2021-03-07 (stars.parameters.csv: row 2)");
    }

    @Test
    void readCsv_rejects_a_gap_between_rows_naming_the_cell() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "stars.parameters.csv", csv("""
                        stars.one-star,Hours,integer,hours,2021-03-07,2025-12-30,100,src,ZZ-2.4
                        stars.one-star,,,,2026-01-01,,120,src,ZZ-2.4
                        """)));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("stars.parameters.csv: cell E3: gap in the dates")
                .contains("from 2025-12-31 through 2025-12-31");
    }

    @Test
    void readCsv_reports_every_problem_at_once() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "x.parameters.csv", csv("""
                        x.a,A,integer,,2021-13-01,,1,src,ZZ-2.4
                        x.b,B,boolean,,2021-01-01,,maybe,,ZZ-2.4
                        Bad Key,C,integer,,2021-01-01,,1,src,ZZ-2.4
                        x.c,C,colour,,2021-01-01,,1,src,ZZ-2.4
                        """)));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "x.parameters.csv: cell E2: expected a date (yyyy-mm-dd) but found \"2021-13-01\"",
                "x.parameters.csv: cell G3: expected true or false but found \"maybe\"",
                "x.parameters.csv: cell H3: must not be empty",
                "x.parameters.csv: cell A4: \"Bad Key\" is not a dotted lower-case key such as capacity.full-age",
                "x.parameters.csv: cell C5: must be one of integer, decimal, boolean, text, list, date but found \"colour\"");
    }

    @Test
    void readCsv_rejects_a_header_without_a_needed_column() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "x.parameters.csv", "key,type,from,value,source,colour\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).contains("x.parameters.csv: cell F1: unknown column \"colour\" (known: "
                + String.join(", ", TableGrid.COLUMNS) + ")", "x.parameters.csv: row 1: the header has no column \"clause\"");
    }

    @Test
    void readCsv_rejects_a_row_wider_than_its_header_naming_the_row() {
        // "1,000" without quotes is two fields: read on, the value would silently be 1
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "stars.parameters.csv", csv("""
                        stars.one-star,Hours,integer,hours,2021-03-07,,100,src,ZZ-2.4
                        stars.two-star,Hours,integer,hours,2021-03-07,,1,000,src,ZZ-2.4
                        """)));
        assertThat(e.problems()).containsExactly("stars.parameters.csv: row 3: cell J3 holds \"ZZ-2.4\" but the header "
                + "names no column there (the row has 10 fields, the header 9; a value holding a comma must be in "
                + "double quotes, as in \"1,000\")");
    }

    @Test
    void readCsv_reads_a_quoted_thousands_value_as_one_field_and_never_as_1() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "stars.parameters.csv", csv("stars.one-star,Hours,integer,hours,2021-03-07,,\"1,000\",src,ZZ-2.4\n")));
        assertThat(e.problems()).containsExactly("stars.parameters.csv: cell G2: expected a whole number but found \"1,000\"");
    }

    @Test
    void a_value_under_a_blank_header_cell_is_refused_too() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.read(
                "x.parameters.csv", ("key,description,type,unit,from,to,value,,source,clause\n"
                        + "x.a,A,integer,,2021-01-01,,1,note,src,ZZ-2.4\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("x.parameters.csv: row 2: cell H2 holds \"note\" but the header names no column there");
    }

    @Test
    void an_xlsx_table_without_the_spreadsheets_module_names_the_module_to_add() {
        // the core's class path has no POI and no volunteer-rules-spreadsheets
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class,
                () -> ParameterTables.read("stars/stars.parameters.xlsx", new byte[] {80, 75, 3, 4}));
        assertThat(e.problems()).containsExactly("stars/stars.parameters.xlsx: reading an .xlsx parameter table needs "
                + "the optional module io.volunteerrules:volunteer-rules-spreadsheets on the class path; add it as a "
                + "dependency, or convert the table to .parameters.yaml or .parameters.csv");
    }

    @Test
    void writeCsv_neutralises_cells_a_spreadsheet_would_run_as_formulas_and_readCsv_restores_them() {
        List<Parameter> ps = ParameterTables.read("x.parameters.csv", csv("""
                x.hours,"=HYPERLINK(""http://evil"",""click"")",decimal,hours,2021-03-07,,-5,+cmd|' /C calc'!A0,ZZ-2.4
                x.note,@SUM(1+1),text,,2021-03-07,,-2+3,-,ZZ-2.4
                """));
        String written = new String(CsvTables.writeCsv(ps), StandardCharsets.UTF_8);
        assertThat(written).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"", "'+cmd|", "'@SUM(1+1)", "'-2+3")
                // a plain negative number is a number, not a formula
                .contains(",-5,");
        List<Parameter> back = ParameterTables.read("x.parameters.csv", written.getBytes(StandardCharsets.UTF_8));
        assertThat(back).usingRecursiveComparison().isEqualTo(ps);
    }

    @Test
    void writeCsv_then_readCsv_gives_the_same_parameters() {
        List<Parameter> ps = ParameterTables.read("x.parameters.csv", csv("""
                x.hours,Hours for one star,decimal,hours,2021-03-07,2025-12-31,100.5,郑州意见 二(四),ZZ-2.4
                x.hours,,,,2026-01-01,,120,"郑州意见, 二(四)",ZZ-2.4
                x.fields,Fields,list,,2021-03-07,,"A, B",src,ZZ-2.2
                x.on,On,boolean,,2021-03-07,,true,src,"ZZ-2.2, VSR-19"
                """));
        assertThat(ps.get(2).rows().get(0).clauses()).containsExactly("ZZ-2.2", "VSR-19");
        List<Parameter> back = ParameterTables.read("x.parameters.csv", CsvTables.writeCsv(ps));
        assertThat(back).hasSize(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            assertThat(back.get(i).key()).isEqualTo(ps.get(i).key());
            assertThat(back.get(i).type()).isEqualTo(ps.get(i).type());
            assertThat(back.get(i).rows()).usingRecursiveComparison().isEqualTo(ps.get(i).rows());
        }
    }

    @Test
    void column_names_go_past_z_as_spreadsheets_do() {
        assertThat(List.of(TableGrid.column(0), TableGrid.column(25), TableGrid.column(26), TableGrid.column(701),
                TableGrid.column(702))).containsExactly("A", "Z", "AA", "ZZ", "AAA");
    }

    @Test
    void readYaml_names_the_parameter_of_overlapping_rows() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.readYaml(
                "t.yaml", """
                        parameters:
                          - key: x.a
                            description: A
                            type: integer
                            rows:
                              - {from: 2020-01-01, value: 100, source: s, clause: ZZ-2.4}
                              - {from: 2026-01-01, value: 120, source: s, clause: ZZ-2.4}
                        """));
        assertThat(e.problems()).containsExactly(
                "t.yaml: parameters[0]: rows overlap: the row from 2020-01-01 is still in force on 2026-01-01 when the next row starts");
    }

    @Test
    void readYaml_rejects_a_gap_like_the_spreadsheets_do() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class, () -> ParameterTables.readYaml(
                "x.parameters.yaml", """
                        parameters:
                          - key: x.a
                            description: A
                            type: integer
                            rows:
                              - {from: 2021-01-01, to: 2021-06-30, value: 1, source: s, clause: ZZ-2.4}
                              - {from: 2021-08-01, value: 2, source: s, clause: ZZ-2.4}
                        """));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("x.parameters.yaml: parameters[0]: gap in the dates");
    }
}
