package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.TrainingRecord;
import jakarta.validation.constraints.NotBlank;

/** Is this training record complete (MCA-CERT-8) and verified, so that a certificate may show it? */
public record TrainingRecordQuestion(@NotBlank @Ref(TrainingRecord.class) String trainingRecordId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "training-record";

    @Override
    public String subject() {
        return TYPE + ":" + trainingRecordId;
    }
}
