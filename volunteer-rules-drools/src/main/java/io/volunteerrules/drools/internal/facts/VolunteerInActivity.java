package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Volunteer;

/**
 * A case about one volunteer and one activity (an assignment to one of its tasks, a certificate of the
 * service given in it). The ids and the name rules match and print are read here, once, from the
 * volunteer and the activity the case was resolved with.
 */
public interface VolunteerInActivity {

    /** The volunteer the case is about. */
    Volunteer volunteer();

    /** The activity the case is about. */
    Activity activity();

    /** The volunteer's id. */
    default String volunteerId() {
        return volunteer().id();
    }

    /** The volunteer's name, for messages. */
    default String volunteerName() {
        return volunteer().name();
    }

    /** The activity's id. */
    default String activityId() {
        return activity().id();
    }
}
