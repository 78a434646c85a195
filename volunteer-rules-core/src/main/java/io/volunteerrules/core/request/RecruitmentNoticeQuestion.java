package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.RecruitmentNotice;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/** May this recruitment notice be published? Answered by the recruitment rules (ZZ-2.1, VSR-12, VSR-24, HN-18, HN-30). */
public record RecruitmentNoticeQuestion(@NotBlank @Ref(RecruitmentNotice.class) String noticeId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "recruitment-notice";

    @Override
    public String subject() {
        return TYPE + ":" + noticeId;
    }
}
