package io.volunteerrules.drools;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.Incubation;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.PublicServiceProject;
import io.volunteerrules.core.model.RecruitmentNotice;
import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.ServiceCatalogueItem;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.CertificateQuestion;
import io.volunteerrules.core.request.CommendationQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.IncubationSupportQuestion;
import io.volunteerrules.core.request.PracticeCreditsQuestion;
import io.volunteerrules.core.request.PreferentialTreatmentQuestion;
import io.volunteerrules.core.request.PurchasedProjectQuestion;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.request.RecruitmentNoticeQuestion;
import io.volunteerrules.core.request.RedemptionQuestion;
import io.volunteerrules.core.request.RegistrationStaffQuestion;
import io.volunteerrules.core.request.StarRatingQuestion;
import io.volunteerrules.core.request.TimeBankBalanceQuestion;
import io.volunteerrules.drools.facts.AssignmentCase;
import io.volunteerrules.drools.facts.CertificateCase;
import io.volunteerrules.drools.facts.CommendationCase;
import io.volunteerrules.drools.facts.IncubationCase;
import io.volunteerrules.drools.facts.OrganisationState;
import io.volunteerrules.drools.facts.PreferenceCase;
import io.volunteerrules.drools.facts.ProjectCase;
import io.volunteerrules.drools.facts.RecordCase;
import io.volunteerrules.drools.facts.RecruitmentCase;
import io.volunteerrules.drools.facts.RedemptionCase;
import io.volunteerrules.drools.facts.RegistrationStaffCase;
import io.volunteerrules.drools.facts.VolunteerSubject;
import io.volunteerrules.drools.support.TimeBank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Resolves each question into the case fact its rules reason about (for an assignment: the
 * assignment with its volunteer, task and activity, dates and age worked out once). This is
 * lookup and date arithmetic only; every policy judgement stays in the rules. The request has been
 * validated, so every reference resolves.
 */
final class Cases {

    private final EvaluationRequest request;
    private final Map<String, Volunteer> volunteers;
    private final Map<String, Task> tasks;
    private final Map<String, Activity> activities;
    private final Map<String, Assignment> assignments;
    private final Map<String, Organisation> organisations;
    private final Map<String, RecruitmentNotice> notices;
    private final Map<String, PublicServiceProject> projects;
    private final Map<String, Redemption> redemptions;
    private final Map<String, ServiceCatalogueItem> items;
    private final Map<String, List<Incubation>> incubations = new HashMap<>();

    Cases(EvaluationRequest request) {
        this.request = request;
        this.volunteers = index(request.volunteers(), Volunteer::id);
        this.tasks = index(request.tasks(), Task::id);
        this.activities = index(request.activities(), Activity::id);
        this.assignments = index(request.assignments(), Assignment::id);
        this.organisations = index(request.organisations(), Organisation::id);
        this.notices = index(request.recruitmentNotices(), RecruitmentNotice::id);
        this.projects = index(request.publicServiceProjects(), PublicServiceProject::id);
        this.redemptions = index(request.redemptions(), Redemption::id);
        this.items = index(request.catalogueItems(), ServiceCatalogueItem::id);
        for (Incubation i : request.incubations()) {
            incubations.computeIfAbsent(i.organisationId(), k -> new ArrayList<>()).add(i);
        }
    }

    /**
     * The facts every question shares, inserted once per request: each service record resolved against
     * its activity, and each organisation as it stands on the as-of date with the bodies that took over
     * its work (named by it, or claiming it).
     */
    List<Object> shared() {
        List<Object> out = new ArrayList<>();
        for (ServiceRecord r : request.serviceRecords()) {
            Activity a = r.activityId() == null ? null : activities.get(r.activityId());
            String organiserId = r.organiserId() != null ? r.organiserId() : a == null ? null : a.organiserId();
            out.add(RecordCase.of(r, a, organiserId == null ? null : organisations.get(organiserId)));
        }
        // who claims whose work, indexed once: asking every organisation about every other costs
        // the square of the organisations
        Map<String, TreeSet<String>> claimers = new HashMap<>();
        for (Organisation other : request.organisations()) {
            for (String claimed : other.tookOverWorkOfIds()) {
                if (!other.id().equals(claimed)) {
                    claimers.computeIfAbsent(claimed, k -> new TreeSet<>()).add(other.id());
                }
            }
        }
        for (Organisation o : request.organisations()) {
            TreeSet<String> takers = new TreeSet<>(claimers.getOrDefault(o.id(), new TreeSet<>()));
            if (o.workTakenOverById() != null && !o.workTakenOverById().isBlank()) {
                takers.add(o.workTakenOverById());
            }
            out.add(new OrganisationState(o, o.statusOn(request.asOf()), new ArrayList<>(takers)));
        }
        return out;
    }

