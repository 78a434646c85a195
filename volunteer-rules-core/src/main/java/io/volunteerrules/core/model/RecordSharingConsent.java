package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A volunteer's consent to share their service record with one kind of recipient (VSR-20). It is in
 * force from {@code givenOn} until the day before {@code withdrawnOn}.
 */
public record RecordSharingConsent(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotNull RecipientKind recipientKind,
        @NotNull @IsoDate LocalDate givenOn,
        @IsoDate LocalDate withdrawnOn) implements StrictFields {

    /** Whether the consent is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
