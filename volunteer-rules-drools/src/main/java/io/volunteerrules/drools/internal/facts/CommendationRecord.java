package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Derived by the commendation rules: the candidate's record over the commendation period, from
 * {@code from} to {@code to} (both included).
 *
 * @param averageEvaluation the average of the evaluations in the period, or {@code null} when there were none
 * @param unresolvedComplaints complaints lodged by {@code to} and not resolved by then
 */
public record CommendationRecord(String subject, LocalDate from, LocalDate to, BigDecimal hours,
        BigDecimal averageEvaluation, int evaluations, int unresolvedComplaints) {
}
