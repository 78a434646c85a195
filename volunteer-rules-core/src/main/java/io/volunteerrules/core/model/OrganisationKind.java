package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Kinds of organisation named in ZZ-2.1 and ZZ-1.2. */
public enum OrganisationKind implements Labelled {
    VOLUNTEER_SERVICE_ORGANISATION,
    SOCIAL_SERVICE_INSTITUTION,
    PUBLIC_WELFARE_CHARITY,
    GOVERNMENT_DEPARTMENT,
    PEOPLES_ORGANISATION,
    PUBLIC_INSTITUTION,
    ENTERPRISE,
    COMMUNITY_ORGANISATION,
    SCHOOL,
    OTHER;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static OrganisationKind named(String name) {
        return EnumNames.named(OrganisationKind.class, name);
    }
}
