package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.decision.Effect;
import java.util.Map;

/**
 * What a rule's consequence records: which rule, about which question's subject, with what effect,
 * and the facts that fill its messages. The engine turns each finding into a
 * {@link io.volunteerrules.core.decision.Reason} using the rule's {@code @clause}, {@code @zh} and
 * {@code @en} metadata.
 *
 * @param subject the subject of the question it answers ({@code assignment:A1})
 * @param rule    the name of the rule that recorded it
 * @param effect  what it does to the outcome
 * @param args    placeholder values for the rule's messages
 */
public record Finding(String subject, String rule, Effect effect, Map<String, Object> args) {

    public Finding {
        args = Map.copyOf(args);
    }
}
