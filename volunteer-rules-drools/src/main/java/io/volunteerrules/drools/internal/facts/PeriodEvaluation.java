package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Scored;

/**
 * Derived by the commendation rules: a scored evaluation of the candidate made in its commendation
 * period ({@link CommendationPeriod}), one of those the average evaluation is taken over. Which ones
 * these are is decided by incentives.drl, in the rule {@code commendation-evaluation-in-period}.
 */
public record PeriodEvaluation(String subject, Scored evaluation) {
}
