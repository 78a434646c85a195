package io.volunteerrules.core.request;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A question a request asks; the engine answers each with one decision. In JSON a question names
 * its type: {@code {"type": "assignment", "assignmentId": "A1"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AssignmentQuestion.class, name = AssignmentQuestion.TYPE),
    @JsonSubTypes.Type(value = ServiceRecordQuestion.class, name = ServiceRecordQuestion.TYPE),
    @JsonSubTypes.Type(value = TrainingRecordQuestion.class, name = TrainingRecordQuestion.TYPE),
    @JsonSubTypes.Type(value = CertificateQuestion.class, name = CertificateQuestion.TYPE),
    @JsonSubTypes.Type(value = RecruitmentNoticeQuestion.class, name = RecruitmentNoticeQuestion.TYPE),
    @JsonSubTypes.Type(value = RegistrationStaffQuestion.class, name = RegistrationStaffQuestion.TYPE),
    @JsonSubTypes.Type(value = PurchasedProjectQuestion.class, name = PurchasedProjectQuestion.TYPE),
    @JsonSubTypes.Type(value = IncubationSupportQuestion.class, name = IncubationSupportQuestion.TYPE)
})
public sealed interface Question permits AssignmentQuestion, ServiceRecordQuestion, TrainingRecordQuestion,
        CertificateQuestion, RecruitmentNoticeQuestion, RegistrationStaffQuestion, PurchasedProjectQuestion,
        IncubationSupportQuestion {

    /**
     * The key that ties the rules' findings to this question, such as {@code assignment:A1}. Two
     * questions with the same subject are the same question.
     */
    String subject();
}
