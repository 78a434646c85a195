package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/** Derived by the commendation rules: the hours that count for a candidate in its {@link CommendationPeriod}. */
public record CommendationHours(String subject, BigDecimal hours) {
}
