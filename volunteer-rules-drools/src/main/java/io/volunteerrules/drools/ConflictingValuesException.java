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

    private final String subject;
    private final String name;
    private final String firstRule;
    private final transient Object firstValue;
    private final String secondRule;
    private final transient Object secondValue;

    /** The two values in the order of their rules' names, so the message does not depend on firing order. */
    static ConflictingValuesException of(String ruleSetVersion, DerivedValue a, DerivedValue b) {
        List<DerivedValue> both = Stream.of(a, b).sorted(Comparator.comparing(DerivedValue::rule)
                .thenComparing(v -> String.valueOf(v.value()))).toList();
        return new ConflictingValuesException(ruleSetVersion, both.get(0), both.get(1));
    }

    private ConflictingValuesException(String ruleSetVersion, DerivedValue first, DerivedValue second) {
        super("rule set " + ruleSetVersion + " gave " + first.subject() + " two different values of \""
                + first.name() + "\": rule \"" + first.rule() + "\" gave " + show(first.value()) + ", rule \""
                + second.rule() + "\" gave " + show(second.value())
                + "; a value must not depend on which rule fires last, so make the rules' conditions exclusive", null);
        this.subject = first.subject();
        this.name = first.name();
        this.firstRule = first.rule();
        this.firstValue = first.value();
        this.secondRule = second.rule();
        this.secondValue = second.value();
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

    /** The first rule, by name. */
    public String firstRule() {
        return firstRule;
    }

    /** The value the first rule gave. */
    public Object firstValue() {
        return firstValue;
    }

    /** The second rule, by name. */
    public String secondRule() {
        return secondRule;
    }

    /** The value the second rule gave. */
    public Object secondValue() {
        return secondValue;
    }
}
