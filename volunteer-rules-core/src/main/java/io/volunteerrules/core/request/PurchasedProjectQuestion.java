package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.PublicServiceProject;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/** May this organisation take on this government-purchased public-service project (ZZ-1.3, ZZ-3.2)? Answered by the organisation rules. */
public record PurchasedProjectQuestion(
        @NotBlank @Ref(PublicServiceProject.class) String projectId,
        @NotBlank @Ref(Organisation.class) String organisationId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "purchased-project";

    @Override
    public String subject() {
        return TYPE + ":" + projectId + ":" + organisationId;
    }
}
