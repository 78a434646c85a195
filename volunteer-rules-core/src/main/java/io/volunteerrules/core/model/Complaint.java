package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A complaint about a volunteer ({@code volunteerId} given) or, otherwise, about the organisation
 * {@code organisationId}. It is unresolved on a day when it was lodged by then and not resolved by then.
 */
public record Complaint(
        @NotBlank String id,
        @Ref(Volunteer.class) String volunteerId,
        @Ref(Organisation.class) String organisationId,
        @NotNull @IsoDate LocalDate lodgedOn,
        @IsoDate LocalDate resolvedOn,
        String summary) implements StrictFields {

    /** Whether the complaint concerns the volunteer or, with no volunteer named, the organisation. */
    public boolean about(String candidateId) {
        if (volunteerId != null && !volunteerId.isBlank()) {
            return volunteerId.equals(candidateId);
        }
        return organisationId != null && organisationId.equals(candidateId);
    }

    /** Whether it was lodged and still unresolved on {@code day}. */
    public boolean unresolvedOn(LocalDate day) {
        return !lodgedOn.isAfter(day) && (resolvedOn == null || resolvedOn.isAfter(day));
    }
}
