package io.volunteerrules.core.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every parameter of a rule set, read from its parameter tables, and the values in force on a date.
 *
 * <p>A YAML table ({@code <area>.parameters.yaml}) reads:
 * <pre>{@code
 * parameters:
 *   - key: capacity.full-age
 *     description: Age from which a person has full civil capacity
 *     type: integer
 *     unit: years
 *     rows:
 *       - from: 2021-01-01
 *         value: 18
 *         source: 民法典 第十七条
 *         clause: [CC-17]
 * }</pre>
 * A row's {@code clause} is a list of clause ids ({@code [CC-201, CC-202]}); one id alone may be
 * written without the brackets, and, as in a spreadsheet's cell, several ids in one text separated
 * by commas ({@code "CC-201, CC-202"}), which is read by {@link io.volunteerrules.core.clauses.Clause#ids(String)}
 * when the table is read. Rows of one key must not overlap. Immutable and thread-safe.
 */
public final class ParameterTables {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private final Map<String, Parameter> parameters;
    private final Map<LocalDate, ParameterSet> inForce = new ConcurrentHashMap<>();

    private ParameterTables(Map<String, Parameter> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * Combines parameters from several tables.
     *
     * @throws ParameterTableException if a key appears in two tables
     */
    public static ParameterTables of(Collection<Parameter> all) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Parameter p : all) {
            Parameter earlier = byKey.putIfAbsent(p.key(), p);
            if (earlier != null) {
                problems.add(p.file() + ": parameter " + p.key() + " is also defined in " + earlier.file());
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return new ParameterTables(byKey);
    }

    /** The parameters by key. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /**
     * The first day on which every parameter has a row in force (the latest of their first rows):
     * the first as-of date the rule set can decide. Empty when there are no parameters.
     */
    public java.util.Optional<LocalDate> allInForceFrom() {
        return parameters.values().stream().filter(p -> !p.rows().isEmpty())
                .map(p -> p.rows().get(0).from()).max(Comparator.naturalOrder());
    }

    /**
     * The values in force on {@code date}.
     *
     * @throws MissingParameterException if some parameter has no row in force on that day
     */
    public ParameterSet inForceOn(LocalDate date) {
        ParameterSet cached = inForce.get(date);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            p.rowOn(date).ifPresentOrElse(r -> values.put(p.key(), r.value()),
                    () -> missing.add(p.key() + " (" + p.file() + ")"));
        }
        if (!missing.isEmpty()) {
            throw new MissingParameterException(date, missing);
        }
        ParameterSet set = new ParameterSet(date, values);
        if (inForce.size() < 4096) {
            inForce.putIfAbsent(date, set);
        }
        return set;
    }

    /** The optional module that reads XLSX tables, named in the error when it is missing. */
    static final String SPREADSHEETS_MODULE = "io.volunteerrules:volunteer-rules-spreadsheets";

    /**
     * Reads the parameters of one table of any supported kind, by its name:
     * {@code .parameters.yaml} (or {@code .yml}), {@code .parameters.csv}, or
     * {@code .parameters.xlsx} when the optional module {@value #SPREADSHEETS_MODULE} is on the class
     * path (found as a {@link TableFormat}). All kinds are checked the same way ({@link #rows}).
     *
     * @param file    name of the table, used in messages
     * @param content the file's bytes
     * @return the parameters, in the order their keys first appear
     * @throws ParameterTableException listing every problem in the table; naming the module to add
     *                                 when an XLSX table is read without it
     */
    public static List<Parameter> read(String file, byte[] content) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            String notUtf8 = io.volunteerrules.core.ruleset.Utf8.problem(file, content);
            if (notUtf8 != null) {
                throw new ParameterTableException(List.of(notUtf8));
            }
            return readYaml(file, new String(content, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (lower.endsWith(".csv")) {
            return CsvTables.readCsv(file, content);
        }
        if (lower.endsWith(".xlsx")) {
            return format("xlsx").orElseThrow(() -> new ParameterTableException(List.of(file + ": reading an .xlsx "
                    + "parameter table needs the optional module " + SPREADSHEETS_MODULE + " on the class path; add "
                    + "it as a dependency, or convert the table to .parameters.yaml or .parameters.csv")))
                    .read(file, content);
        }
        throw new ParameterTableException(List.of(file + ": not a parameter table; name it <area>.parameters.yaml, "
                + ".parameters.csv or .parameters.xlsx"));
    }

    /**
     * The table format for a file extension from a module on the class path (this library's class
     * loader, then the thread's context class loader), if there is one.
     *
     * @param extension the extension in lower case without the dot, such as {@code xlsx}
     * @return the format, or empty if no module on the class path provides it
     */
    public static Optional<TableFormat> format(String extension) {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(ParameterTables.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != loaders.get(0)) {
            loaders.add(context);
        }
        for (ClassLoader loader : loaders) {
            for (TableFormat f : ServiceLoader.load(TableFormat.class, loader)) {
                if (f.extension().equalsIgnoreCase(extension)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the parameters of one YAML table.
     *
     * @param file name of the table, used in messages
     * @throws ParameterTableException listing every problem in the table
     */
    public static List<Parameter> readYaml(String file, String yaml) {
        ObjectMapper mapper = Json.yamlMapper();
        JsonNode root;
        try {
            root = mapper.readTree(yaml);
        } catch (IOException e) {
            throw new ParameterTableException(List.of(file + ": not readable as YAML" + Json.syntaxProblem(e)));
        }
        List<String> problems = new ArrayList<>();
        List<Parameter> out = new ArrayList<>();
        if (root == null || !root.path("parameters").isArray()) {
            throw new ParameterTableException(List.of(file + ": must hold a list named parameters"));
        }
        checkFields(root, Set.of("parameters"), file, "", problems);
        int i = 0;
        for (JsonNode node : root.get("parameters")) {
            String at = "parameters[" + i++ + "]";
            checkFields(node, Set.of("key", "description", "type", "unit", "rows"), file, at, problems);
            String key = node.path("key").asText("");
            if (!KEY.matcher(key).matches()) {
                problems.add(file + ": " + at + ".key: \"" + key + "\" is not a dotted lower-case key such as capacity.full-age");
                continue;
            }
            ParameterType type;
            try {
                type = ParameterType.valueOf(node.path("type").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + at + ".type: must be one of integer, decimal, boolean, text, list, date");
                continue;
            }
            String description = node.path("description").asText("");
            if (description.isBlank()) {
                problems.add(file + ": " + at + ".description: must not be empty");
            }
            List<RawRow> raw = new ArrayList<>();
            int j = 0;
            for (JsonNode row : node.path("rows")) {
                String rat = at + ".rows[" + j++ + "]";
                checkFields(row, Set.of("from", "to", "value", "source", "clause"), file, rat, problems);
                raw.add(new RawRow(file + ": " + rat, text(row, "from"), text(row, "to"),
                        row.has("value") ? toPlain(row.get("value")) : null, text(row, "source"),
                        row.has("clause") ? toPlain(row.get("clause")) : null));
            }
            if (raw.isEmpty()) {
                problems.add(file + ": " + at + ".rows: must hold at least one row");
                continue;
            }
            List<ParameterRow> rows = rows(type, raw, problems);
            out.add(new Parameter(key, description, type, node.path("unit").isMissingNode() ? null : node.path("unit").asText(),
                    rows, file));
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return out;
    }

    /**
     * A row as read from a table, before its cells are typed.
     *
     * @param place  where the row is, for messages: {@code file: parameters[0].rows[1]} or
     *               {@code file: sheet parameters, row 7}
     * @param clause the clause ids as written: a list of ids (a YAML list), or one text holding one id
     *               or several separated by commas (a YAML scalar, a spreadsheet cell); null when absent
     * @param cells  where each field is, by field name ({@code value} → {@code file: sheet
     *               parameters, cell G7}); a field not listed is named {@code place.field}
     */
    public record RawRow(String place, String from, String to, Object value, String source, Object clause,
            Map<String, String> cells) {

        public RawRow {
            cells = cells == null ? Map.of() : Map.copyOf(cells);
        }

        /** A row whose fields are named {@code place.field} (the YAML form). */
        public RawRow(String place, String from, String to, Object value, String source, Object clause) {
            this(place, from, to, value, source, clause, Map.of());
        }

        /** Where a field of the row is, for messages. */
        public String at(String field) {
            String cell = cells.get(field);
            return cell != null ? cell : place + "." + field;
        }
    }

    /**
     * Types and checks the rows of one parameter: dates readable, {@code to} not before
     * {@code from}, value of the right type, source given, clause ids given and well formed, no two rows overlapping and
     * no gap between one row's {@code to} and the next row's {@code from} (a parameter must have a
     * value on every day from its first row on). Problems are added to {@code problems}, each naming
     * the field (or cell) at fault; the rows that could be read are returned in date order.
     */
    public static List<ParameterRow> rows(ParameterType type, List<RawRow> raw, List<String> problems) {
        List<ParameterRow> rows = new ArrayList<>();
        Map<ParameterRow, RawRow> origin = new java.util.IdentityHashMap<>();
        for (RawRow r : raw) {
            LocalDate from = date(r.from(), r.at("from"), true, problems);
            LocalDate to = date(r.to(), r.at("to"), false, problems);
            Object value = null;
            try {
                value = type.read(r.value());
            } catch (IllegalArgumentException e) {
                problems.add(r.at("value") + ": " + e.getMessage());
            }
            if (r.source() == null || r.source().isBlank()) {
                problems.add(r.at("source") + ": must not be empty");
            }
            List<String> clauses = clauses(r.clause(), r.at("clause"), problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(r.at("to") + ": must not be before from (" + from + ")");
                continue;
            }
            if (from != null && value != null && clauses != null) {
                ParameterRow row = new ParameterRow(from, to, value, r.source(), clauses);
                rows.add(row);
                origin.put(row, r);
            }
        }
        rows.sort(Comparator.comparing(ParameterRow::from));
        for (int k = 1; k < rows.size(); k++) {
            ParameterRow prev = rows.get(k - 1);
            ParameterRow next = rows.get(k);
            // a YAML table names the parameter, a spreadsheet the cell where the later row starts
            RawRow nextRaw = origin.get(next);
            boolean cells = !nextRaw.cells().isEmpty();
            String at = cells ? nextRaw.at("from") : nextRaw.place().replaceAll("\\.rows\\[\\d+]$", "");
            String prevAt = cells ? " (" + origin.get(prev).place() + ")" : "";
            if (prev.to() == null || !prev.to().isBefore(next.from())) {
                problems.add(at + ": rows overlap: the row from " + prev.from() + prevAt + " is still in force on "
                        + next.from() + " when the next row starts");
            } else if (prev.to().plusDays(1).isBefore(next.from())) {
                problems.add(at + ": gap in the dates: the row from " + prev.from() + prevAt + " ends on " + prev.to()
                        + " but the next row starts on " + next.from() + "; no value would be in force from "
                        + prev.to().plusDays(1) + " through " + next.from().minusDays(1));
            }
        }
        return rows;
    }

    /**
     * The clause ids of a row's {@code clause} field, or null with the problem added (naming the
     * field): a list of ids, or a text of one id or several separated by commas.
     */
    private static List<String> clauses(Object raw, String place, List<String> problems) {
        try {
            if (raw instanceof List<?> list) {
                return io.volunteerrules.core.clauses.Clause.ids(list.stream().map(x -> x == null ? null : x.toString()).toList());
            }
            return io.volunteerrules.core.clauses.Clause.ids(raw == null ? null : raw.toString());
        } catch (IllegalArgumentException e) {
            problems.add(place + ": " + e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String text, String place, boolean required, List<String> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(place + ": must not be empty");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(place + ": expected a date (yyyy-mm-dd) but found \"" + text + "\"");
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Object toPlain(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(x -> items.add(x.isNull() ? null : x.asText()));
            return items;
        }
        return v.asText();
    }

    private static void checkFields(JsonNode node, Set<String> known, String file, String at, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(file + ": " + (at.isEmpty() ? "" : at + ".") + name + ": unknown field (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
