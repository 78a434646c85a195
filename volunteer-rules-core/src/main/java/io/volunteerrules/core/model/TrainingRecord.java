package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training the volunteer took (ZZ-2.2, MCA-CERT-8). It counts from {@code completedOn} through
 * {@code expiresOn}, both days included; an open {@code expiresOn} never expires. Only a verified
 * record counts; the status is {@code VERIFIED} when absent.
 */
public record TrainingRecord(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotBlank String name,
        @NotNull ServiceField field,
        @NotNull TrainingTier tier,
        String providerId,
        @NotNull @IsoDate LocalDate completedOn,
        @IsoDate LocalDate expiresOn,
        String content,
        @DecimalMin("0") BigDecimal durationHours,
        RecordStatus status) implements StrictFields {

    public TrainingRecord {
        status = status == null ? RecordStatus.VERIFIED : status;
    }

    /** Whether the training was completed by {@code start} and has not expired before {@code end}. */
    public boolean validThroughout(LocalDate start, LocalDate end) {
        return !completedOn.isAfter(start) && (expiresOn == null || !expiresOn.isBefore(end));
    }
}
