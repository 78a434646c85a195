package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A guardian's consent for a volunteer of limited capacity to take part in volunteer service
 * (HN-8). The consent is valid from {@code validFrom} to {@code validTo}, both days included; an
 * open {@code validTo} means until revoked, and a revocation ends it the day before
 * {@code revokedOn}.
 *
 * @param scope      every activity, one activity ({@code activityId}), or one field ({@code field})
 * @param activityId required when the scope is {@code ACTIVITY}
 * @param field      required when the scope is {@code FIELD}
 */
public record GuardianConsent(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotBlank String guardianName,
        String relationship,
        @NotNull ConsentScope scope,
        String activityId,
        ServiceField field,
        @NotNull @IsoDate LocalDate validFrom,
        @IsoDate LocalDate validTo,
        @IsoDate LocalDate revokedOn) implements StrictFields {

    /** The last day on which the consent is in force, or {@code null} if it has no end. */
    public LocalDate lastValidDay() {
        LocalDate end = validTo;
        if (revokedOn != null) {
            LocalDate beforeRevocation = revokedOn.minusDays(1);
            end = end == null || beforeRevocation.isBefore(end) ? beforeRevocation : end;
        }
        return end;
    }

    /** Whether the consent is in force on every day from {@code start} to {@code end}. */
    public boolean validThroughout(LocalDate start, LocalDate end) {
        LocalDate last = lastValidDay();
        return !validFrom.isAfter(start) && (last == null || !last.isBefore(end));
    }

    /** Whether the consent's scope covers an activity in a given field. */
    public boolean covers(String candidateActivityId, ServiceField candidateField) {
        return switch (scope) {
            case ALL_ACTIVITIES -> true;
            case ACTIVITY -> candidateActivityId != null && candidateActivityId.equals(activityId);
            case FIELD -> candidateField != null && candidateField == field;
        };
    }
}
