package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.model.SubsidyPlan;
import jakarta.validation.constraints.NotBlank;

/**
 * May the organiser pay the subsidy plan (ZZ-2.3)? A decision can allow it, never require it.
 */
public record SubsidyQuestion(@NotBlank @Ref(SubsidyPlan.class) String subsidyPlanId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "subsidy";

    @Override
    public String subject() {
        return TYPE + ":" + subsidyPlanId;
    }
}
