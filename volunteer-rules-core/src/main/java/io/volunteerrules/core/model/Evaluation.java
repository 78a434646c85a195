package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An evaluation of a volunteer's service (评价情况, MCA-CERT-10/11), printed on certificates (ZZ-2.5)
 * and, through its score, weighed by star ratings and commendation (HN-41, ZZ-2.4).
 *
 * @param activityId  the activity evaluated, if it concerns one
 * @param evaluatorId the body that evaluated
 * @param rating      the rating as the evaluator wrote it (优秀, 良好…)
 * @param comment     optional words
 * @param score       the rating as 0 to 100 points, if the evaluator gave one; only scored evaluations
 *                    count toward an average evaluation
 */
public record Evaluation(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @Ref(Activity.class) String activityId,
        String evaluatorId,
        @NotNull @IsoDate LocalDate evaluatedOn,
        @NotBlank String rating,
        String comment,
        @PositiveOrZero @DecimalMax("100") BigDecimal score) implements Scored, StrictFields {

    /** Whether this evaluates the volunteer's service. */
    public boolean ofVolunteer(String id) {
        return volunteerId != null && volunteerId.equals(id);
    }
}
