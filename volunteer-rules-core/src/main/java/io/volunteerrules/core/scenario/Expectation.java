package io.volunteerrules.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.request.Question;
import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of the decision on one question.
 *
 * @param question  the question asked
 * @param outcome   {@code ALLOWED}, {@code REFUSED} or {@code NEEDS_REVIEW}
 * @param clauses   clause ids that the decision must cite (it may cite more)
 * @param rules     rules that must be among the reasons (it may have more)
 * @param notRules  rules that must not be among the reasons
 * @param messages  texts that must appear in some reason's Chinese or English message or next step
 * @param values    derived values the decision must hold, by name
 */
public record Expectation(
        Question question,
        String outcome,
        List<String> clauses,
        List<String> rules,
        List<String> notRules,
        List<String> messages,
        Map<String, JsonNode> values) {

    public Expectation {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        rules = rules == null ? List.of() : List.copyOf(rules);
        notRules = notRules == null ? List.of() : List.copyOf(notRules);
        messages = messages == null ? List.of() : List.copyOf(messages);
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
