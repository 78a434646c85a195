package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as it stands on the request's as-of date: a change of status dated later has not
 * happened yet. {@code claimedBy} are the other bodies that say they took over its work
 * ({@code tookOverWorkOfIds} naming it), indexed once per request; which of these, and of the bodies it
 * names itself, continue its work is for certificates.drl to decide ({@link WorkClaimant}).
 *
 * @param status    the status in effect on the as-of date
 * @param claimedBy distinct ids, sorted
 */
@EngineMade
public record OrganisationState(Organisation organisation, OrganisationStatus status, List<String> claimedBy) {

    public OrganisationState {
        claimedBy = List.copyOf(claimedBy);
    }

    public String id() {
        return organisation.id();
    }

    public String name() {
        return organisation.name();
    }

    public LocalDate statusChangedOn() {
        return organisation.statusChangedOn();
    }

    /** The bodies it names as its successors, without blanks. */
    public List<String> successorIds() {
        return organisation.successorIds().stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** The body it names as having taken over its work, or null. */
    public String workTakenOverById() {
        String s = organisation.workTakenOverById();
        return s == null || s.isBlank() ? null : s;
    }

    public String superiorUnitId() {
        String s = organisation.superiorUnitId();
        return s == null || s.isBlank() ? null : s;
    }

    /** Whether a status change is recorded but dated after the as-of date. */
    public boolean changePending() {
        return status == OrganisationStatus.ACTIVE && organisation.status() != OrganisationStatus.ACTIVE;
    }
}
