package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/**
 * One row of the star table in force: the verified hours a level needs and, when the table requires
 * quality ({@code stars.quality-required}), the minimum average evaluation; {@code null} when not.
 */
public record StarThreshold(int level, BigDecimal hours, BigDecimal minimumEvaluation) {

    /** Whether an average evaluation (possibly {@code null}: none) meets this level's quality requirement. */
    public boolean qualityMetBy(BigDecimal averageEvaluation) {
        return minimumEvaluation == null
                || (averageEvaluation != null && averageEvaluation.compareTo(minimumEvaluation) >= 0);
    }

    /** Whether verified hours and an average evaluation reach this level. */
    public boolean reachedBy(BigDecimal verifiedHours, BigDecimal averageEvaluation) {
        return verifiedHours.compareTo(hours) >= 0 && qualityMetBy(averageEvaluation);
    }
}
