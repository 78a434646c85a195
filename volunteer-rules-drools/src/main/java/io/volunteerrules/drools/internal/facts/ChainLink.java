package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.OrganisationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of the walk from the body that recorded an activity to the body that issues its
 * certificate: {@code from} was {@code status} on {@code on}, so {@code to} acts in its place, by
 * {@code rule} citing {@code clauses}.
 *
 * @param step 1 for the first step
 * @param via  what links them: the body it merged into, the body that took over its work, or its
 *             superior unit
 */
public record ChainLink(int step, String fromId, String fromName, OrganisationStatus status, LocalDate on,
        HandoverKind via, String toId, String rule, List<String> clauses) {

    public ChainLink {
        clauses = List.copyOf(clauses);
    }

    @Override
    public String toString() {
        return step + ". " + fromId + " " + status + " on " + on + " → " + toId + " (" + via + ") " + clauses;
    }
}
