package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;

/**
 * Is the volunteer, or the organisation, eligible for commendation (ZZ-2.4)? Give exactly one of
 * {@code volunteerId} and {@code organisationId}.
 */
public record CommendationQuestion(
        @Ref(Volunteer.class) String volunteerId,
        @Ref(Organisation.class) String organisationId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "commendation";

    @Override
    public String subject() {
        return TYPE + ":" + (volunteerId != null ? "volunteer:" + volunteerId : "organisation:" + organisationId);
    }
}
