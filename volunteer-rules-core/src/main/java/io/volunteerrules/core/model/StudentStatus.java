package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A volunteer's enrolment as a student (ZZ-5.1, HN-36, VSR-29), in force from {@code enrolledOn}
 * to {@code leftOn} (both included; open-ended when absent).
 */
public record StudentStatus(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotNull SchoolLevel level,
        String school,
        @NotNull @IsoDate LocalDate enrolledOn,
        @IsoDate LocalDate leftOn) implements StrictFields {

    /** Whether the student is enrolled on {@code day}. */
    public boolean enrolledOnDay(LocalDate day) {
        return !enrolledOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }
}
