package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.Complaint;
import io.volunteerrules.core.model.Evaluation;
import io.volunteerrules.core.model.ServiceRecord;
import java.time.LocalDate;

/**
 * A commendation question resolved: the candidate (a volunteer or an organisation) and its name.
 *
 * @param volunteer whether the candidate is a volunteer (else an organisation)
 */
public record CommendationCase(String subject, boolean volunteer, String candidateId, String name, LocalDate asOf) {

    /** The key of one of the candidate's criteria: {@code commendation.volunteer-<name>} or {@code commendation.organisation-<name>}. */
    public String key(String name) {
        return "commendation." + (volunteer ? "volunteer-" : "organisation-") + name;
    }

    /** Whether a service record counts for the candidate: the volunteer's own, or one the organisation organised. */
    public boolean counts(ServiceRecord r) {
        return volunteer ? candidateId.equals(r.volunteerId()) : candidateId.equals(r.organiserId());
    }

    /** Whether an evaluation is of the candidate. */
    public boolean evaluates(Evaluation e) {
        return volunteer ? e.ofVolunteer(candidateId) : e.ofOrganisation(candidateId);
    }

    /** Whether a complaint is about the candidate. */
    public boolean concerns(Complaint c) {
        return volunteer ? candidateId.equals(c.volunteerId())
                : (c.volunteerId() == null || c.volunteerId().isBlank()) && candidateId.equals(c.organisationId());
    }
}
