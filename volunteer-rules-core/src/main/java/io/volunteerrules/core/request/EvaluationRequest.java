package io.volunteerrules.core.request;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.Commendation;
import io.volunteerrules.core.model.Evaluation;
import io.volunteerrules.core.model.Copies;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.Incubation;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.PublicServiceProject;
import io.volunteerrules.core.model.Qualification;
import io.volunteerrules.core.model.RecruitmentNotice;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.Volunteer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Facts, the date they are judged as of, and the questions to answer. The as-of date selects the
 * parameter rows in force and the state of organisations; nothing reads the machine's clock.
 *
 * <p>Build one with {@link #builder(LocalDate)} or read it from JSON with
 * {@link io.volunteerrules.core.json.Json#readRequest(String)}.
 */
public record EvaluationRequest(
        @NotNull LocalDate asOf,
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
        @NotEmpty List<@Valid @NotNull Question> questions) {

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
    }

    /** Every fact of the request, questions excluded, in a fixed order. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>();
        Stream.of(volunteers, guardianConsents, organisations, activities, tasks, trainingRecords,
                qualifications, insurancePolicies, assignments, serviceRecords, commendations, evaluations,
                recruitmentNotices, publicServiceProjects, incubations).forEach(all::addAll);
        return all;
    }

    /** The same facts and questions judged as of another date. */
    public EvaluationRequest withAsOf(LocalDate date) {
        return new EvaluationRequest(date, volunteers, guardianConsents, organisations, activities, tasks,
                trainingRecords, qualifications, insurancePolicies, assignments, serviceRecords, commendations,
                evaluations, recruitmentNotices, publicServiceProjects, incubations, questions);
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

        /** The request; it is validated when evaluated, not here. */
        public EvaluationRequest build() {
            return new EvaluationRequest(asOf, volunteers, guardianConsents, organisations, activities, tasks,
                    trainingRecords, qualifications, insurancePolicies, assignments, serviceRecords, commendations,
                    evaluations, recruitmentNotices, publicServiceProjects, incubations, questions);
        }
    }
}
