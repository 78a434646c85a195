package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as it stands on the request's as-of date: a change of status dated later has not
 * happened yet. {@code workTakers} are the bodies that took over its volunteer work, from both sides:
 * the one it names ({@code workTakenOverById}) and every body that claims it ({@code tookOverWorkOfIds}).
 *
 * @param status      the status in effect on the as-of date
 * @param workTakers  distinct ids, sorted
 */
public record OrganisationState(Organisation organisation, OrganisationStatus status, List<String> workTakers) {

    public OrganisationState {
        workTakers = List.copyOf(workTakers);
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

    public List<String> successorIds() {
        return organisation.successorIds();
    }

    public String superiorUnitId() {
        String s = organisation.superiorUnitId();
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The bodies that continue its work as issuer (ZZ-2.5 承接其工作的单位), distinct and sorted: when it
     * merged, dissolved or cannot issue, the body it names as its successor and every body that took
     * over its work; when it split, only a part that took over its volunteer work (the parts it split
     * into do not all continue that work). Empty while it is active.
     */
    public List<String> takers() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(workTakers);
        switch (status) {
            case MERGED, DISSOLVED, UNABLE_TO_ISSUE -> successorIds().stream()
                    .filter(s -> s != null && !s.isBlank()).forEach(all::add);
            case SPLIT -> { }
            default -> all.clear();
        }
        return List.copyOf(all);
    }

    /** Whether a status change is recorded but dated after the as-of date. */
    public boolean changePending() {
        return status == OrganisationStatus.ACTIVE && organisation.status() != OrganisationStatus.ACTIVE;
    }
}
