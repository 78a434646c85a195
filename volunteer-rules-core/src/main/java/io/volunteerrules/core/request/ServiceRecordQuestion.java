package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.ServiceRecord;
import jakarta.validation.constraints.NotBlank;

/**
 * Does this service record count? Answered by the service-record rules: complete (MCA-CERT-7),
 * verified, volunteer service (MCA-CERT-19), not a duplicate; late recording is flagged (MCA-CERT-11).
 */
public record ServiceRecordQuestion(@NotBlank @Ref(ServiceRecord.class) String recordId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "service-record";

    @Override
    public String subject() {
        return TYPE + ":" + recordId;
    }
}
