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
 * An evaluation of a volunteer-service organisation itself (not of its volunteers), weighed when the
 * organisation is considered for commendation (ZZ-2.4).
 *
 * @param evaluatorId the body that evaluated
 * @param score       0 to 100 points
 */
public record OrganisationEvaluation(
        @NotBlank String id,
        @NotBlank @Ref(Organisation.class) String organisationId,
        String evaluatorId,
        @NotNull @IsoDate LocalDate evaluatedOn,
        @NotNull @PositiveOrZero @DecimalMax("100") BigDecimal score) implements Scored, StrictFields {
}
