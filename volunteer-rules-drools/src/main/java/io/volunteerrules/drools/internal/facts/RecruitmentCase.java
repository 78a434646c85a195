package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.RecruitmentNotice;
import java.time.LocalDate;

/**
 * One recruitment-notice question with its notice and the bodies it names.
 *
 * @param subject      {@code recruitment-notice:<id>}
 * @param organisation the recruiting organisation
 * @param commissioner the body that commissioned it to run a large event's volunteer service, or null
 */
@EngineMade
public record RecruitmentCase(String subject, LocalDate asOf, RecruitmentNotice notice, Organisation organisation,
        Organisation commissioner) {

    /** The recruiting organisation's name, for messages. */
    public String organisationName() {
        return organisation.name();
    }

    /** The commissioning body's name, for messages. */
    public String commissionerName() {
        return commissioner != null ? commissioner.name() : notice.commissionedById();
    }
}
