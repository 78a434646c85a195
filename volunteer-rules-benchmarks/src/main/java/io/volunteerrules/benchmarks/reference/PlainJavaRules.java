package io.volunteerrules.benchmarks.reference;

import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.model.Acceptance;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.DeclaredCapacity;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.ConsentBy;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.Qualification;
import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.TrainingTier;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.drools.internal.support.Ages;
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The assignment check written in plain Java, from the same parameter tables as the rules: the
 * yardstick the engine's speed is measured against, and a second opinion on its decisions (the
 * agreement test runs both and fails on any difference). It names the same rules as the DRL of the
 * four areas (capacity, suitability, training, insurance) so that the two can be compared rule by
 * rule; it builds no messages.
 *
 * <p>It trusts its input: requests are assumed valid (the engine validates them). Every number and
 * list is read from the {@link ParameterSet} in force on the request's date, never written here.
 * Immutable and thread-safe.
 *
 * <p>A later rule area adds a method for its question and a branch in {@link #check}.
 */
public final class PlainJavaRules {

    private final ParameterTables tables;

    public PlainJavaRules(ParameterTables tables) {
        this.tables = Objects.requireNonNull(tables, "parameter tables must not be null");
    }

    /** The verdict on every question of the request, in the order asked. */
    public List<Verdict> check(EvaluationRequest request) {
        ParameterSet p = tables.inForceOn(request.asOf());
        Facts facts = new Facts(request);
        List<Verdict> out = new ArrayList<>(request.questions().size());
        for (Question q : request.questions()) {
            if (q instanceof AssignmentQuestion aq) {
                out.add(assignment(aq, request.asOf(), p, facts));
            } else {
                throw new IllegalArgumentException("the reference has no check for " + q.subject());
            }
        }
        return out;
    }

    /** The request's facts, indexed once. */
    private static final class Facts {
        final Map<String, Volunteer> volunteers = new HashMap<>();
        final Map<String, Task> tasks = new HashMap<>();
        final Map<String, Activity> activities = new HashMap<>();
        final Map<String, Assignment> assignments = new HashMap<>();
        final Map<String, List<GuardianConsent>> consents = new HashMap<>();
        final Map<String, List<TrainingRecord>> training = new HashMap<>();
        final Map<String, List<Qualification>> qualifications = new HashMap<>();
        final List<InsurancePolicy> policies;

        Facts(EvaluationRequest r) {
            r.volunteers().forEach(v -> volunteers.put(v.id(), v));
            r.tasks().forEach(t -> tasks.put(t.id(), t));
            r.activities().forEach(a -> activities.put(a.id(), a));
            r.assignments().forEach(a -> assignments.put(a.id(), a));
            r.guardianConsents().forEach(c -> consents.computeIfAbsent(c.volunteerId(), k -> new ArrayList<>()).add(c));
            r.trainingRecords().forEach(t -> training.computeIfAbsent(t.volunteerId(), k -> new ArrayList<>()).add(t));
            r.qualifications().forEach(q -> qualifications.computeIfAbsent(q.volunteerId(), k -> new ArrayList<>()).add(q));
            policies = r.insurancePolicies();
        }
    }

    private enum Capacity { FULL, LIMITED, NONE }

    private record Requirement(ServiceField field, TrainingTier tier, String because) {
    }

    private Verdict assignment(AssignmentQuestion q, LocalDate asOf, ParameterSet p, Facts f) {
        Assignment as = f.assignments.get(q.assignmentId());
        Task task = f.tasks.get(as.taskId());
        Activity act = f.activities.get(task.activityId());
        Volunteer v = f.volunteers.get(as.volunteerId());
        LocalDate start = task.startDate() != null ? task.startDate() : act.startDate();
        LocalDate end = task.endDate() != null ? task.endDate() : act.endDate();
        ServiceField field = task.field() != null ? task.field() : act.field();
        boolean hazardous = act.hazardous() || Boolean.TRUE.equals(task.hazardous());
        int age = Ages.completedYears(v.birthDate(), start, p.flag("capacity.age-reached-day-after-birthday"));
        Map<String, Effect> fired = new HashMap<>();

        // capacity (CC-17 to CC-20, HN-8)
        int fullAge = p.integer("capacity.full-age");
        int selfSupportingAge = p.integer("capacity.self-supporting-age");
        int limitedFrom = p.integer("capacity.limited-from-age");
        Set<Capacity> capacity = new LinkedHashSet<>();
        DeclaredCapacity declared = v.declaredCapacityOn(start).orElse(null);
        if (age >= fullAge && declared == null) {
            capacity.add(Capacity.FULL);
            fired.put("capacity-full-adult", Effect.INFO);
        }
        if (age >= selfSupportingAge && age < fullAge && v.selfSupporting() && declared == null) {
            capacity.add(Capacity.FULL);
            fired.put("capacity-full-self-supporting-minor", Effect.INFO);
        }
        if (age >= limitedFrom && age < fullAge && !(v.selfSupporting() && age >= selfSupportingAge)
                && declared != DeclaredCapacity.NONE) {
            capacity.add(Capacity.LIMITED);
            fired.put("capacity-limited-minor", Effect.INFO);
        }
        if (age < limitedFrom) {
            capacity.add(Capacity.NONE);
            fired.put("capacity-none-child", Effect.INFO);
        }
        if (declared == DeclaredCapacity.NONE && age >= limitedFrom) {
            capacity.add(Capacity.NONE);
            fired.put("capacity-declared-none", Effect.INFO);
        }
        if (declared == DeclaredCapacity.LIMITED && (age >= fullAge || (v.selfSupporting() && age >= selfSupportingAge))) {
            capacity.add(Capacity.LIMITED);
            fired.put("capacity-declared-limited", Effect.INFO);
        }
        if (capacity.contains(Capacity.NONE)) {
            fired.put(as.guardianAccompanies() ? "no-capacity-accompanied-review" : "no-capacity-refused",
                    as.guardianAccompanies() ? Effect.REVIEW : Effect.REFUSE);
        }
        if (capacity.contains(Capacity.LIMITED)) {
            List<GuardianConsent> consents = f.consents.getOrDefault(v.id(), List.of());
            boolean valid = false;
            for (GuardianConsent c : consents) {
                if (c.covers(act.id(), field) && c.validThroughout(start, end)) {
                    valid = true;
                    break;
                }
            }
            if (valid) {
                fired.put("guardian-consent-valid", Effect.PASS);
            }
            if (as.guardianAccompanies()) {
                fired.put("guardian-accompanies", Effect.PASS);
            } else if (consents.isEmpty()) {
                fired.put("guardian-consent-missing", Effect.REFUSE);
            } else if (!valid) {
                fired.put("guardian-consent-not-valid-for-task", Effect.REFUSE);
            }
        }
        if (age < fullAge && !task.minorsAllowed()) {
            fired.put("task-does-not-admit-minors", Effect.REFUSE);
        }
        if (hazardous && age < fullAge) {
            fired.put("minor-in-hazardous-task-review", Effect.REVIEW);
        }

        // suitability (VSR-15, VSR-25, HN-27)
        Integer minAge = task.minAge();
        Integer maxAge = task.maxAge();
        if (minAge != null && age < minAge) {
            fired.put("below-task-minimum-age", Effect.REFUSE);
        }
        if (maxAge != null && age > maxAge) {
            fired.put("above-task-maximum-age", Effect.REFUSE);
        }
        if ((minAge != null || maxAge != null) && (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge)) {
            fired.put("age-within-task-range", Effect.PASS);
        }
        if (!task.requiredSkills().isEmpty()) {
            boolean missing = false;
            for (String s : task.requiredSkills()) {
                if (!v.skills().contains(s)) {
                    missing = true;
                    break;
                }
            }
            fired.put(missing ? "missing-required-skills" : "has-required-skills", missing ? Effect.REFUSE : Effect.PASS);
        }
        if (!task.excludedHealthConditions().isEmpty()) {
            HealthDeclaration latest = null;
            for (HealthDeclaration d : v.healthDeclarations()) {
                if (!d.declaredOn().isAfter(asOf) && (latest == null || d.declaredOn().isAfter(latest.declaredOn()))) {
                    latest = d;
                }
            }
            if (latest == null) {
                if (p.flag("suitability.review-when-health-undeclared")) {
                    fired.put("health-not-declared", Effect.REVIEW);
                }
            } else if (p.flag("suitability.separate-consent-for-health")
                    && latest.separateConsentBy() != consentNeeded(latest, v, p.integer("suitability.guardian-consent-below-age"))) {
                fired.put(consentNeeded(latest, v, p.integer("suitability.guardian-consent-below-age")) == ConsentBy.GUARDIAN
                        ? "health-declaration-without-guardian-consent" : "health-declaration-without-separate-consent",
                        Effect.REVIEW);
            } else {
                boolean excluded = false;
                for (String c : latest.conditions()) {
                    if (task.excludedHealthConditions().contains(c)) {
                        excluded = true;
                        break;
                    }
                }
                fired.put(excluded ? "excluded-health-condition" : "health-suits-task", excluded ? Effect.REFUSE : Effect.PASS);
            }
        }
        boolean answered = as.respondedOn() == null || !as.respondedOn().isAfter(asOf);
        if (as.acceptance() == Acceptance.ACCEPTED && answered) {
            fired.put("assignment-accepted", Effect.PASS);
        }
        if (as.acceptance() == Acceptance.DECLINED && answered) {
            fired.put("assignment-declined", Effect.REFUSE);
        }
        if (as.acceptance() == Acceptance.PENDING || !answered) {
            fired.put("assignment-not-yet-accepted", Effect.REFUSE);
        }

        // training (ZZ-2.2, VSR-16, HN-28)
        Set<Requirement> requirements = new LinkedHashSet<>();
        if (p.listContains("training.professional-fields", field) && !task.needsProfessionalSkill()) {
            fired.put("professional-field-ordinary-task", Effect.INFO);
        }
        if (p.listContains("training.professional-fields", field) && task.needsProfessionalSkill()) {
            requirements.add(new Requirement(field, TrainingTier.valueOf(p.text("training.professional-field-minimum-tier")),
                    "PROFESSIONAL_FIELD"));
            fired.put("professional-field-requires-training", Effect.INFO);
        }
        for (ServiceField needed : task.requiredTraining()) {
            requirements.add(new Requirement(needed, TrainingTier.valueOf(p.text("training.task-requirement-minimum-tier")),
                    "TASK_REQUIREMENT"));
            fired.put("task-requires-training", Effect.INFO);
        }
        List<TrainingRecord> held = f.training.getOrDefault(v.id(), List.of());
        for (Requirement req : requirements) {
            boolean any = false;
            boolean valid = false;
            for (TrainingRecord t : held) {
                if (t.field() == req.field()) {
                    any = true;
                    if (t.status() == RecordStatus.VERIFIED && t.tier().atLeast(req.tier()) && t.validThroughout(start, end)) {
                        valid = true;
                    }
                }
            }
            if (valid) {
                fired.put("training-valid", Effect.PASS);
            } else {
                fired.put(any ? "training-not-valid-for-task" : "training-missing", Effect.REFUSE);
            }
        }
        List<Qualification> quals = f.qualifications.getOrDefault(v.id(), List.of());
        for (String type : task.requiredQualifications()) {
            boolean heldThroughout = false;
            for (Qualification ql : quals) {
                if (ql.type().equals(type) && ql.validThroughout(start, end)) {
                    heldThroughout = true;
                    break;
                }
            }
            fired.put(heldThroughout ? "qualification-held" : "qualification-missing",
                    heldThroughout ? Effect.PASS : Effect.REFUSE);
        }

        // insurance (ZZ-2.3, VSR-17, HN-26)
        if (!hazardous) {
            fired.put("insurance-not-required", Effect.INFO);
        } else {
            List<String> accepted = p.list("insurance.accepted-types");
            List<InsurancePolicy> forVolunteer = new ArrayList<>();
            List<InsurancePolicy> acceptedForVolunteer = new ArrayList<>();
            boolean acceptedForActivity = false;
            for (InsurancePolicy pol : f.policies) {
                if (!pol.appliesTo(act.id())) {
                    continue;
                }
                boolean ok = accepted.contains(pol.type().name());
                acceptedForActivity |= ok;
                if (pol.insures(v.id())) {
                    forVolunteer.add(pol);
                    if (ok) {
                        acceptedForVolunteer.add(pol);
                    }
                }
            }
            if (forVolunteer.isEmpty()) {
                fired.put(acceptedForActivity ? "insurance-covers-other-volunteers-only" : "insurance-missing", Effect.REFUSE);
            } else if (acceptedForVolunteer.isEmpty()) {
                fired.put("insurance-wrong-type", Effect.REFUSE);
            } else {
                List<InsurancePolicy> inTime = new ArrayList<>();
                for (InsurancePolicy pol : acceptedForVolunteer) {
                    // 安排…前: bought on an earlier day, or on the day itself where the city counts it
                    if (pol.purchasedOn().isBefore(as.arrangedOn()) || (p.flag("insurance.purchase-on-arrangement-day-in-time")
                            && pol.purchasedOn().isEqual(as.arrangedOn()))) {
                        inTime.add(pol);
                    }
                }
                boolean coversAll = covers(acceptedForVolunteer, start, end);
                boolean coversInTime = !inTime.isEmpty() && covers(inTime, start, end);
                if (coversInTime) {
                    fired.put("insurance-covers-hazardous-task", Effect.PASS);
                }
                if (!coversAll) {
                    fired.put("insurance-coverage-gap", Effect.REFUSE);
                } else if (!coversInTime) {
                    fired.put("insurance-bought-late", Effect.REFUSE);
                }
            }
        }
        return Verdict.decide(q.subject(), fired);
    }

    /** Whether the policies together cover every day from {@code start} to {@code end}, both included. */
    static boolean covers(List<InsurancePolicy> policies, LocalDate start, LocalDate end) {
        List<InsurancePolicy> sorted = new ArrayList<>(policies);
        sorted.sort(Comparator.comparing(InsurancePolicy::coverageStart));
        LocalDate next = start;
        for (InsurancePolicy p : sorted) {
            if (p.coverageStart().isAfter(next)) {
                return false;
            }
            if (!p.coverageEnd().isBefore(next)) {
                next = p.coverageEnd().plusDays(1);
            }
            if (next.isAfter(end)) {
                return true;
            }
        }
        return next.isAfter(end);
    }

    /** The consent a health declaration needs: a guardian's for a child under the age on the day it was made. */
    private static ConsentBy consentNeeded(HealthDeclaration d, Volunteer v, int guardianBelowAge) {
        return java.time.Period.between(v.birthDate(), d.declaredOn()).getYears() < guardianBelowAge
                ? ConsentBy.GUARDIAN : ConsentBy.VOLUNTEER;
    }
}
