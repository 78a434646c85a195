package io.volunteerrules.core.params;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Parameter tables as spreadsheets that policy staff open in LibreOffice or Excel:
 * {@code <area>.parameters.csv} and {@code <area>.parameters.xlsx}. One row per dated value, under a
 * header row naming the columns (in any order):
 *
 * <pre>
 * key             | description        | type    | unit  | from       | to         | value | source            | clause
 * stars.one-star  | Hours for one star | decimal | hours | 2021-03-07 |            | 100   | 郑州意见 二(四)   | ZZ-2.4
 * </pre>
 *
 * <p>A CSV table is read as UTF-8 (with or without a byte-order mark), or as GB18030 if it is not
 * valid UTF-8 (what Excel writes on a Chinese system).
 *
 * <p>{@code key}, {@code from}, {@code value}, {@code source} and {@code clause} are needed on every
 * row; {@code description}, {@code type} and {@code unit} may be left empty on the later rows of a
 * key. An XLSX table is read from its sheet named {@code parameters} (or its only sheet). Every
 * problem names the cell ({@code stars.parameters.xlsx: sheet parameters, cell G7: expected a number
 * but found "abc"}); the rows are checked exactly as YAML rows are ({@link ParameterTables#rows}).
 */
public final class SpreadsheetTables {

    /** The columns of a spreadsheet table, in the order written. */
    public static final List<String> COLUMNS = List.of("key", "description", "type", "unit", "from", "to", "value",
            "source", "clause");

    private static final List<String> REQUIRED = List.of("key", "from", "value", "source", "clause");

    /** The sheet an XLSX table is read from and written to. */
    public static final String SHEET = "parameters";

    private SpreadsheetTables() {
    }

    /** One cell's text and its name for messages. */
    private record Cell2(String text, String where) {
    }

    /**
     * Reads a CSV table (UTF-8, comma-separated, fields with commas or quotes in double quotes).
     *
     * @throws ParameterTableException listing every problem, each naming its cell
     */
    public static List<Parameter> readCsv(String file, byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> grid;
        try {
            grid = parseCsv(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterTableException(List.of(file + ": " + e.getMessage()));
        }
        List<List<Cell2>> cells = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<Cell2> row = new ArrayList<>();
            for (int c = 0; c < grid.get(r).size(); c++) {
                row.add(new Cell2(restore(grid.get(r).get(c)),
                        file + ": cell " + CellReference.convertNumToColString(c) + (r + 1)));
            }
            cells.add(row);
        }
        return read(file, file + ":", cells);
    }

    /**
     * Reads an XLSX table from its sheet named {@value #SHEET} (or its only sheet).
     *
     * @throws ParameterTableException listing every problem, each naming its sheet and cell
     */
    public static List<Parameter> readXlsx(String file, byte[] content) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null && wb.getNumberOfSheets() == 1) {
                sheet = wb.getSheetAt(0);
            }
            if (sheet == null) {
                throw new ParameterTableException(List.of(file + ": has no sheet named " + SHEET));
            }
            String prefix = file + ": sheet " + sheet.getSheetName();
            List<List<Cell2>> cells = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Cell2> out = new ArrayList<>();
                int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                for (int c = 0; c < last; c++) {
                    String where = prefix + ", cell " + CellReference.convertNumToColString(c) + (r + 1);
                    out.add(new Cell2(text(row.getCell(c), where, problems), where));
                }
                cells.add(out);
            }
            if (!problems.isEmpty()) {
                throw new ParameterTableException(problems);
            }
            return read(file, prefix + ",", cells);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParameterTableException p) {
                throw p;
            }
            throw new ParameterTableException(List.of(file + ": not readable as an XLSX workbook: " + e.getMessage()));
        }
    }

    /**
     * UTF-8, or else GB18030: Excel on a Chinese system saves "CSV" in the local code page unless
     * "CSV UTF-8" is chosen, and staff should not have to know the difference.
     */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(content, java.nio.charset.Charset.forName("GB18030"));
        }
    }

    private static String text(Cell cell, String where, List<String> problems) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            case BLANK -> "";
            case ERROR -> {
                problems.add(where + ": the cell holds an error (" + cell.getErrorCellValue() + ")");
                yield "";
            }
            default -> "";
        };
    }

    private static List<Parameter> read(String file, String prefix, List<List<Cell2>> grid) {
        List<String> problems = new ArrayList<>();
        int headerRow = -1;
        for (int r = 0; r < grid.size() && headerRow < 0; r++) {
            if (grid.get(r).stream().anyMatch(c -> !c.text().isBlank())) {
                headerRow = r;
            }
        }
        if (headerRow < 0) {
            throw new ParameterTableException(List.of(file + ": is empty; it needs a header row naming the columns "
                    + String.join(", ", COLUMNS)));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < grid.get(headerRow).size(); c++) {
            Cell2 h = grid.get(headerRow).get(c);
            String name = h.text().trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problems.add(h.where() + ": unknown column \"" + h.text().trim() + "\" (known: " + String.join(", ", COLUMNS) + ")");
            } else if (columns.putIfAbsent(name, c) != null) {
                problems.add(h.where() + ": column \"" + name + "\" appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(prefix + " row " + (headerRow + 1) + ": the header has no column \"" + required + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }

        // group the rows by key, in order of first appearance
        Map<String, List<Map<String, Cell2>>> byKey = new LinkedHashMap<>();
        for (int r = headerRow + 1; r < grid.size(); r++) {
            List<Cell2> row = grid.get(r);
            if (row.stream().allMatch(c -> c.text().isBlank())) {
                continue;
            }
            Map<String, Cell2> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> col : columns.entrySet()) {
                int c = col.getValue();
                String where = prefix + " cell " + CellReference.convertNumToColString(c) + (r + 1);
                fields.put(col.getKey(), c < row.size() ? new Cell2(row.get(c).text().trim(), row.get(c).where())
                        : new Cell2("", where));
            }
            String key = fields.get("key").text();
            if (!ParameterTables.KEY.matcher(key).matches()) {
                problems.add(fields.get("key").where() + ": \"" + key
                        + "\" is not a dotted lower-case key such as capacity.full-age");
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fields);
        }

        List<Parameter> out = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Cell2>>> e : byKey.entrySet()) {
            String key = e.getKey();
            String description = first(e.getValue(), "description");
            String typeText = first(e.getValue(), "type");
            String unit = first(e.getValue(), "unit");
            Map<String, Cell2> firstRow = e.getValue().get(0);
            if (description == null) {
                problems.add(where(firstRow, "description") + ": parameter " + key + " has no description");
            }
            ParameterType type = null;
            if (typeText == null) {
                problems.add(where(firstRow, "type") + ": parameter " + key
                        + " has no type (integer, decimal, boolean, text, list or date)");
            } else {
                try {
                    type = ParameterType.valueOf(typeText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    problems.add(where(firstRow, "type") + ": must be one of integer, decimal, boolean, text, list, "
                            + "date but found \"" + typeText + "\"");
                }
            }
            for (Map<String, Cell2> row : e.getValue()) {
                for (String f : List.of("description", "type", "unit")) {
                    Cell2 c = row.get(f);
                    String firstValue = f.equals("description") ? description : f.equals("type") ? typeText : unit;
                    if (c != null && !c.text().isEmpty() && !c.text().equals(firstValue)) {
                        problems.add(c.where() + ": parameter " + key + " has " + f + " \"" + firstValue
                                + "\" on an earlier row but \"" + c.text() + "\" here");
                    }
                }
            }
            if (type == null) {
                continue;
            }
            List<ParameterTables.RawRow> raw = new ArrayList<>();
            for (Map<String, Cell2> row : e.getValue()) {
                Map<String, String> places = new LinkedHashMap<>();
                row.forEach((name, cell) -> places.put(name, cell.where()));
                String place = row.get("key").where().replaceFirst(", cell [A-Z]+(\\d+)$", ", row $1")
                        .replaceFirst(": cell [A-Z]+(\\d+)$", ": row $1");
                raw.add(new ParameterTables.RawRow(place, blankToNull(row, "from"), blankToNull(row, "to"),
                        row.get("value").text(), blankToNull(row, "source"), blankToNull(row, "clause"), places));
            }
            List<ParameterRow> rows = ParameterTables.rows(type, raw, problems);
            out.add(new Parameter(key, description == null ? "" : description, type, unit, rows, file));
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return out;
    }

    private static String where(Map<String, Cell2> row, String field) {
        Cell2 c = row.get(field);
        return c != null ? c.where() : row.get("key").where();
    }

    private static String first(List<Map<String, Cell2>> rows, String field) {
        for (Map<String, Cell2> row : rows) {
            Cell2 c = row.get(field);
            if (c != null && !c.text().isEmpty()) {
                return c.text();
            }
        }
        return null;
    }

    private static String blankToNull(Map<String, Cell2> row, String field) {
        Cell2 c = row.get(field);
        return c == null || c.text().isEmpty() ? null : c.text();
    }

    /** Parses RFC 4180 CSV: comma-separated, double-quoted fields may hold commas, quotes ("") and newlines. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + line + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * Writes parameters as a CSV table (UTF-8 with a byte-order mark, so Excel reads Chinese text).
     * A cell that a spreadsheet would take for a formula — starting with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return — is written with a single quote before it,
     * as OWASP advises against CSV injection, so opening the file runs nothing; a plain number
     * ({@code -5}, {@code +1.5}) is left as it is. {@link #readCsv} takes the quote off again.
     */
    public static byte[] writeCsv(List<Parameter> parameters) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", COLUMNS)).append("\r\n");
        for (List<String> row : rows(parameters)) {
            List<String> quoted = new ArrayList<>();
            for (String cell : row) {
                String v = neutralise(cell);
                quoted.add(v.matches("(?s).*[\",\\r\\n].*") || v.startsWith(" ") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(String.join(",", quoted)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** Whether a spreadsheet would read the cell as a formula (OWASP's list of leading characters). */
    private static boolean formulaLeading(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
                && !PLAIN_NUMBER.matcher(cell).matches();
    }

    /** A cell as written to CSV: a formula-leading one behind a single quote. */
    static String neutralise(String cell) {
        return formulaLeading(cell) ? "'" + cell : cell;
    }

    /** A cell as read from CSV: the single quote {@link #neutralise} put before a formula-leading one removed. */
    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && formulaLeading(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Writes parameters as an XLSX table on a sheet named {@value #SHEET}: numbers as numbers,
     * dates as dates, so staff edit them as such.
     */
    public static byte[] writeXlsx(List<Parameter> parameters) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<String> values : rows(parameters)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    String column = COLUMNS.get(c);
                    if ((column.equals("from") || column.equals("to"))) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(dateStyle);
                    } else if (column.equals("value") && v.matches("-?\\d+(\\.\\d+)?")) {
                        cell.setCellValue(new BigDecimal(v).doubleValue());
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, COLUMNS.get(c).equals("description") ? 40 : 14)) * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    java.util.Date.from(LocalDate.of(2021, 3, 7).atStartOfDay().toInstant(ZoneOffset.UTC))));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(List<Parameter> parameters) {
        List<List<String>> out = new ArrayList<>();
        for (Parameter p : parameters) {
            boolean first = true;
            for (ParameterRow row : p.rows()) {
                out.add(List.of(p.key(), first ? p.description() : "", first ? p.type().name().toLowerCase(Locale.ROOT) : "",
                        first && p.unit() != null ? p.unit() : "", row.from().toString(),
                        row.to() == null ? "" : row.to().toString(), format(row.value()), row.source(), row.clause()));
                first = false;
            }
        }
        return out;
    }

    private static String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(Object::toString).toList());
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