    /**
     * Whether answering the question may need the {@link #shared()} case facts (service records and
     * organisations resolved). Only an assignment question does not: its rules (capacity,
     * suitability, training, insurance) match none of them nor anything derived from them, and the
     * findings the shared facts lead to are about other subjects. So a request that asks only about
     * assignments, the on-line check and the nightly bulk re-check, skips them. Any other question,
     * including those of areas added later, gets them.
     */
    static boolean needsSharedFacts(Question question) {
        return !(question instanceof AssignmentQuestion);
    }

    /** The case facts for one question. */
    List<Object> of(Question question) {
        if (question instanceof AssignmentQuestion q) {
            Assignment a = assignments.get(q.assignmentId());
            Task t = tasks.get(a.taskId());
            Activity act = activities.get(t.activityId());
            return List.of(AssignmentCase.of(q, request.asOf(), a, volunteers.get(a.volunteerId()), t, act,
                    organisations.get(act.trainingOwedById())));
        }
        if (question instanceof CertificateQuestion q) {
            return List.of(new CertificateCase(q.subject(), request.asOf(), volunteers.get(q.volunteerId()),
                    activities.get(q.activityId())));
        }
        if (question instanceof StarRatingQuestion q) {
            return List.of(volunteerSubject(q, q.volunteerId(), true));
        }
        if (question instanceof CommendationQuestion q) {
            if (q.volunteerId() != null && !q.volunteerId().isBlank()) {
                return List.of(volunteerSubject(q, q.volunteerId(), true), new CommendationCase(q.subject(), true,
                        q.volunteerId(), volunteers.get(q.volunteerId()).name(), request.asOf()));
            }
            return List.of(new CommendationCase(q.subject(), false, q.organisationId(),
                    organisations.get(q.organisationId()).name(), request.asOf()));
        }
        if (question instanceof PreferentialTreatmentQuestion q) {
            return List.of(volunteerSubject(q, q.volunteerId(), true),
                    new PreferenceCase(q.subject(), q.volunteerId(), volunteers.get(q.volunteerId()).name(), q.area(),
                            request.asOf()));
        }
        if (question instanceof TimeBankBalanceQuestion q) {
            return List.of(volunteerSubject(q, q.volunteerId(), false));
        }
        if (question instanceof RedemptionQuestion q) {
            Redemption r = redemptions.get(q.redemptionId());
            ServiceCatalogueItem item = items.get(r.itemId());
            return List.of(volunteerSubject(q, r.volunteerId(), false),
                    new RedemptionCase(q.subject(), r, item, TimeBank.cost(r, item)));
        }
        if (question instanceof PracticeCreditsQuestion q) {
            return List.of(volunteerSubject(q, q.volunteerId(), false));
        }
        return organisationCases(question);
    }

    /** Case facts of the recruitment and organisation questions (recruitment.drl, organisations.drl). */
    private List<Object> organisationCases(Question question) {
        if (question instanceof RecruitmentNoticeQuestion q) {
            RecruitmentNotice n = notices.get(q.noticeId());
            Organisation commissioner = n.commissioned() ? organisations.get(n.commissionedById()) : null;
            return List.of(new RecruitmentCase(q.subject(), request.asOf(), n, organisations.get(n.organisationId()),
                    commissioner));
        }
        if (question instanceof RegistrationStaffQuestion q) {
            return List.of(new RegistrationStaffCase(q.subject(), organisations.get(q.organisationId())));
        }
        if (question instanceof PurchasedProjectQuestion q) {
            return List.of(ProjectCase.of(q.subject(), request.asOf(), projects.get(q.projectId()),
                    organisations.get(q.organisationId())));
        }
        if (question instanceof IncubationSupportQuestion q) {
            List<Incubation> periods = incubations.getOrDefault(q.organisationId(), List.of());
            return List.of(IncubationCase.of(q.subject(), request.asOf(), organisations.get(q.organisationId()),
                    periods));
        }
        return List.of();
    }

    private VolunteerSubject volunteerSubject(Question q, String volunteerId, boolean rated) {
        String type = q.subject().substring(0, q.subject().indexOf(':'));
        return new VolunteerSubject(q.subject(), type, volunteerId, volunteers.get(volunteerId).name(), request.asOf(),
                rated);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }
}
