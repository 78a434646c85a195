package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Commendation;
import io.volunteerrules.core.model.PreferenceArea;
import java.time.LocalDate;

/** A preferential-treatment question resolved: the volunteer, the area asked about and the as-of date. */
public record PreferenceCase(String subject, String volunteerId, String volunteerName, PreferenceArea area,
        LocalDate asOf) {

    /** Whether a commendation was awarded to the volunteer within {@code years} years up to the as-of date. */
    public boolean recent(Commendation c, int years) {
        return volunteerId.equals(c.volunteerId()) && !c.awardedOn().isAfter(asOf)
                && c.awardedOn().isAfter(asOf.minusYears(years));
    }

    /** The key of the minimum star level the area asks for: {@code preferential.<area>-minimum-star-level}. */
    public String minimumStarLevelKey() {
        return "preferential." + area.key() + "-minimum-star-level";
    }
}
