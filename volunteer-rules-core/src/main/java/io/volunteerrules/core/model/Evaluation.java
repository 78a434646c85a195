package io.volunteerrules.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An evaluation of service quality (VSR-19, MCA-CERT-10, HN-41): of a volunteer's service when
 * {@code volunteerId} is given, otherwise of the organisation {@code organisationId} itself.
 *
 * @param organisationId for a volunteer's evaluation, the organisation that evaluated; otherwise the
 *                       organisation evaluated
 * @param score          0 to 100 points
 */
public record Evaluation(
        @NotBlank String id,
        String volunteerId,
        String organisationId,
        @NotNull LocalDate evaluatedOn,
        @NotNull @PositiveOrZero @DecimalMax("100") BigDecimal score) {

    /** Whether this evaluates the volunteer's service. */
    public boolean ofVolunteer(String id) {
        return volunteerId != null && volunteerId.equals(id);
    }

    /** Whether this evaluates the organisation itself (not one of its volunteers). */
    public boolean ofOrganisation(String id) {
        return (volunteerId == null || volunteerId.isBlank()) && organisationId != null && organisationId.equals(id);
    }
}
