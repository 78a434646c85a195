package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A period an organisation spends at an incubation base (孵化基地, ZZ-3.1), which supports its
 * registration and early operation.
 *
 * @param baseName  the incubation base
 * @param enteredOn first day in incubation
 * @param leftOn    last day in incubation; open when absent
 */
public record Incubation(
        @NotBlank String id,
        @NotBlank @Ref(Organisation.class) String organisationId,
        @NotBlank String baseName,
        @NotNull @IsoDate LocalDate enteredOn,
        @IsoDate LocalDate leftOn) implements StrictFields {

    /** Whether the organisation is in incubation on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !enteredOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }
}
