package io.volunteerrules.drools.internal.facts;

import java.time.LocalDate;

/**
 * A question about one volunteer's record (star rating, commendation, preferential treatment, time
 * bank, practice credits): what the shared classify rules (verified hours, star level) hang on.
 *
 * @param subject the question's subject
 * @param kind    the question's type name ({@code star-rating}, {@code redemption}...)
 * @param rated   whether the question needs the volunteer's star level
 */
@EngineMade
public record VolunteerSubject(String subject, String kind, String volunteerId, String volunteerName, LocalDate asOf,
        boolean rated) {
}
