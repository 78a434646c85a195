package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/** Does this organisation have the dedicated registration staff ZZ-2.1 asks of its kind? Answered by the recruitment rules; an organisation without them is reported. */
public record RegistrationStaffQuestion(@NotBlank @Ref(Organisation.class) String organisationId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "registration-staff";

    @Override
    public String subject() {
        return TYPE + ":" + organisationId;
    }
}
