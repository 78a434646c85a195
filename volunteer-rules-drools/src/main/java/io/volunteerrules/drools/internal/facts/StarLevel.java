package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/**
 * Derived by the star rules: the highest star level the volunteer is eligible to apply for on the
 * as-of date, by verified hours and service quality (0: none). Stars are applied for and awarded; the
 * level awarded is {@link HeldStarLevel}.
 *
 * @param averageEvaluation the average of the volunteer's evaluations up to the as-of date, or {@code null}
 */
public record StarLevel(String subject, int level, BigDecimal hours, BigDecimal averageEvaluation) {
}
