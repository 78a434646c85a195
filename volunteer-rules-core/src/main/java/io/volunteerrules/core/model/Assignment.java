package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An organiser's arrangement of a volunteer into a task, and the volunteer's answer to it.
 *
 * @param arrangedOn           the day the organiser arranged the volunteer into the task; insurance
 *                             for a hazardous activity must be bought no later than this day
 * @param acceptance           the volunteer's answer (VSR-25, HN-27)
 * @param respondedOn          the day of the answer; an answer after the as-of date has not been given yet
 * @param accompanyingGuardian name of a guardian who accompanies a volunteer of limited capacity (HN-8)
 */
public record Assignment(
        @NotBlank String id,
        @NotBlank @Ref(Task.class) String taskId,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotNull @IsoDate LocalDate arrangedOn,
        @NotNull Acceptance acceptance,
        @IsoDate LocalDate respondedOn,
        String accompanyingGuardian) implements StrictFields {

    /** Whether a guardian accompanies the volunteer. */
    public boolean guardianAccompanies() {
        return accompanyingGuardian != null && !accompanyingGuardian.isBlank();
    }
}
