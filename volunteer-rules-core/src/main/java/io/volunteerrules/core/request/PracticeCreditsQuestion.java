package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.constraints.NotBlank;

/**
 * How many practice credits does the student's verified service earn, and what does it add to the
 * comprehensive quality evaluation (ZZ-5.1, HN-36, VSR-29)?
 */
public record PracticeCreditsQuestion(@NotBlank @Ref(Volunteer.class) String volunteerId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "practice-credits";

    @Override
    public String subject() {
        return TYPE + ":" + volunteerId;
    }
}
