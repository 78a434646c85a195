package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationStatus;
import io.volunteerrules.core.model.PublicServiceProject;
import java.time.LocalDate;

/**
 * One purchased-project question: the project and the organisation that would take it on.
 *
 * @param subject {@code purchased-project:<project id>:<organisation id>}
 * @param active  whether the organisation still exists on the as-of date (not merged, split or
 *                dissolved by then)
 */
@EngineMade
public record ProjectCase(String subject, LocalDate asOf, PublicServiceProject project, Organisation organisation,
        boolean active) {

    /** Resolves the case; an organisation whose status change has no date is taken as changed. */
    public static ProjectCase of(String subject, LocalDate asOf, PublicServiceProject project, Organisation org) {
        boolean active = org.status() == OrganisationStatus.ACTIVE
                || (org.statusChangedOn() != null && org.statusChangedOn().isAfter(asOf));
        return new ProjectCase(subject, asOf, project, org, active);
    }

    /** The organisation's name, for messages. */
    public String organisationName() {
        return organisation.name();
    }
}
