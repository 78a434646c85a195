package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.constraints.NotBlank;

/**
 * May a service-record certificate be issued to this volunteer for this activity, by which path, by
 * whom and with what content (ZZ-2.5, MCA-CERT-14/15, MCA-2015)? An allowed decision carries the
 * certificate's content in {@code values.certificate}; numbering and registering it happen outside
 * the rules (see {@link io.volunteerrules.core.certificate.CertificateIssuer}).
 */
public record CertificateQuestion(
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotBlank @Ref(Activity.class) String activityId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "certificate";

    @Override
    public String subject() {
        return TYPE + ":" + volunteerId + "/" + activityId;
    }
}
