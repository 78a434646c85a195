package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An insurance policy bought for volunteers (ZZ-2.3, VSR-17, HN-26). Coverage runs from
 * {@code coverageStart} to {@code coverageEnd}, both days included.
 *
 * @param activityId          the activity it was bought for, if it names one; a policy without one
 *                            may cover any activity of its insured volunteers
 * @param purchasedBy         the body that bought it
 * @param insuredVolunteerIds the volunteers it insures by name
 * @param purchasedOn         the day it was bought; it must be no later than the day the assignment
 *                            is arranged
 */
public record InsurancePolicy(
        @NotBlank String id,
        @NotNull InsuranceType type,
        String insurer,
        String policyNumber,
        String activityId,
        String purchasedBy,
        @NotEmpty List<@NotBlank String> insuredVolunteerIds,
        @NotNull @IsoDate LocalDate coverageStart,
        @NotNull @IsoDate LocalDate coverageEnd,
        @NotNull @IsoDate LocalDate purchasedOn) implements StrictFields {

    public InsurancePolicy {
        insuredVolunteerIds = insuredVolunteerIds == null ? null : Copies.list(insuredVolunteerIds);
    }

    /** Whether the policy names the volunteer. */
    public boolean insures(String volunteerId) {
        return insuredVolunteerIds != null && insuredVolunteerIds.contains(volunteerId);
    }

    /** Whether the policy may apply to the activity: bought for it, or for no activity in particular. */
    public boolean appliesTo(String candidateActivityId) {
        return activityId == null || activityId.isBlank() || activityId.equals(candidateActivityId);
    }
}
