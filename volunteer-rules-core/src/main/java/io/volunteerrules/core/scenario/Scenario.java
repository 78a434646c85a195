package io.volunteerrules.core.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One regression scenario: a sentence that names it, the date it is judged as of, its facts (the
 * file's background with this scenario's changes applied), and what it expects — decisions, or the
 * request's rejection with the listed problems.
 *
 * @param file         the scenario file, for messages
 * @param name         the sentence that names it
 * @param asOf         the as-of date
 * @param request      the request in JSON form: facts and questions, ready to be read
 * @param expectations one per question; empty when the scenario expects an error
 * @param errors       problems the request must be rejected with ({@code path: message}), if any
 * @param parameters   parameter values the scenario sets in place of the rows in force on its as-of
 *                     date (a setting the city may choose), by key; usually empty
 */
public record Scenario(
        String file,
        String name,
        LocalDate asOf,
        ObjectNode request,
        List<Expectation> expectations,
        List<String> errors,
        Map<String, Object> parameters) {

    public Scenario {
        expectations = List.copyOf(expectations);
        errors = List.copyOf(errors);
        parameters = Map.copyOf(parameters);
    }

    /** A scenario that judges by the rule set's own parameter rows. */
    public Scenario(String file, String name, LocalDate asOf, ObjectNode request, List<Expectation> expectations,
            List<String> errors) {
        this(file, name, asOf, request, expectations, errors, Map.of());
    }

    /** Whether the scenario expects the request to be rejected as invalid. */
    public boolean expectsError() {
        return !errors.isEmpty();
    }

    /** {@code file: name}, as printed in reports. */
    public String title() {
        return file + ": " + name;
    }
}
