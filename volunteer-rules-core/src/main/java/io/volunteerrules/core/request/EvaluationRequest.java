package io.volunteerrules.core.request;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.AwardPlan;
import io.volunteerrules.core.model.Commendation;
import io.volunteerrules.core.model.Complaint;
import io.volunteerrules.core.model.Copies;
import io.volunteerrules.core.model.Evaluation;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.Incubation;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationEvaluation;
import io.volunteerrules.core.model.PublicServiceProject;
import io.volunteerrules.core.model.Qualification;
import io.volunteerrules.core.model.RecordSharingConsent;
import io.volunteerrules.core.model.RecordSharingRequest;
import io.volunteerrules.core.model.RecruitmentNotice;
import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.ServiceCatalogueItem;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.model.StarAward;
import io.volunteerrules.core.model.StudentStatus;
import io.volunteerrules.core.model.SubsidyPlan;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Facts, the date they are judged as of, and the questions to answer. The as-of date selects the
 * parameter rows in force and the state of organisations; nothing reads the machine's clock.
 *
 * <p>Build one with {@link #builder(LocalDate)} or read it from JSON with
 * {@link io.volunteerrules.core.json.Json#readRequest(String)}.
 */
public record EvaluationRequest(
        @NotNull @IsoDate LocalDate asOf,
        List<@Valid @NotNull Volunteer> volunteers,
        List<@Valid @NotNull GuardianConsent> guardianConsents,
        List<@Valid @NotNull Organisation> organisations,
        List<@Valid @NotNull Activity> activities,
        List<@Valid @NotNull Task> tasks,
        List<@Valid @NotNull TrainingRecord> trainingRecords,
        List<@Valid @NotNull Qualification> qualifications,
        List<@Valid @NotNull InsurancePolicy> insurancePolicies,
        List<@Valid @NotNull Assignment> assignments,
        List<@Valid @NotNull ServiceRecord> serviceRecords,
        List<@Valid @NotNull Commendation> commendations,
        List<@Valid @NotNull Evaluation> evaluations,
        List<@Valid @NotNull RecruitmentNotice> recruitmentNotices,
        List<@Valid @NotNull PublicServiceProject> publicServiceProjects,
        List<@Valid @NotNull Incubation> incubations,
        List<@Valid @NotNull OrganisationEvaluation> organisationEvaluations,
        List<@Valid @NotNull Complaint> complaints,
        List<@Valid @NotNull AwardPlan> awardPlans,
        List<@Valid @NotNull SubsidyPlan> subsidyPlans,
        List<@Valid @NotNull RecordSharingRequest> sharingRequests,
        List<@Valid @NotNull RecordSharingConsent> sharingConsents,
        List<@Valid @NotNull ServiceCatalogueItem> catalogueItems,
        List<@Valid @NotNull Redemption> redemptions,
        List<@Valid @NotNull StudentStatus> studentStatuses,
        List<@Valid @NotNull StarAward> starAwards,
        @NotEmpty List<@Valid @NotNull Question> questions) implements StrictFields {

    public EvaluationRequest {
        volunteers = Copies.list(volunteers);
        guardianConsents = Copies.list(guardianConsents);
        organisations = Copies.list(organisations);
        activities = Copies.list(activities);
        tasks = Copies.list(tasks);
        trainingRecords = Copies.list(trainingRecords);
        qualifications = Copies.list(qualifications);
        insurancePolicies = Copies.list(insurancePolicies);
        assignments = Copies.list(assignments);
        serviceRecords = Copies.list(serviceRecords);
        commendations = Copies.list(commendations);
        evaluations = Copies.list(evaluations);
        recruitmentNotices = Copies.list(recruitmentNotices);
        publicServiceProjects = Copies.list(publicServiceProjects);
        incubations = Copies.list(incubations);
        questions = questions == null ? null : Copies.list(questions);
        organisationEvaluations = Copies.list(organisationEvaluations);
        complaints = Copies.list(complaints);
        awardPlans = Copies.list(awardPlans);
        subsidyPlans = Copies.list(subsidyPlans);
        sharingRequests = Copies.list(sharingRequests);
        sharingConsents = Copies.list(sharingConsents);
        catalogueItems = Copies.list(catalogueItems);
        redemptions = Copies.list(redemptions);
        studentStatuses = Copies.list(studentStatuses);
        starAwards = Copies.list(starAwards);
    }

    /** How many facts the request holds, questions excluded. */
    public int factCount() {
        int count = 0;
        for (FactList list : FactList.all()) {
            count += list.in(this).size();
        }
        return count;
    }

    /** Every fact of the request, questions excluded, list by list in the order of the components above (unmodifiable). */
    public List<Object> facts() {
        Object[] all = new Object[factCount()];
        int at = 0;
        for (FactList list : FactList.all()) {
            List<Object> facts = list.in(this);
            for (int i = 0, n = facts.size(); i < n; i++) {
                all[at++] = facts.get(i);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(all));
    }

    /** The same facts and questions judged as of another date. */
    public EvaluationRequest withAsOf(LocalDate date) {
        return new EvaluationRequest(date, volunteers, guardianConsents, organisations, activities, tasks,
                trainingRecords, qualifications, insurancePolicies, assignments, serviceRecords, commendations,
                evaluations, recruitmentNotices, publicServiceProjects, incubations, organisationEvaluations, complaints,
                awardPlans, subsidyPlans, sharingRequests, sharingConsents, catalogueItems, redemptions, studentStatuses,
                starAwards, questions);
    }

    /** Starts a request judged as of {@code asOf}. */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /** Collects facts and questions; {@link #build()} makes the immutable request. */
    public static final class Builder {
        private final LocalDate asOf;
        private final List<Volunteer> volunteers = new ArrayList<>();
        private final List<GuardianConsent> guardianConsents = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<TrainingRecord> trainingRecords = new ArrayList<>();
        private final List<Qualification> qualifications = new ArrayList<>();
        private final List<InsurancePolicy> insurancePolicies = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<ServiceRecord> serviceRecords = new ArrayList<>();
        private final List<Commendation> commendations = new ArrayList<>();
        private final List<Evaluation> evaluations = new ArrayList<>();
        private final List<Question> questions = new ArrayList<>();
        private final List<RecruitmentNotice> recruitmentNotices = new ArrayList<>();
        private final List<PublicServiceProject> publicServiceProjects = new ArrayList<>();
        private final List<Incubation> incubations = new ArrayList<>();
        private final List<OrganisationEvaluation> organisationEvaluations = new ArrayList<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final List<AwardPlan> awardPlans = new ArrayList<>();
        private final List<SubsidyPlan> subsidyPlans = new ArrayList<>();
        private final List<RecordSharingRequest> sharingRequests = new ArrayList<>();
        private final List<RecordSharingConsent> sharingConsents = new ArrayList<>();
        private final List<ServiceCatalogueItem> catalogueItems = new ArrayList<>();
        private final List<Redemption> redemptions = new ArrayList<>();
        private final List<StudentStatus> studentStatuses = new ArrayList<>();
        private final List<StarAward> starAwards = new ArrayList<>();

        private Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        public Builder volunteer(Volunteer v) { volunteers.add(v); return this; }
        public Builder guardianConsent(GuardianConsent c) { guardianConsents.add(c); return this; }
        public Builder organisation(Organisation o) { organisations.add(o); return this; }
        public Builder organisations(List<Organisation> os) { organisations.addAll(os); return this; }
        public Builder activity(Activity a) { activities.add(a); return this; }
        public Builder task(Task t) { tasks.add(t); return this; }
        public Builder trainingRecord(TrainingRecord t) { trainingRecords.add(t); return this; }
        public Builder qualification(Qualification q) { qualifications.add(q); return this; }
        public Builder insurancePolicy(InsurancePolicy p) { insurancePolicies.add(p); return this; }
        public Builder assignment(Assignment a) { assignments.add(a); return this; }
        public Builder serviceRecord(ServiceRecord r) { serviceRecords.add(r); return this; }
        public Builder commendation(Commendation c) { commendations.add(c); return this; }
        public Builder evaluation(Evaluation e) { evaluations.add(e); return this; }
        public Builder question(Question q) { questions.add(q); return this; }
        public Builder recruitmentNotice(RecruitmentNotice n) { recruitmentNotices.add(n); return this; }
        public Builder publicServiceProject(PublicServiceProject p) { publicServiceProjects.add(p); return this; }
        public Builder incubation(Incubation i) { incubations.add(i); return this; }
        public Builder organisationEvaluation(OrganisationEvaluation x) { organisationEvaluations.add(x); return this; }
        public Builder complaint(Complaint x) { complaints.add(x); return this; }
        public Builder awardPlan(AwardPlan x) { awardPlans.add(x); return this; }
        public Builder subsidyPlan(SubsidyPlan x) { subsidyPlans.add(x); return this; }
        public Builder sharingRequest(RecordSharingRequest x) { sharingRequests.add(x); return this; }
        public Builder sharingConsent(RecordSharingConsent x) { sharingConsents.add(x); return this; }
        public Builder catalogueItem(ServiceCatalogueItem x) { catalogueItems.add(x); return this; }
        public Builder redemption(Redemption x) { redemptions.add(x); return this; }
        public Builder studentStatus(StudentStatus x) { studentStatuses.add(x); return this; }
        public Builder starAward(StarAward x) { starAwards.add(x); return this; }

        /** The request; it is validated when evaluated, not here. */
        public EvaluationRequest build() {
            return new EvaluationRequest(asOf, volunteers, guardianConsents, organisations, activities, tasks,
                    trainingRecords, qualifications, insurancePolicies, assignments, serviceRecords, commendations,
                    evaluations, recruitmentNotices, publicServiceProjects, incubations, organisationEvaluations,
                    complaints, awardPlans, subsidyPlans, sharingRequests, sharingConsents, catalogueItems, redemptions,
                    studentStatuses, starAwards, questions);
        }
    }
}
