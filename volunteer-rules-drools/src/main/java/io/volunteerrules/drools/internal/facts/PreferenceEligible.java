package io.volunteerrules.drools.internal.facts;

/** Derived by the preferential-treatment rules: the volunteer qualifies, by star level or by a commendation. */
public record PreferenceEligible(String subject, String by) {
}
