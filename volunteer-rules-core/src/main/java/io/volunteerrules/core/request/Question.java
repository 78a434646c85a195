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
    @JsonSubTypes.Type(value = StarRatingQuestion.class, name = StarRatingQuestion.TYPE),
    @JsonSubTypes.Type(value = CommendationQuestion.class, name = CommendationQuestion.TYPE),
    @JsonSubTypes.Type(value = PreferentialTreatmentQuestion.class, name = PreferentialTreatmentQuestion.TYPE),
    @JsonSubTypes.Type(value = AwardPlanQuestion.class, name = AwardPlanQuestion.TYPE),
    @JsonSubTypes.Type(value = SubsidyQuestion.class, name = SubsidyQuestion.TYPE),
    @JsonSubTypes.Type(value = RecordSharingQuestion.class, name = RecordSharingQuestion.TYPE),
    @JsonSubTypes.Type(value = TimeBankBalanceQuestion.class, name = TimeBankBalanceQuestion.TYPE),
    @JsonSubTypes.Type(value = RedemptionQuestion.class, name = RedemptionQuestion.TYPE),
    @JsonSubTypes.Type(value = PracticeCreditsQuestion.class, name = PracticeCreditsQuestion.TYPE)
})
public sealed interface Question permits AssignmentQuestion, ServiceRecordQuestion, TrainingRecordQuestion,
        CertificateQuestion,
        StarRatingQuestion, CommendationQuestion, PreferentialTreatmentQuestion, AwardPlanQuestion,
        SubsidyQuestion, RecordSharingQuestion, TimeBankBalanceQuestion, RedemptionQuestion, PracticeCreditsQuestion {

    /**
     * The key that ties the rules' findings to this question, such as {@code assignment:A1}. Two
     * questions with the same subject are the same question.
     */
    String subject();
}
