package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A court's declaration that a person has limited or no civil capacity (民法典 arts 21–22). It holds
 * from the day of the judgment; when a court restores the person's capacity, the declaration is removed
 * from the volunteer's record.
 *
 * @param capacity   the capacity declared, {@code LIMITED} or {@code NONE}
 * @param declaredOn the day of the judgment; the declaration holds for tasks starting on or after it
 */
public record CourtDeclaration(@NotNull DeclaredCapacity capacity, @NotNull @IsoDate LocalDate declaredOn)
        implements StrictFields {

    /** Whether the declaration holds on {@code date}. */
    public boolean holdsOn(LocalDate date) {
        return capacity != null && declaredOn != null && !declaredOn.isAfter(date);
    }
}
