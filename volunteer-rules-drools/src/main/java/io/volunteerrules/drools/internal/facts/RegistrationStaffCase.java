package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Organisation;

/**
 * One registration-staff question with its organisation.
 *
 * @param subject {@code registration-staff:<organisation id>}
 */
@EngineMade
public record RegistrationStaffCase(String subject, Organisation organisation) {

    /** The organisation's name, for messages. */
    public String organisationName() {
        return organisation.name();
    }
}
