package io.volunteerrules.core.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

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
 */
public record Scenario(
        String file,
        String name,
        LocalDate asOf,
        ObjectNode request,
        List<Expectation> expectations,
        List<String> errors) {

    public Scenario {
        expectations = List.copyOf(expectations);
        errors = List.copyOf(errors);
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
