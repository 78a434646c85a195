package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/** Is this organisation in incubation, registered or not, and eligible for incubation support (ZZ-3.1)? Answered by the organisation rules. */
public record IncubationSupportQuestion(@NotBlank @Ref(Organisation.class) String organisationId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "incubation-support";

    @Override
    public String subject() {
        return TYPE + ":" + organisationId;
    }
}
