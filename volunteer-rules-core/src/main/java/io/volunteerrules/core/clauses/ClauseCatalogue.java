package io.volunteerrules.core.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ids that rules, parameter rows and scenarios may cite, with their text in short: the
 * Zhengzhou opinions ({@code ZZ-}) and the higher texts above them, and the day each text is in
 * force from. A parameter row is never in force before the text of the clause it cites
 * ({@link #rowsBeforeTheirSource}).
 */
public final class ClauseCatalogue {

    private static final ClauseCatalogue BUNDLED = load();

    private final Map<String, Clause> clauses;
    private final Map<String, String> texts;
    private final Map<String, LocalDate> effective;

    private ClauseCatalogue(Map<String, Clause> clauses, Map<String, String> texts, Map<String, LocalDate> effective) {
        this.clauses = Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        this.effective = Collections.unmodifiableMap(new LinkedHashMap<>(effective));
    }

    /** The catalogue bundled with the library. */
    public static ClauseCatalogue bundled() {
        return BUNDLED;
    }

    /** Whether {@code id} is a known clause. */
    public boolean contains(String id) {
        return clauses.containsKey(id);
    }

    /** The clause, if known. */
    public Optional<Clause> find(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /** Every clause by id, in catalogue order (ZZ first, then the higher texts). */
    public Map<String, Clause> clauses() {
        return clauses;
    }

    /** The full titles of the texts, by id prefix ({@code ZZ}, {@code VSR}, …). */
    public Map<String, String> texts() {
        return texts;
    }

    /** The day each text is in force from, by id prefix ({@code ZZ} → 2021-03-07, {@code VSR} → 2017-12-01, …). */
    public Map<String, LocalDate> effective() {
        return effective;
    }

    /** The text a clause id belongs to: its longest prefix that names a text ({@code MCA-CERT-11} → {@code MCA-CERT}). */
    public Optional<String> textOf(String clauseId) {
        String best = null;
        for (String prefix : texts.keySet()) {
            if (clauseId.startsWith(prefix + "-") && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The day the text of a clause is in force from, if the catalogue knows it. */
    public Optional<LocalDate> inForceFrom(String clauseId) {
        return textOf(clauseId).map(effective::get);
    }

    /**
     * Every parameter row that starts before the text of a clause it cites is in force, or cites a
     * clause the catalogue does not know: a row is in force from its source's effective date, never
     * before. A row may cite several clauses; each is checked.
     *
     * @return one problem per row and clause, naming the table, the parameter, the row's first day,
     *         the clause and the day its text is in force from; empty when every row is in order
     */
    public List<String> rowsBeforeTheirSource(Collection<Parameter> parameters) {
        List<String> problems = new ArrayList<>();
        for (Parameter p : parameters) {
            for (ParameterRow row : p.rows()) {
                for (String clause : row.clauses()) {
                    String at = p.file() + ": " + p.key() + ": the row from " + row.from();
                    if (!contains(clause)) {
                        problems.add(at + " cites " + clause + ", which is not in the clause catalogue");
                        continue;
                    }
                    Optional<LocalDate> from = inForceFrom(clause);
                    if (from.isEmpty()) {
                        problems.add(at + " cites " + clause + ", whose text has no date of effect in the clause catalogue");
                    } else if (row.from().isBefore(from.get())) {
                        problems.add(at + " cites " + clause + ", but " + texts.get(textOf(clause).orElseThrow())
                                + " is in force only from " + from.get() + ": a row is never in force before its source");
                    }
                }
            }
        }
        return problems;
    }

    private static ClauseCatalogue load() {
        try (InputStream in = ClauseCatalogue.class.getResourceAsStream("clauses.yaml")) {
            if (in == null) {
                throw new IllegalStateException("clauses.yaml is missing from the core jar");
            }
            JsonNode root = Json.yamlMapper().readTree(in);
            Map<String, Clause> clauses = new LinkedHashMap<>();
            for (JsonNode c : root.path("clauses")) {
                Clause clause = new Clause(c.path("id").asText(), c.path("kind").asText(), c.path("text").asText(),
                        c.hasNonNull("why") ? c.path("why").asText() : null);
                if (!Clause.KINDS.contains(clause.kind())) {
                    throw new IllegalStateException("clauses.yaml: " + clause.id() + " is of kind \"" + clause.kind()
                            + "\", not one of decides, reports, context");
                }
                if (clauses.put(clause.id(), clause) != null) {
                    throw new IllegalStateException("clauses.yaml lists " + clause.id() + " twice");
                }
            }
            Map<String, String> texts = new LinkedHashMap<>();
            root.path("texts").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            Map<String, LocalDate> effective = new LinkedHashMap<>();
            root.path("effective").fields().forEachRemaining(e -> {
                if (!texts.containsKey(e.getKey())) {
                    throw new IllegalStateException("clauses.yaml gives a date of effect for " + e.getKey() + ", which is not a text");
                }
                try {
                    effective.put(e.getKey(), LocalDate.parse(e.getValue().asText()));
                } catch (DateTimeParseException x) {
                    throw new IllegalStateException("clauses.yaml: effective." + e.getKey() + " is not a date: " + e.getValue().asText());
                }
            });
            for (String text : texts.keySet()) {
                if (!effective.containsKey(text)) {
                    throw new IllegalStateException("clauses.yaml gives no date of effect for " + text);
                }
            }
            return new ClauseCatalogue(clauses, texts, effective);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clauses.yaml", e);
        }
    }
}
