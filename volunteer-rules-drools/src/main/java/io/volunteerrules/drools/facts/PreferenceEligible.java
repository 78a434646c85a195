package io.volunteerrules.drools.facts;

/** Derived by the preferential-treatment rules: the volunteer qualifies, by star level or by a recent commendation. */
public record PreferenceEligible(String subject, PreferenceBasis by) {
}
