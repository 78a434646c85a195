package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import java.time.LocalDate;
import java.util.Map;

/**
 * One certificate question with its volunteer and activity resolved, and the names of the request's
 * organisations by id (a lookup, shared by every certificate of the request), so that its messages and
 * its content name bodies as a certificate prints them.
 */
@EngineMade
public record CertificateCase(String subject, LocalDate asOf, Volunteer volunteer, Activity activity,
        Map<String, String> organisationNames) implements VolunteerInActivity {

    public CertificateCase {
        organisationNames = organisationNames == null ? Map.of() : organisationNames;
    }

    /** The body that organised and recorded the activity: whoever records, certifies (MCA-2015-1). */
    public String recordingUnitId() {
        return activity.organiserId();
    }

    /** The recording unit by name, for messages. */
    public Labelled recordingUnit() {
        return organisation(recordingUnitId());
    }

    /**
     * A body by name, for messages: its name when the request has it, else the id in brackets after
     * words saying so (未列明的单位（ORG-X） / an unlisted body (ORG-X)).
     */
    public Labelled organisation(String id) {
        String name = organisationNames.get(id);
        return name != null ? new Bilingual(name, name)
                : new Bilingual("未列明的单位（" + id + "）", "an unlisted body (" + id + ")");
    }

    /** A body's name as a certificate prints it: its name when the request has it, else the id as given. */
    public String organisationName(String id) {
        if (id == null) {
            return null;
        }
        return organisationNames.getOrDefault(id, id);
    }
}
