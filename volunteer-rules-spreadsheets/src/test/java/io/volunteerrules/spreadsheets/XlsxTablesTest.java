package io.volunteerrules.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.volunteerrules.core.params.CsvTables;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.ParameterTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTablesTest {

    private static final String HEADER = "key,description,type,unit,from,to,value,source,clause\n";

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readXlsx_names_sheet_and_cell_of_a_non_number() throws IOException {
        byte[] xlsx = workbook(new Object[][] {
            {"key", "description", "type", "unit", "from", "to", "value", "source", "clause"},
            {"stars.one-star", "Hours", "decimal", "hours", "2021-03-07", null, 100.0, "src", "ZZ-2.4"},
            {"stars.two-star", "Hours", "decimal", "hours", "2021-03-07", null, "abc", "src", "ZZ-2.4"},
        });
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class,
                () -> ParameterTables.read("stars.parameters.xlsx", xlsx));
        assertThat(e.problems()).containsExactly(
                "stars.parameters.xlsx: sheet parameters, cell G3: expected a number but found \"abc\"");
    }

    @Test
    void writeXlsx_then_readXlsx_gives_the_same_parameters() {
        List<Parameter> ps = ParameterTables.read("x.parameters.csv", csv("""
                x.hours,Hours for one star,decimal,hours,2021-03-07,2025-12-31,100.5,郑州意见 二(四),ZZ-2.4
                x.hours,,,,2026-01-01,,120,郑州意见 二(四),ZZ-2.4
                x.fields,Fields,list,,2021-03-07,,"A, B",src,ZZ-2.2
                x.on,On,boolean,,2021-03-07,,true,src,ZZ-2.2
                """));
        List<Parameter> back = ParameterTables.read("x.parameters.xlsx", XlsxTables.writeXlsx(ps));
        List<Parameter> backCsv = ParameterTables.read("x.parameters.csv", CsvTables.writeCsv(ps));
        for (List<Parameter> other : List.of(back, backCsv)) {
            assertThat(other).hasSize(ps.size());
            for (int i = 0; i < ps.size(); i++) {
                assertThat(other.get(i).key()).isEqualTo(ps.get(i).key());
                assertThat(other.get(i).type()).isEqualTo(ps.get(i).type());
                assertThat(other.get(i).rows()).usingRecursiveComparison().isEqualTo(ps.get(i).rows());
            }
        }
    }

    @Test
    void with_this_module_on_the_class_path_parameter_tables_read_xlsx() {
        assertThat(ParameterTables.format("xlsx")).get().isInstanceOf(XlsxTableFormat.class);
    }

    @Test
    void a_value_under_no_column_of_the_header_is_refused_naming_sheet_row_and_cell() throws IOException {
        byte[] xlsx = workbook(new Object[][] {
            {"key", "description", "type", "unit", "from", "to", "value", "source", "clause"},
            {"stars.one-star", "Hours", "decimal", "hours", "2021-03-07", null, 100.0, "src", "ZZ-2.4", "note"},
        });
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class,
                () -> ParameterTables.read("stars.parameters.xlsx", xlsx));
        assertThat(e.problems()).containsExactly(
                "stars.parameters.xlsx: sheet parameters, row 2: cell J2 holds \"note\" but the header names no column there");
    }

    @Test
    void a_zip_bomb_is_refused_in_one_line_of_words_without_being_unpacked() throws IOException {
        // a valid table whose sheet is padded with 90 MB of blanks: 1 MB packed
        byte[] table = workbook(new Object[][] {
            {"key", "description", "type", "unit", "from", "to", "value", "source", "clause"},
            {"stars.one-star", "Hours", "decimal", "hours", "2021-03-07", null, 100.0, "src", "ZZ-2.4"},
        });
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(table));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] part = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().endsWith("sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 90; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
        }
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class,
                () -> ParameterTables.read("stars.parameters.xlsx", bomb.toByteArray()));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("stars.parameters.xlsx: not readable as an XLSX workbook: a part of it unpacks to more than")
                .doesNotContain("\n").doesNotContain("ZipSecureFile").doesNotContain("IOUtils"));
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_in_one_line() {
        ParameterTableException e = catchThrowableOfType(ParameterTableException.class,
                () -> ParameterTables.read("stars.parameters.xlsx", "key,value\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("stars.parameters.xlsx: not readable as an XLSX workbook: ").doesNotContain("\n"));
    }

    static byte[] workbook(Object[][] cells) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("parameters");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    Object v = cells[r][c];
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
