package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Complaint;
import io.volunteerrules.core.model.Evaluation;
import io.volunteerrules.core.model.OrganisationEvaluation;
import io.volunteerrules.core.model.Scored;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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
    public boolean counts(CountedRecord r) {
        return volunteer ? candidateId.equals(r.volunteerId()) : candidateId.equals(r.record().organiserId());
    }

    /** The counted records among {@code counted} that count for the candidate. */
    public List<CountedRecord> countedOf(Collection<?> counted) {
        return counted.stream().map(CountedRecord.class::cast).filter(this::counts).toList();
    }

    /** The evaluations among {@code evaluations} that are of the candidate. */
    public List<Scored> evaluationsOf(Collection<?> evaluations) {
        return evaluations.stream().map(Scored.class::cast).filter(this::evaluates).toList();
    }

    /** The complaints among {@code complaints} about the candidate and unresolved on the as-of date. */
    public List<Complaint> unresolvedComplaintsOf(Collection<?> complaints) {
        return complaints.stream().map(Complaint.class::cast).filter(c -> concerns(c) && c.unresolvedOn(asOf)).toList();
    }

    /** Whether an evaluation is of the candidate: a volunteer's service, or the organisation itself. */
    public boolean evaluates(Scored s) {
        return volunteer ? s instanceof Evaluation e && e.ofVolunteer(candidateId)
                : s instanceof OrganisationEvaluation o && candidateId.equals(o.organisationId());
    }

    /** Whether a complaint is about the candidate. */
    public boolean concerns(Complaint c) {
        return volunteer ? candidateId.equals(c.volunteerId())
                : (c.volunteerId() == null || c.volunteerId().isBlank()) && candidateId.equals(c.organisationId());
    }
}
