package io.volunteerrules.core.params;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter tables as CSV files that policy staff open in LibreOffice or Excel:
 * {@code <area>.parameters.csv}, laid out as {@link TableGrid} describes. Plain Java: reading CSV
 * needs no spreadsheet library.
 *
 * <p>A CSV table is read as UTF-8 (with or without a byte-order mark), or as GB18030 if it is not
 * valid UTF-8 (what Excel writes on a Chinese system). Every problem names the cell
 * ({@code stars.parameters.csv: cell G7: expected a number but found "abc"}) or the row.
 */
public final class CsvTables {

    private CsvTables() {
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
        List<List<TableGrid.Cell>> cells = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<TableGrid.Cell> row = new ArrayList<>();
            for (int c = 0; c < grid.get(r).size(); c++) {
                row.add(new TableGrid.Cell(restore(grid.get(r).get(c)), file + ": cell " + TableGrid.column(c) + (r + 1)));
            }
            cells.add(row);
        }
        return TableGrid.read(file, file + ":", cells);
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
        sb.append(String.join(",", TableGrid.COLUMNS)).append("\r\n");
        for (List<String> row : TableGrid.rows(parameters)) {
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

}
