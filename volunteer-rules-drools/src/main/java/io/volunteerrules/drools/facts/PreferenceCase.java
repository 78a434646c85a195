package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.PreferenceArea;

/** A preferential-treatment question resolved: the volunteer's name and the area asked about. */
public record PreferenceCase(String subject, String volunteerName, PreferenceArea area) {

    /** The key of the minimum star level the area asks for: {@code preferential.<area>-minimum-star-level}. */
    public String minimumStarLevelKey() {
        return "preferential." + area.key() + "-minimum-star-level";
    }
}
