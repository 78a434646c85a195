package io.volunteerrules.drools.internal.facts;

/**
 * A value a rule derived for a question (a star level, an issuer), reported in the decision's
 * {@code values} under {@code name}.
 */
public record DerivedValue(String subject, String rule, String name, Object value) {
}
