package io.volunteerrules.drools.internal.facts;

import java.time.LocalDate;

/**
 * Derived by the commendation rules: the candidate's commendation period, the
 * {@code commendation.period-months} months ending on the as-of date, from {@code firstDay} to {@code lastDay}
 * (both included). The hours and the evaluations that count for commendation are those of this period.
 */
public record CommendationPeriod(String subject, LocalDate firstDay, LocalDate lastDay) {
}
