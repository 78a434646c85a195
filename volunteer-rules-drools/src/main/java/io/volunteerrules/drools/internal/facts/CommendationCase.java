package io.volunteerrules.drools.internal.facts;

import java.time.LocalDate;

/**
 * A commendation question resolved: the candidate (a volunteer or an organisation) and its name.
 * Whose service, evaluations and complaints are the candidate's is decided by the classify rules of
 * incentives.drl ({@link CandidateService}, {@link CandidateEvaluation}, {@link OpenComplaint}), not here.
 *
 * @param volunteer whether the candidate is a volunteer (else an organisation)
 */
@EngineMade
public record CommendationCase(String subject, boolean volunteer, String candidateId, String name, LocalDate asOf) {

    /** The key of one of the candidate's criteria: {@code commendation.volunteer-<name>} or {@code commendation.organisation-<name>}. */
    public String key(String name) {
        return "commendation." + (volunteer ? "volunteer-" : "organisation-") + name;
    }

    /** The first day of a commendation period of {@code months} months ending on the as-of date. */
    public LocalDate periodFrom(int months) {
        return asOf.minusMonths(months).plusDays(1);
    }
}
