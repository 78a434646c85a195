package io.volunteerrules.core.params;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parameter table laid out as a grid of cells, as in a spreadsheet: one row per dated value, under
 * a header row naming the columns (in any order):
 *
 * <pre>
 * key             | description        | type    | unit  | from       | to         | value | source            | clause
 * stars.one-star  | Hours for one star | decimal | hours | 2021-03-07 |            | 100   | 郑州意见 二(四)   | ZZ-2.4
 * </pre>
 *
 * <p>{@code key}, {@code from}, {@code value}, {@code source} and {@code clause} are needed on every
 * row; {@code description}, {@code type} and {@code unit} may be left empty on the later rows of a
 * key. A value under no column of the header is an error naming its row and cell (in a CSV file, the
 * sign of an unquoted comma: {@code 1,000} would otherwise be read as 1). A {@code clause} cell holds
 * one clause id or several separated by commas ({@code "CC-201, CC-202"}, in double quotes in a CSV
 * file). The rows are then checked
 * exactly as YAML rows are ({@link ParameterTables#rows}). {@link CsvTables} reads CSV into this
 * grid; the optional {@code volunteer-rules-spreadsheets} module reads XLSX into it.
 */
public final class TableGrid {

    /** The columns of a table, in the order written. */
    public static final List<String> COLUMNS = List.of("key", "description", "type", "unit", "from", "to", "value",
            "source", "clause");

    private static final List<String> REQUIRED = List.of("key", "from", "value", "source", "clause");

    private TableGrid() {
    }

    /**
     * One cell: its text and its name for messages.
     *
     * @param text  the cell's text ("" when empty)
     * @param where the cell named for messages, such as {@code stars.parameters.csv: cell G7}
     */
    public record Cell(String text, String where) {
    }

    /**
     * The spreadsheet name of a column.
     *
     * @param index the column's index from 0
     * @return A for 0, Z for 25, AA for 26
     */
    public static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    /**
     * Reads the parameters of a grid.
     *
     * @param file   name of the table, used in messages
     * @param prefix what messages about a whole row start with, such as {@code x.parameters.csv:} or
     *               {@code x.parameters.xlsx: sheet parameters,}
     * @param grid   the rows of cells, the header first (blank rows before it are skipped)
     * @return the parameters, in the order their keys first appear
     * @throws ParameterTableException listing every problem, each naming its cell or row
     */
    public static List<Parameter> read(String file, String prefix, List<List<Cell>> grid) {
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
            Cell h = grid.get(headerRow).get(c);
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
        List<Cell> header = grid.get(headerRow);

        // group the rows by key, in order of first appearance
        Map<String, List<Map<String, Cell>>> byKey = new LinkedHashMap<>();
        for (int r = headerRow + 1; r < grid.size(); r++) {
            List<Cell> row = grid.get(r);
            if (row.stream().allMatch(c -> c.text().isBlank())) {
                continue;
            }
            String stray = stray(file, prefix, r, row, header);
            if (stray != null) {
                problems.add(stray);
                continue;
            }
            Map<String, Cell> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> col : columns.entrySet()) {
                int c = col.getValue();
                String where = prefix + " cell " + column(c) + (r + 1);
                fields.put(col.getKey(), c < row.size() ? new Cell(row.get(c).text().trim(), row.get(c).where())
                        : new Cell("", where));
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
        for (Map.Entry<String, List<Map<String, Cell>>> e : byKey.entrySet()) {
            String key = e.getKey();
            String description = first(e.getValue(), "description");
            String typeText = first(e.getValue(), "type");
            String unit = first(e.getValue(), "unit");
            Map<String, Cell> firstRow = e.getValue().get(0);
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
            for (Map<String, Cell> row : e.getValue()) {
                for (String f : List.of("description", "type", "unit")) {
                    Cell c = row.get(f);
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
            for (Map<String, Cell> row : e.getValue()) {
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

    private static String where(Map<String, Cell> row, String field) {
        Cell c = row.get(field);
        return c != null ? c.where() : row.get("key").where();
    }

    private static String first(List<Map<String, Cell>> rows, String field) {
        for (Map<String, Cell> row : rows) {
            Cell c = row.get(field);
            if (c != null && !c.text().isEmpty()) {
                return c.text();
            }
        }
        return null;
    }

    private static String blankToNull(Map<String, Cell> row, String field) {
        Cell c = row.get(field);
        return c == null || c.text().isEmpty() ? null : c.text();
    }

    /** A problem naming the first non-blank cell of a row under no column of the header, or null. */
    private static String stray(String file, String prefix, int r, List<Cell> row, List<Cell> header) {
        for (int c = 0; c < row.size(); c++) {
            boolean named = c < header.size() && !header.get(c).text().isBlank();
            if (!named && !row.get(c).text().isBlank()) {
                int width = 0;
                for (int h = 0; h < header.size(); h++) {
                    width = header.get(h).text().isBlank() ? width : h + 1;
                }
                boolean csv = file.toLowerCase(Locale.ROOT).endsWith(".csv");
                return prefix + " row " + (r + 1) + ": cell " + column(c) + (r + 1) + " holds \"" + row.get(c).text().trim()
                        + "\" but the header names no column there" + (csv ? " (the row has " + row.size()
                        + " fields, the header " + width + "; a value holding a comma must be in double quotes, as in "
                        + "\"1,000\")" : "");
            }
        }
        return null;
    }

    /**
     * The rows of a table for writing, one per dated value, in the order of {@link #COLUMNS};
     * description, type and unit only on the first row of each key.
     *
     * @param parameters the parameters to write
     * @return the rows of text, without the header
     */
    public static List<List<String>> rows(List<Parameter> parameters) {
        List<List<String>> out = new ArrayList<>();
        for (Parameter p : parameters) {
            boolean first = true;
            for (ParameterRow row : p.rows()) {
                out.add(List.of(p.key(), first ? p.description() : "", first ? p.type().name().toLowerCase(Locale.ROOT) : "",
                        first && p.unit() != null ? p.unit() : "", row.from().toString(),
                        row.to() == null ? "" : row.to().toString(), format(row.value()), row.source(), String.join(", ", row.clauses())));
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
