package io.volunteerrules.core.model;

import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A plan of awards for volunteers (ZZ-2.4: spiritual incentives first, material ones second).
 *
 * @param totalBudget    the whole award budget
 * @param materialAmount the part of it spent on material rewards (money, goods)
 */
public record AwardPlan(
        @NotBlank String id,
        @Ref(Organisation.class) String organisationId,
        String name,
        @NotNull @Positive BigDecimal totalBudget,
        @NotNull @PositiveOrZero BigDecimal materialAmount) implements StrictFields {
}
