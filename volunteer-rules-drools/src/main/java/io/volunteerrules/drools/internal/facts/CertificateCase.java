package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Volunteer;
import java.time.LocalDate;

/** One certificate question with its volunteer and activity resolved. */
public record CertificateCase(String subject, LocalDate asOf, Volunteer volunteer, Activity activity) {

    public String volunteerId() {
        return volunteer.id();
    }

    public String volunteerName() {
        return volunteer.name();
    }

    public String activityId() {
        return activity.id();
    }

    /** The body that organised and recorded the activity: whoever records, certifies (MCA-2015-1). */
    public String recordingUnitId() {
        return activity.organiserId();
    }
}
