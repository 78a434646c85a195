package io.volunteerrules.drools;

import io.volunteerrules.drools.internal.facts.DerivedValue;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Two rules gave one question two different values under one name (one says {@code counted} is
 * true, another false). A decision's values must not depend on which rule fired last, so the rule
 * set is wrong and the question is not answered: the message names the question's subject, the
 * value's name, and each rule with the value it gave. Two rules giving the same value is fine.
 */
public final class ConflictingValuesException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    /**
     * A rule and the value it gave.
     *
     * @param rule  the rule, by name
     * @param value the value it gave
     */
    public record RuleValue(String rule, Object value) {
    }

    private final String subject;
    private final String name;
    private final transient RuleValue first;
    private final transient RuleValue second;

    /** The two values in the order of their rules' names, so the message does not depend on firing order. */
    static ConflictingValuesException of(String ruleSetVersion, DerivedValue a, DerivedValue b) {
        List<DerivedValue> both = Stream.of(a, b).sorted(Comparator.comparing(DerivedValue::rule)
                .thenComparing(v -> String.valueOf(v.value()))).toList();
        return new ConflictingValuesException(ruleSetVersion, both.get(0), both.get(1));
    }

    private ConflictingValuesException(String ruleSetVersion, DerivedValue first, DerivedValue second) {
        super(ruleSetVersion, "rule set " + ruleSetVersion + " gave " + first.subject() + " two different values of \""
                + first.name() + "\": rule \"" + first.rule() + "\" gave " + show(first.value()) + ", rule \""
                + second.rule() + "\" gave " + show(second.value())
                + "; a value must not depend on which rule fires last, so make the rules' conditions exclusive", null);
        this.subject = first.subject();
        this.name = first.name();
        this.first = new RuleValue(first.rule(), first.value());
        this.second = new RuleValue(second.rule(), second.value());
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : value instanceof java.math.BigDecimal d
                ? d.toPlainString() : Objects.toString(value);
    }

    /** The subject of the question ({@code service-record:R1}). */
    public String subject() {
        return subject;
    }

    /** The name of the value the rules disagree on. */
    public String name() {
        return name;
    }

    /** The rule whose name comes first, with its value. */
    public RuleValue first() {
        return first;
    }

    /** The other rule, with its value. */
    public RuleValue second() {
        return second;
    }
}
