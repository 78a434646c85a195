package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * A professional qualification that law may require for a task (VSR-16, HN-28), such as a
 * physician's or a lawyer's practising certificate. It counts from {@code issuedOn} (when known)
 * through {@code validUntil} included; an open {@code validUntil} does not expire.
 *
 * @param type qualification code, compared with a task's {@code requiredQualifications}
 */
public record Qualification(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotBlank String type,
        String number,
        @IsoDate LocalDate issuedOn,
        @IsoDate LocalDate validUntil) implements StrictFields {

    /** Whether the qualification is held on every day from {@code start} to {@code end}. */
    public boolean validThroughout(LocalDate start, LocalDate end) {
        return (issuedOn == null || !issuedOn.isAfter(start)) && (validUntil == null || !validUntil.isBefore(end));
    }
}
