package io.volunteerrules.core.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ids that rules, parameter rows and scenarios may cite, with their text in short: the
 * Zhengzhou opinions ({@code ZZ-}) and the higher texts above them.
 */
public final class ClauseCatalogue {

    private static final ClauseCatalogue BUNDLED = load();

    private final Map<String, Clause> clauses;
    private final Map<String, String> texts;

    private ClauseCatalogue(Map<String, Clause> clauses, Map<String, String> texts) {
        this.clauses = Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
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

    private static ClauseCatalogue load() {
        try (InputStream in = ClauseCatalogue.class.getResourceAsStream("clauses.yaml")) {
            if (in == null) {
                throw new IllegalStateException("clauses.yaml is missing from the core jar");
            }
            JsonNode root = Json.yamlMapper().readTree(in);
            Map<String, Clause> clauses = new LinkedHashMap<>();
            for (JsonNode c : root.path("clauses")) {
                Clause clause = new Clause(c.path("id").asText(), c.path("kind").asText(), c.path("text").asText());
                if (clauses.put(clause.id(), clause) != null) {
                    throw new IllegalStateException("clauses.yaml lists " + clause.id() + " twice");
                }
            }
            Map<String, String> texts = new LinkedHashMap<>();
            root.path("texts").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            return new ClauseCatalogue(clauses, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clauses.yaml", e);
        }
    }
}
