package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Derived by the commendation rules: the hours that count for a candidate from {@code from} to the as-of date. */
public record CommendationHours(String subject, LocalDate from, BigDecimal hours) {
}
