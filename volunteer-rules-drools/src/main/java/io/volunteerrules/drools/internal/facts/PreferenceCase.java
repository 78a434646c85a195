package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.PreferenceArea;
import java.time.LocalDate;

/**
 * A preferential-treatment question resolved: the volunteer, the area asked about and the as-of date.
 * Which commendations are recent is decided by a classify rule ({@link RecentCommendation}).
 */
@EngineMade
public record PreferenceCase(String subject, String volunteerId, String volunteerName, PreferenceArea area,
        LocalDate asOf) {

    /** The day before a window of {@code years} years that ends on the as-of date begins. */
    public LocalDate windowOpensAfter(int years) {
        return asOf.minusYears(years);
    }

    /** The key of the minimum star level the area asks for: {@code preferential.<area>-minimum-star-level}. */
    public String minimumStarLevelKey() {
        return "preferential." + area.key() + "-minimum-star-level";
    }
}
