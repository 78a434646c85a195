package io.volunteerrules.drools.facts;

/**
 * Derived by the commendation rules: a counted service record that is the candidate's own service (a
 * volunteer's) or service it organised (an organisation's).
 */
public record CandidateService(String subject, CountedRecord counted) {
}
