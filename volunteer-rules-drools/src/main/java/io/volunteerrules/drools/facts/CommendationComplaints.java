package io.volunteerrules.drools.facts;

/** Derived by the commendation rules: how many complaints about the candidate are open on the as-of date. */
public record CommendationComplaints(String subject, int open) {
}
