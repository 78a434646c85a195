package io.volunteerrules.core.decision;

import java.util.List;
import java.util.Objects;

/**
 * Why a decision came out as it did: the rule that fired, the clauses it implements, and a message
 * in Chinese and in English with the facts filled in.
 *
 * @param rule    the rule's name, unique in the rule set
 * @param clauses the clause ids of the rule's {@code @clause} metadata, in the order written
 * @param effect  what the reason does to the outcome
 * @param zh      the message in Chinese
 * @param en      the message in English
 */
public record Reason(String rule, List<String> clauses, Effect effect, String zh, String en) {

    public Reason {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(effect, "effect must not be null");
        Objects.requireNonNull(zh, "zh must not be null");
        Objects.requireNonNull(en, "en must not be null");
        clauses = List.copyOf(clauses);
    }
}
