package io.volunteerrules.drools.internal.facts;

import java.time.LocalDate;

/**
 * Derived by the star rules: the highest star level awarded to the volunteer on or before the as-of
 * date ({@link io.volunteerrules.core.model.StarAward}), as distinct from the level the volunteer is
 * eligible to apply for ({@link StarLevel}). A volunteer awarded no level holds level 0, with no date
 * or awarding body. Commendation and preferential treatment read this level, not the computed one.
 */
public record HeldStarLevel(String subject, int level, LocalDate awardedOn, String awardedBy) {
}
