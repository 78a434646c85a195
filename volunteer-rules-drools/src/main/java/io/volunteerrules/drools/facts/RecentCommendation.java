package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.Commendation;

/**
 * Derived by the preferential-treatment rules: a commendation of the volunteer awarded within the
 * window of recent records ({@code preferential.commendation-years} up to the as-of date).
 */
public record RecentCommendation(String subject, Commendation commendation) {
}
