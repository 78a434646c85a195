package io.volunteerrules.drools.facts;

import java.math.BigDecimal;

/**
 * Derived by the commendation rules: the candidate's scored evaluations in the commendation period.
 *
 * @param average the average score, or {@code null} when the period holds no scored evaluation
 */
public record CommendationEvaluations(String subject, int count, BigDecimal average) {
}
