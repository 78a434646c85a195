package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.Scored;
import java.util.Collection;
import java.util.List;

/**
 * Derived by the commendation rules: an evaluation of the candidate (of a volunteer's service, or of
 * the organisation itself, never of its volunteers).
 */
public record CandidateEvaluation(String subject, Scored evaluation) {

    /** The evaluations of some candidate-evaluation facts. */
    public static List<Scored> evaluations(Collection<?> evaluations) {
        return evaluations.stream().map(e -> ((CandidateEvaluation) e).evaluation()).toList();
    }
}
