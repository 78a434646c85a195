package io.volunteerrules.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.Question;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads scenario files ({@code <area>.scenarios.yaml}). A file reads:
 *
 * <pre>{@code
 * background:                 # facts every scenario of the file starts from
 *   volunteers: [ {id: V1, name: 王某, birthDate: 2011-05-02} ]
 *   ...
 * asOf: 2026-05-01            # default as-of date (optional)
 * question: {type: assignment, assignmentId: A1}   # default question (optional)
 * scenarios:
 *   - name: A 15-year-old without guardian consent is refused
 *     asOf: 2026-05-01
 *     facts:                  # merged into the background by id
 *       guardianConsents: [ {id: GC1, validTo: 2026-04-30} ]
 *     remove:                 # ids taken out of the background
 *       insurancePolicies: [P1]
 *     outcome: REFUSED
 *     clauses: [CC-19, HN-8]
 *     rules: [limited-capacity-needs-guardian]
 *     messages: ["is 15"]
 *   - name: several questions at once
 *     expect:
 *       - {question: {type: assignment, assignmentId: A1}, outcome: ALLOWED}
 *       - {question: {type: assignment, assignmentId: A2}, outcome: REFUSED}
 *   - name: a missing birth date is rejected
 *     facts: {volunteers: [ {id: V1, birthDate: null} ]}
 *     error: ["volunteers[0].birthDate: must not be null"]
 * }</pre>
 *
 * <p>Merging: an item of {@code facts} whose {@code id} is in the background's list replaces the
 * fields it names (a field set to {@code null} becomes absent); an item with a new id is added. A
 * list that is not made of items with ids (a list of skills, say) is replaced whole.
 */
public final class ScenarioLoader {

