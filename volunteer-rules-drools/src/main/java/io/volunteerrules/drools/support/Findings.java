package io.volunteerrules.drools.support;

import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.drools.facts.DerivedValue;
import io.volunteerrules.drools.facts.Finding;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Helpers for DRL consequences. A consequence names the question's subject and the facts its
 * messages need, as name/value pairs:
 *
 * <pre>{@code
 * then
 *     insert(Findings.refuse(kcontext, $c.subject(), "volunteer", $c.volunteerName(), "age", $c.age()));
 * }</pre>
 *
 * The rule's name comes from {@code kcontext}; its clauses and messages from its metadata.
 */
public final class Findings {

    private Findings() {
    }

    /** A finding that refuses. */
    public static Finding refuse(RuleContext kcontext, String subject, Object... args) {
        return of(kcontext, subject, Effect.REFUSE, args);
    }

    /** A finding that sends the question to a person's review. */
    public static Finding review(RuleContext kcontext, String subject, Object... args) {
        return of(kcontext, subject, Effect.REVIEW, args);
    }

    /** A finding that a requirement is met. */
    public static Finding pass(RuleContext kcontext, String subject, Object... args) {
        return of(kcontext, subject, Effect.PASS, args);
    }

    /** A finding that explains how a fact was classified. */
    public static Finding info(RuleContext kcontext, String subject, Object... args) {
        return of(kcontext, subject, Effect.INFO, args);
    }

    /**
     * A derived value for the question's decision. A decimal is written in its plainest exact form
     * ({@code 500}, never {@code 5E+2} or {@code 500.00}).
     */
    public static DerivedValue value(RuleContext kcontext, String subject, String name, Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return new DerivedValue(subject, kcontext.getRule().getName(), name, value);
    }

    private static Finding of(RuleContext kcontext, String subject, Effect effect, Object... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("rule " + kcontext.getRule().getName()
                    + " gave message arguments that are not name/value pairs");
        }
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            Object value = args[i + 1];
            map.put(String.valueOf(args[i]), value == null ? "—" : value);
        }
        return new Finding(subject, kcontext.getRule().getName(), effect, map);
    }
}
