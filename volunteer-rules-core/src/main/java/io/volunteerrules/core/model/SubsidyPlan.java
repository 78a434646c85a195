package io.volunteerrules.core.model;

import io.volunteerrules.core.json.FalseWhenAbsent;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An organiser's plan to pay volunteers a subsidy (ZZ-2.3: the organiser may pay subsidies where it
 * has the means; nothing requires it to).
 *
 * @param fundsAvailable whether the organiser has shown it has the means; {@code false} when absent
 */
public record SubsidyPlan(
        @NotBlank String id,
        @NotBlank @Ref(Organisation.class) String organiserId,
        @Ref(Activity.class) String activityId,
        @PositiveOrZero BigDecimal amount,
        @FalseWhenAbsent boolean fundsAvailable) implements StrictFields {
}
