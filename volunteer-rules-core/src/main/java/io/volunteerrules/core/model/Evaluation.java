package io.volunteerrules.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An evaluation of a volunteer's service (评价情况, MCA-CERT-10/11), printed on certificates (ZZ-2.5).
 *
 * @param activityId  the activity evaluated, if it concerns one
 * @param evaluatorId the body that evaluated
 * @param rating      the rating as the evaluator wrote it (优秀, 良好…)
 * @param comment     optional words
 */
public record Evaluation(
        @NotBlank String id,
        @NotBlank String volunteerId,
        String activityId,
        String evaluatorId,
        @NotNull LocalDate evaluatedOn,
        @NotBlank String rating,
        String comment) {
}
