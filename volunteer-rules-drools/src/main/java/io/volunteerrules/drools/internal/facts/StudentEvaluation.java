package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Evaluation;

/**
 * Derived by the practice-credit rules: an evaluation of the student's service that goes into the
 * summary for the comprehensive quality evaluation (credits.drl decides which: those made from the
 * day the student enrolled up to the as-of date).
 */
public record StudentEvaluation(String subject, Evaluation evaluation) {
}
