package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/**
 * Derived by the star rules: the star level a volunteer has reached for one question (0: none).
 *
 * @param averageEvaluation the average of the volunteer's evaluations up to the as-of date, or {@code null}
 */
public record StarLevel(String subject, int level, BigDecimal hours, BigDecimal averageEvaluation) {
}
