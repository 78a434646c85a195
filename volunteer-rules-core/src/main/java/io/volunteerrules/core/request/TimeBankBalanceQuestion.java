package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.constraints.NotBlank;

/**
 * What is the volunteer's time-bank balance as of the request's date (ZZ-2.4)?
 */
public record TimeBankBalanceQuestion(@NotBlank @Ref(Volunteer.class) String volunteerId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "time-bank-balance";

    @Override
    public String subject() {
        return TYPE + ":" + volunteerId;
    }
}
