package io.volunteerrules.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.volunteerrules.core.text.Bilingual;
import java.util.List;
import java.util.Objects;

/**
 * Why a decision came out as it did: the rule that fired, the clauses it implements, a message in
 * Chinese and in English with the facts filled in, and, for a reason that refuses or asks for review,
 * what would change it.
 *
 * @param rule     the rule's name, unique in the rule set
 * @param clauses  the clause ids of the rule's {@code @clause} metadata, in the order written
 * @param effect   what the reason does to the outcome
 * @param zh       the message in Chinese
 * @param en       the message in English
 * @param nextStep who must do what (by when, where the facts give a date) for the answer to change,
 *                 in both languages; {@code null} for a reason that neither refuses nor asks for
 *                 review, or from a rule that gives none
 */
public record Reason(String rule, List<String> clauses, Effect effect, String zh, String en,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Bilingual nextStep) {

    public Reason {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(effect, "effect must not be null");
        Objects.requireNonNull(zh, "zh must not be null");
        Objects.requireNonNull(en, "en must not be null");
        clauses = List.copyOf(clauses);
    }

    /** A reason without a next step. */
    public Reason(String rule, List<String> clauses, Effect effect, String zh, String en) {
        this(rule, clauses, effect, zh, en, null);
    }
}