    private static final Set<String> FILE_FIELDS = Set.of("area", "description", "background", "asOf", "question",
            "parameters", "scenarios");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "asOf", "facts", "remove", "question",
            "outcome", "clauses", "rules", "notRules", "messages", "values", "expect", "error", "parameters");
    private static final Set<String> EXPECT_FIELDS = Set.of("question", "outcome", "clauses", "rules", "notRules",
            "messages", "values");
    private static final Set<String> OUTCOMES = Set.of("ALLOWED", "REFUSED", "NEEDS_REVIEW");

    private ScenarioLoader() {
    }

    /** {@code parameters: {timebank.enabled: false}}: values as a table cell holds them (text, or a list of texts). */
    private static java.util.Map<String, Object> parameters(JsonNode node, String at, List<String> problems) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problems.add(at + ".parameters: must be a map of parameter keys to values");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.asText()));
                out.put(e.getKey(), items);
            } else if (v.isValueNode() && !v.isNull()) {
                out.put(e.getKey(), v.asText());
            } else {
                problems.add(at + ".parameters." + e.getKey() + ": must be a value or a list of values");
            }
        });
        return out;
    }

    /**
     * Reads every scenario of a file.
     *
     * @param file the file's name, used in messages
     * @throws ScenarioFileException listing every problem in the file
     */
    public static List<Scenario> read(String file, String yaml) {
        ObjectMapper mapper = Json.yamlMapper();
        JsonNode root;
        try {
            root = mapper.readTree(yaml);
        } catch (IOException e) {
            throw new ScenarioFileException(List.of(file + ": not readable as YAML" + Json.syntaxProblem(e)));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject() || !root.path("scenarios").isArray()) {
            throw new ScenarioFileException(List.of(file + ": must hold a list named scenarios"));
        }
        unknownFields(root, FILE_FIELDS, file + ": ", problems);
        JsonNode background = root.path("background");
        if (!background.isMissingNode() && !background.isObject()) {
            problems.add(file + ": background: must be a map of fact lists");
            background = JsonNodeFactory.instance.objectNode();
        }
        LocalDate defaultAsOf = date(root.get("asOf"), file + ": asOf", problems);
        JsonNode defaultQuestion = root.get("question");
        java.util.Map<String, Object> defaultParameters = parameters(root.get("parameters"), file, problems);

        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int i = 0;
        for (JsonNode s : root.get("scenarios")) {
            String at = file + ": scenarios[" + i++ + "]";
            if (!s.isObject()) {
                problems.add(at + ": must be a map");
                continue;
            }
            unknownFields(s, SCENARIO_FIELDS, at + ".", problems);
            String name = s.path("name").asText("");
            if (name.isBlank()) {
                problems.add(at + ".name: must not be empty");
            } else if (!names.add(name)) {
                problems.add(at + ".name: \"" + name + "\" is used twice in the file");
            } else {
                at = file + ": \"" + name + "\"";
            }
            LocalDate asOf = s.has("asOf") ? date(s.get("asOf"), at + ".asOf", problems) : defaultAsOf;
            if (asOf == null) {
                problems.add(at + ".asOf: must be given (here or at the top of the file)");
                continue;
            }
            ObjectNode request = merge(background.isObject() ? (ObjectNode) background : null,
                    s.get("facts"), s.get("remove"), at, problems);
            request.put("asOf", asOf.toString());

            List<Expectation> expectations = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            if (s.has("error")) {
                s.get("error").forEach(e -> errors.add(e.asText()));
                if (errors.isEmpty()) {
                    problems.add(at + ".error: must list at least one expected problem");
                }
            }
            if (s.has("expect")) {
                int k = 0;
                for (JsonNode e : s.get("expect")) {
                    String eat = at + ".expect[" + k++ + "]";
                    unknownFields(e, EXPECT_FIELDS, eat + ".", problems);
                    Expectation x = expectation(e, e.get("question"), eat, problems);
                    if (x != null) {
                        expectations.add(x);
                    }
                }
            } else if (s.has("outcome")) {
                JsonNode q = s.has("question") ? s.get("question") : defaultQuestion;
                Expectation x = expectation(s, q, at, problems);
                if (x != null) {
                    expectations.add(x);
                }
            }
            if (expectations.isEmpty() && errors.isEmpty()) {
                problems.add(at + ": expects nothing: give outcome, expect or error");
            }
            ArrayNode questions = request.putArray("questions");
            if (!expectations.isEmpty()) {
                expectations.forEach(x -> questions.add(Json.yamlMapper().valueToTree(x.question())));
            } else {
                JsonNode q = s.has("question") ? s.get("question") : defaultQuestion;
                if (q != null) {
                    questions.add(q);
                }
            }
            java.util.Map<String, Object> chosen = new java.util.LinkedHashMap<>(defaultParameters);
            chosen.putAll(parameters(s.get("parameters"), at, problems));
            scenarios.add(new Scenario(file, name, asOf, request, expectations, errors, chosen));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return scenarios;
    }

    private static Expectation expectation(JsonNode e, JsonNode questionNode, String at, List<String> problems) {
        String outcome = e.path("outcome").asText("");
        if (!OUTCOMES.contains(outcome)) {
            problems.add(at + ".outcome: must be one of ALLOWED, REFUSED, NEEDS_REVIEW");
            return null;
        }
        if (questionNode == null) {
            problems.add(at + ".question: must be given (here or at the top of the file)");
            return null;
        }
        Question question;
        try {
            question = Json.yamlMapper().treeToValue(questionNode, Question.class);
        } catch (JsonMappingException ex) {
            problems.add(at + ".question: " + Json.violation(ex).message());
            return null;
        } catch (JsonProcessingException ex) {
            problems.add(at + ".question: " + ex.getOriginalMessage());
            return null;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        e.path("values").fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        return new Expectation(question, outcome, texts(e.get("clauses")), texts(e.get("rules")),
                texts(e.get("notRules")), texts(e.get("messages")), values);
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            if (node.isArray()) {
                node.forEach(n -> out.add(n.asText()));
            } else {
                out.add(node.asText());
            }
        }
        return out;
    }

    /** The background with a scenario's facts merged in and its removals taken out. */
    static ObjectNode merge(ObjectNode background, JsonNode facts, JsonNode remove, String at, List<String> problems) {
        ObjectNode out = background == null ? JsonNodeFactory.instance.objectNode() : background.deepCopy();
        if (facts != null && !facts.isNull()) {
            if (!facts.isObject()) {
                problems.add(at + ".facts: must be a map of fact lists");
            } else {
                facts.fields().forEachRemaining(f -> mergeList(out, f.getKey(), f.getValue(), at, problems));
            }
        }
        if (remove != null && !remove.isNull()) {
            remove.fields().forEachRemaining(f -> {
                JsonNode list = out.get(f.getKey());
                for (JsonNode id : f.getValue()) {
                    boolean removed = false;
                    if (list != null && list.isArray()) {
                        for (Iterator<JsonNode> it = list.elements(); it.hasNext();) {
                            if (id.asText().equals(it.next().path("id").asText(null))) {
                                it.remove();
                                removed = true;
                            }
                        }
                    }
                    if (!removed) {
                        problems.add(at + ".remove." + f.getKey() + ": no item with id \"" + id.asText() + "\" in the background");
                    }
                }
            });
        }
        return out;
    }

    private static void mergeList(ObjectNode out, String name, JsonNode items, String at, List<String> problems) {
        if (!items.isArray()) {
            out.set(name, items);
            return;
        }
        JsonNode existing = out.get(name);
        if (existing == null || !existing.isArray()) {
            ArrayNode copy = out.putArray(name);
            items.forEach(copy::add);
            return;
        }
        ArrayNode list = (ArrayNode) existing;
        for (JsonNode item : items) {
            String id = item.path("id").asText(null);
            ObjectNode match = null;
            if (id != null) {
                for (JsonNode candidate : list) {
                    if (id.equals(candidate.path("id").asText(null))) {
                        match = (ObjectNode) candidate;
                    }
                }
            }
            if (match == null) {
                list.add(item);
            } else {
                ObjectNode target = match;
                item.fields().forEachRemaining(f -> target.set(f.getKey(), f.getValue()));
            }
        }
    }

    private static LocalDate date(JsonNode node, String at, List<String> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(at + ": expected a date (yyyy-mm-dd) but found \"" + node.asText() + "\"");
            return null;
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(at + name + ": unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
