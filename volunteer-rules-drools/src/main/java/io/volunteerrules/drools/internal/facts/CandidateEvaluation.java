package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Scored;

/**
 * Derived by the commendation rules: an evaluation of the candidate (of a volunteer's service, or of
 * the organisation itself, never of its volunteers).
 */
public record CandidateEvaluation(String subject, Scored evaluation) {
}
