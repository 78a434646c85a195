package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Whether an organisation still exists to act, or merged, split dissolved or cannot issue for another reason (ZZ-2.5). */
public enum OrganisationStatus implements Labelled {
    ACTIVE,
    MERGED,
    SPLIT,
    DISSOLVED,
    /** Cannot issue for another reason (deregistered, its records lost…): ZZ-2.5 “或其他原因”. */
    UNABLE_TO_ISSUE;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static OrganisationStatus named(String name) {
        return EnumNames.named(OrganisationStatus.class, name);
    }
}
