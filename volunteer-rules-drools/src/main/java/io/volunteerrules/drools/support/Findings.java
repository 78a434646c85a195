package io.volunteerrules.drools.support;

import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.text.MessageTemplate;
import io.volunteerrules.drools.facts.DerivedValue;
import io.volunteerrules.drools.facts.Finding;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What DRL consequences record: findings and derived values. A consequence calls these as
 * statements, naming the question's subject and the facts its messages need as name/value pairs:
 *
 * <pre>{@code
 * then
 *     Findings.refuse(kcontext, $c.subject(), "volunteer", $c.volunteerName(), "age", $c.age());
 *     Findings.value(kcontext, $c.subject(), "starLevel", $t.level());
 * }</pre>
 *
 * <p>Each helper inserts what it makes <em>logically</em> ({@code insertLogical}): the finding or
 * value holds only while the rule's conditions hold. When a later fact makes them false — a rule
 * under {@code not CountedRecord(...)} fired before the record was counted — Drools' truth
 * maintenance withdraws the finding, so the answer does not depend on which rule the agenda fired
 * first. A rule therefore cannot record a finding that outlives its reason, and never wraps these
 * calls in {@code insert(...)}. Two activations recording an equal finding (same rule, subject,
 * effect and message values) hold one finding with two justifications.
 *
 * <p>The rule's name comes from {@code kcontext}; its clauses, messages and next step from its
 * metadata. A null value is recorded as absent ({@link MessageTemplate#ABSENT}): an optional part of
 * a message that needs it is left out.
 */
public final class Findings {

    private Findings() {
    }

    /** Records a finding that refuses. */
    public static void refuse(RuleContext kcontext, String subject, Object... args) {
        kcontext.insertLogical(of(kcontext, subject, Effect.REFUSE, args));
    }

    /** Records a finding that sends the question to a person's review. */
    public static void review(RuleContext kcontext, String subject, Object... args) {
        kcontext.insertLogical(of(kcontext, subject, Effect.REVIEW, args));
    }

    /** Records a finding that a requirement is met. */
    public static void pass(RuleContext kcontext, String subject, Object... args) {
        kcontext.insertLogical(of(kcontext, subject, Effect.PASS, args));
    }

    /** Records a finding that explains how a fact was classified. */
    public static void info(RuleContext kcontext, String subject, Object... args) {
        kcontext.insertLogical(of(kcontext, subject, Effect.INFO, args));
    }

    /**
     * Records a derived value for the question's decision. A decimal is written in its plainest
     * exact form ({@code 500}, never {@code 5E+2} or {@code 500.00}). Two rules may give one subject
     * the same value under one name; two different values are an error of the rule set, reported
     * when the decision is made ({@link io.volunteerrules.drools.ConflictingValuesException}).
     */
    public static void value(RuleContext kcontext, String subject, String name, Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        kcontext.insertLogical(new DerivedValue(subject, kcontext.getRule().getName(), name, value));
    }

    private static Finding of(RuleContext kcontext, String subject, Effect effect, Object... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("rule " + kcontext.getRule().getName()
                    + " gave message arguments that are not name/value pairs");
        }
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            Object value = args[i + 1];
            map.put(String.valueOf(args[i]), value == null ? MessageTemplate.ABSENT : value);
        }
        return new Finding(subject, kcontext.getRule().getName(), effect, map);
    }
}
