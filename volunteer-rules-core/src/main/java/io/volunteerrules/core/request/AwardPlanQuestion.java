package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.AwardPlan;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/**
 * Does the award plan keep material rewards secondary (ZZ-2.4)?
 */
public record AwardPlanQuestion(@NotBlank @Ref(AwardPlan.class) String awardPlanId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "award-plan";

    @Override
    public String subject() {
        return TYPE + ":" + awardPlanId;
    }
}
