package io.volunteerrules.drools.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of the walk from the body that recorded an activity to the body that issues its
 * certificate: {@code from} was {@code status} on {@code on}, so {@code to} acts in its place, by
 * {@code rule} citing {@code clauses}.
 *
 * @param step 1 for the first step
 * @param via  what links them: MERGED_INTO, TOOK_OVER_WORK or SUPERIOR_UNIT
 */
public record ChainLink(int step, String fromId, String fromName, String status, LocalDate on, String via,
        String toId, String rule, List<String> clauses) {

    public ChainLink {
        clauses = List.copyOf(clauses);
    }

    @Override
    public String toString() {
        return step + ". " + fromId + " " + status + " on " + on + " → " + toId + " (" + via + ") " + clauses;
    }
}
