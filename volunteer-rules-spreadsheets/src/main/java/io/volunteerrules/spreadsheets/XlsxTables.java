package io.volunteerrules.spreadsheets;

import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.TableGrid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Parameter tables as XLSX workbooks that policy staff open in LibreOffice or Excel:
 * {@code <area>.parameters.xlsx}, laid out as {@link TableGrid} describes, on a sheet named
 * {@value #SHEET} (or the workbook's only sheet). Every problem names the sheet and cell
 * ({@code stars.parameters.xlsx: sheet parameters, cell G7: expected a number but found "abc"}).
 *
 * <p>With this module on the class path, {@code ParameterTables.read} and rules directories read
 * {@code .parameters.xlsx} tables too ({@link XlsxTableFormat} is registered as a
 * {@link io.volunteerrules.core.params.TableFormat}).
 */
public final class XlsxTables {

    /** The sheet an XLSX table is read from and written to. */
    public static final String SHEET = "parameters";

    private XlsxTables() {
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
            List<List<TableGrid.Cell>> cells = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<TableGrid.Cell> out = new ArrayList<>();
                int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                for (int c = 0; c < last; c++) {
                    String where = prefix + ", cell " + TableGrid.column(c) + (r + 1);
                    out.add(new TableGrid.Cell(text(row.getCell(c), where, problems), where));
                }
                cells.add(out);
            }
            if (!problems.isEmpty()) {
                throw new ParameterTableException(problems);
            }
            return TableGrid.read(file, prefix + ",", cells);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParameterTableException p) {
                throw p;
            }
            throw new ParameterTableException(List.of(file + ": not readable as an XLSX workbook: " + why(e)));
        }
    }

    /**
     * Why POI could not read a workbook, in words for the staff who saved it: POI's own messages go on
     * to advise programmers (raise a limit, file a bug) over several lines.
     */
    static String why(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Zip bomb detected")) {
            return "a part of it unpacks to more than " + Math.round(1 / org.apache.poi.openxml4j.util.ZipSecureFile
                    .getMinInflateRatio()) + " times its packed size, as a zip bomb does; it is refused unread."
                    + " Save the table again from LibreOffice or Excel";
        }
        if (message.startsWith("Tried to allocate an array of length")) {
            return "a part of it is too large to read once unpacked; a parameter table is a few dozen rows."
                    + " Save the table again from LibreOffice or Excel";
        }
        int nl = message.indexOf('\n');
        String first = (nl < 0 ? message : message.substring(0, nl)).strip();
        return first.isEmpty() ? "the file is damaged or is not a workbook" : first;
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
            for (int c = 0; c < TableGrid.COLUMNS.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(TableGrid.COLUMNS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<String> values : TableGrid.rows(parameters)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    String column = TableGrid.COLUMNS.get(c);
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
            for (int c = 0; c < TableGrid.COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, TableGrid.COLUMNS.get(c).equals("description") ? 40 : 14)) * 256);
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

}
