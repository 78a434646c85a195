package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.RecordSharingRequest;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/**
 * May the volunteer's service record be shared as requested (VSR-20, HN-39)?
 */
public record RecordSharingQuestion(
        @NotBlank @Ref(RecordSharingRequest.class) String sharingRequestId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "record-sharing";

    @Override
    public String subject() {
        return TYPE + ":" + sharingRequestId;
    }
}
