package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/**
 * Derived by the star rules: the service quality a star rating reads (河南省志愿服务条例 art 41: ratings
 * rest on service time and service quality), as the average score of the volunteer's evaluations made
 * up to the as-of date.
 *
 * @param average the average score, exact to two decimals; {@code null} when no evaluation has a score
 * @param scored  how many evaluations have a score
 */
public record StarQuality(String subject, BigDecimal average, int scored) {

    /** Whether any evaluation up to the as-of date has a score. */
    public boolean evaluated() {
        return scored > 0;
    }
}
