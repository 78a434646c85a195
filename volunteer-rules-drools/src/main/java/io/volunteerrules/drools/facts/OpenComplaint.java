package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.Complaint;

/**
 * Derived by the commendation rules: a complaint about the candidate that was lodged and not yet
 * resolved on the as-of date (about a volunteer: one naming them; about an organisation: one naming it
 * and no volunteer).
 */
public record OpenComplaint(String subject, Complaint complaint) {
}
