package io.volunteerrules.drools.internal.facts;

import java.math.BigDecimal;

/**
 * Derived by the rule {@code verified-hours}: a volunteer's verified cumulative service hours as of
 * the request's date, for one question. The one place those hours are summed is
 * {@link io.volunteerrules.drools.internal.support.Hours#verified}.
 *
 * @param total   the hours, exact
 * @param records how many verified records they came from
 */
public record VerifiedHours(String subject, String volunteerId, BigDecimal total, int records) {
}
