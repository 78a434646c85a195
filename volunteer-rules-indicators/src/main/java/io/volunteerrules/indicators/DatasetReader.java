package io.volunteerrules.indicators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@link IndicatorDataset} from JSON, or from a folder of CSV files.
 *
 * <p>JSON has the shape of the record: {@code {"asOf": "2025-09-30", "city": "郑州市", "districts": [...],
 * "funding": [...], "lotteryFund": [...]}}.
 *
 * <p>A CSV folder holds {@code meta.csv} (columns {@code key,value}; keys {@code asOf}, {@code city},
 * {@code source}), {@code districts.csv} (one column per field of {@link IndicatorDataset.District}) and,
 * optionally, {@code funding.csv} ({@code year,source,amountYuan}) and {@code lottery.csv}
 * ({@code year,totalYuan,volunteerServiceYuan}). UTF-8, comma-separated, a header row, fields may be
 * double-quoted; an empty cell is a missing value. Problems are reported with the JSON path of the
 * field ({@code districts[2].residentPopulation} is the third data row of {@code districts.csv}).
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    /**
     * Reads a JSON file, or a folder of CSV files.
     *
     * @throws InvalidDatasetException naming the field, if the input does not fit the dataset's shape
     * @throws UncheckedIOException    if a file cannot be read
     */
    public static IndicatorDataset read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return readCsv(path);
            }
            return readJson(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a dataset from JSON text.
     *
     * @throws InvalidDatasetException naming the field, if the JSON does not fit the dataset's shape
     */
    public static IndicatorDataset readJson(String json) {
        try {
            return Json.read(json, IndicatorDataset.class, Json.mapper());
        } catch (InvalidRequestException e) {
            throw new InvalidDatasetException(e.violations());
        }
    }

    /**
     * Reads a dataset from a folder of CSV files.
     *
     * @throws InvalidDatasetException naming the file or field, if the files do not fit the dataset's shape
     */
    public static IndicatorDataset readCsv(Path folder) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Path meta = folder.resolve("meta.csv");
        Path districts = folder.resolve("districts.csv");
        List<Violation> missing = new ArrayList<>();
        for (Path p : List.of(meta, districts)) {
            if (!Files.isRegularFile(p)) {
                missing.add(new Violation(p.getFileName().toString(), "file not found in " + folder));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidDatasetException(missing);
        }
        List<List<String>> metaRows = rows(meta);
        for (List<String> row : metaRows.subList(Math.min(1, metaRows.size()), metaRows.size())) {
            if (row.size() >= 2 && !row.get(0).isBlank()) {
                root.put(row.get(0).trim(), row.get(1).isEmpty() ? null : row.get(1));
            }
        }
        root.set("districts", table(districts));
        for (String[] optional : new String[][] {{"funding.csv", "funding"}, {"lottery.csv", "lotteryFund"}}) {
            Path p = folder.resolve(optional[0]);
            if (Files.isRegularFile(p)) {
                root.set(optional[1], table(p));
            }
        }
        return readJson(root.toString());
    }

    private static ArrayNode table(Path file) throws IOException {
        List<List<String>> rows = rows(file);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        for (List<String> row : rows.subList(1, rows.size())) {
            ObjectNode item = out.addObject();
            for (int i = 0; i < header.size(); i++) {
                String cell = i < row.size() ? row.get(i).trim() : "";
                if (cell.isEmpty()) {
                    item.putNull(header.get(i));
                } else {
                    item.put(header.get(i), cell);
                }
            }
        }
        return out;
    }

    /** The non-empty lines of a CSV file, split into cells; double quotes may enclose a cell. */
    static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
