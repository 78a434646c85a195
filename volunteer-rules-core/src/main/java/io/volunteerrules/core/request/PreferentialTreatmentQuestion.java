package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.PreferenceArea;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Does the volunteer's record make them eligible for preferential treatment in an area (ZZ-2.4,
 * VSR-32, VSR-33, HN-39)? Eligible means a provider may grant it, never that it must.
 */
public record PreferentialTreatmentQuestion(
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotNull PreferenceArea area) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "preferential-treatment";

    @Override
    public String subject() {
        return TYPE + ":" + volunteerId + ":" + area;
    }
}
