package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.constraints.NotBlank;

/**
 * Which star level has the volunteer reached, what is the next one and how many hours are missing?
 * Answered by the star rules (ZZ-2.4, HN-41, MCA-CERT-10).
 */
public record StarRatingQuestion(@NotBlank @Ref(Volunteer.class) String volunteerId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "star-rating";

    @Override
    public String subject() {
        return TYPE + ":" + volunteerId;
    }
}
