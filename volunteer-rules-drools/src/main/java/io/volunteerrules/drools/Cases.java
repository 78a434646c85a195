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
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.AwardPlanQuestion;
import io.volunteerrules.core.request.CertificateQuestion;
import io.volunteerrules.core.request.CommendationQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.FactList;
import io.volunteerrules.core.request.IncubationSupportQuestion;
import io.volunteerrules.core.request.PracticeCreditsQuestion;
import io.volunteerrules.core.request.PreferentialTreatmentQuestion;
import io.volunteerrules.core.request.PurchasedProjectQuestion;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.core.request.RecordSharingQuestion;
import io.volunteerrules.core.request.RecruitmentNoticeQuestion;
import io.volunteerrules.core.request.RedemptionQuestion;
import io.volunteerrules.core.request.RegistrationStaffQuestion;
import io.volunteerrules.core.request.ServiceRecordQuestion;
import io.volunteerrules.core.request.StarRatingQuestion;
import io.volunteerrules.core.request.SubsidyQuestion;
import io.volunteerrules.core.request.TimeBankBalanceQuestion;
import io.volunteerrules.core.request.TrainingRecordQuestion;
import io.volunteerrules.drools.internal.facts.AssignmentCase;
import io.volunteerrules.drools.internal.facts.CertificateCase;
import io.volunteerrules.drools.internal.facts.CommendationCase;
import io.volunteerrules.drools.internal.facts.IncubationCase;
import io.volunteerrules.drools.internal.facts.OrganisationState;
import io.volunteerrules.drools.internal.facts.PreferenceCase;
import io.volunteerrules.drools.internal.facts.ProjectCase;
import io.volunteerrules.drools.internal.facts.RecordCase;
import io.volunteerrules.drools.internal.facts.RecruitmentCase;
import io.volunteerrules.drools.internal.facts.RedemptionCase;
import io.volunteerrules.drools.internal.facts.RegistrationStaffCase;
import io.volunteerrules.drools.internal.facts.VolunteerSubject;
import io.volunteerrules.drools.internal.support.TimeBank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Resolves each question into the case facts its rules reason about (for an assignment: the
 * assignment with its volunteer, task and activity, dates and age worked out once). This is
 * lookup and date arithmetic only; every policy judgement stays in the rules. The request has been
 * validated, so every reference resolves.
 *
 * <p>Each kind of question has exactly one entry in {@link #RESOLVERS}: how it becomes case facts,
 * and whether its rules need the {@link #shared()} facts. A kind without an entry is an error when
 * the engine is built ({@link #checkEveryKindResolved()}), never an empty answer.
 */
final class Cases {

    /** How one kind of question becomes case facts. */
    private record Resolver<Q extends Question>(Class<Q> kind, boolean needsSharedFacts,
            BiFunction<Cases, Q, List<Object>> cases) {

        List<Object> resolve(Cases c, Question q) {
            return cases.apply(c, kind.cast(q));
        }
    }

    private static <Q extends Question> Map.Entry<Class<?>, Resolver<?>> kind(Class<Q> kind, boolean needsSharedFacts,
            BiFunction<Cases, Q, List<Object>> cases) {
        return Map.entry(kind, new Resolver<>(kind, needsSharedFacts, cases));
    }

    /**
     * One entry per kind of question. Only an assignment does not need the shared facts: its rules
     * (capacity, suitability, training, insurance) match none of them nor anything derived from
     * them, so a request that asks only about assignments (the on-line check and the nightly bulk
     * re-check) skips them. The record questions' rules reason about the shared record facts and the
     * question itself, so they add no case fact of their own.
     */
    private static final Map<Class<?>, Resolver<?>> RESOLVERS = Map.ofEntries(
            kind(AssignmentQuestion.class, false, Cases::assignment),
            kind(ServiceRecordQuestion.class, true, (c, q) -> List.of()),
            kind(TrainingRecordQuestion.class, true, (c, q) -> List.of()),
            kind(CertificateQuestion.class, true, (c, q) -> List.of(new CertificateCase(q.subject(), c.request.asOf(),
                    c.get(Volunteer.class, q.volunteerId()), c.get(Activity.class, q.activityId()), c.organisationNames()))),
            kind(StarRatingQuestion.class, true, (c, q) -> List.of(c.volunteerSubject(q, q.volunteerId(), true))),
            kind(CommendationQuestion.class, true, Cases::commendation),
            kind(PreferentialTreatmentQuestion.class, true, (c, q) -> List.of(c.volunteerSubject(q, q.volunteerId(), true),
                    new PreferenceCase(q.subject(), q.volunteerId(), c.get(Volunteer.class, q.volunteerId()).name(),
                            q.area(), c.request.asOf()))),
            kind(AwardPlanQuestion.class, true, (c, q) -> List.of()),
            kind(SubsidyQuestion.class, true, (c, q) -> List.of()),
            kind(RecordSharingQuestion.class, true, (c, q) -> List.of()),
            kind(TimeBankBalanceQuestion.class, true, (c, q) -> List.of(c.volunteerSubject(q, q.volunteerId(), false))),
            kind(RedemptionQuestion.class, true, Cases::redemption),
            kind(PracticeCreditsQuestion.class, true, (c, q) -> List.of(c.volunteerSubject(q, q.volunteerId(), false))),
            kind(RecruitmentNoticeQuestion.class, true, Cases::recruitment),
            kind(RegistrationStaffQuestion.class, true, (c, q) -> List.of(new RegistrationStaffCase(q.subject(),
                    c.get(Organisation.class, q.organisationId())))),
            kind(PurchasedProjectQuestion.class, true, (c, q) -> List.of(ProjectCase.of(q.subject(), c.request.asOf(),
                    c.get(PublicServiceProject.class, q.projectId()), c.get(Organisation.class, q.organisationId())))),
            kind(IncubationSupportQuestion.class, true, Cases::incubation));

    /**
     * Checks that every kind of question the request format knows has its resolver.
     *
     * @throws IllegalStateException naming each kind without one
     */
    static void checkEveryKindResolved() {
        List<String> missing = Arrays.stream(Question.class.getPermittedSubclasses())
                .filter(k -> !RESOLVERS.containsKey(k)).map(Class::getSimpleName).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no case resolver for the question kinds " + missing
                    + ": add each to Cases.RESOLVERS (see docs/adding-a-question-kind.md)");
        }
    }

    private final EvaluationRequest request;
    /** The parameters in force on the request's as-of date, for the few values a case works out. */
    private final ParameterSet parameters;
    /** Facts by type and id, each type indexed when first needed. */
    private final Map<Class<?>, Map<String, Object>> byId = new HashMap<>();
    /** The organisations' names by id, once a certificate question needs them. */
    private Map<String, String> organisationNames;

    Cases(EvaluationRequest request, ParameterSet parameters) {
        this.request = request;
        this.parameters = parameters;
    }

    /** The parameter that says how ages are counted (CC-201, CC-202). */
    static final String AGE_CONVENTION = "capacity.age-reached-day-after-birthday";

    /**
     * Whether a year of age is complete only from the day after the birthday: the rule set's
     * {@value #AGE_CONVENTION}, or where a rule set has no such parameter (one without the capacity
     * rules), the Civil Code's count of periods, which it states.
     */
    private boolean ageFromDayAfterBirthday() {
        return !parameters.values().containsKey(AGE_CONVENTION) || parameters.flag(AGE_CONVENTION);
    }

    /**
     * The facts every question shares, inserted once per request: each service record resolved against
     * its activity, and each organisation as it stands on the as-of date with the other bodies that
     * claim its work (an index; the rules decide what the claims mean).
     */
    List<Object> shared() {
        List<Object> out = new ArrayList<>();
        for (ServiceRecord r : request.serviceRecords()) {
            Activity a = r.activityId() == null ? null : get(Activity.class, r.activityId());
            String organiserId = r.organiserId() != null ? r.organiserId() : a == null ? null : a.organiserId();
            out.add(RecordCase.of(r, a, organiserId == null ? null : get(Organisation.class, organiserId)));
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
            out.add(new OrganisationState(o, o.statusOn(request.asOf()),
                    new ArrayList<>(claimers.getOrDefault(o.id(), new TreeSet<>()))));
        }
        return out;
    }

    /** Whether answering the question may need the {@link #shared()} case facts. */
    static boolean needsSharedFacts(Question question) {
        return resolver(question).needsSharedFacts();
    }

    /** The case facts for one question. */
    List<Object> of(Question question) {
        return resolver(question).resolve(this, question);
    }

    private static Resolver<?> resolver(Question question) {
        Resolver<?> r = RESOLVERS.get(question.getClass());
        if (r == null) {
            throw new IllegalStateException("no case resolver for the question kind " + question.getClass().getSimpleName());
        }
        return r;
    }

    private static List<Object> assignment(Cases c, AssignmentQuestion q) {
        Assignment a = c.get(Assignment.class, q.assignmentId());
        Task t = c.get(Task.class, a.taskId());
        Activity act = c.get(Activity.class, t.activityId());
        return List.of(AssignmentCase.of(q, c.request.asOf(), a, c.get(Volunteer.class, a.volunteerId()), t, act,
                c.get(Organisation.class, act.trainingOwedById()), c.ageFromDayAfterBirthday()));
    }

    private static List<Object> commendation(Cases c, CommendationQuestion q) {
        if (q.volunteerId() != null && !q.volunteerId().isBlank()) {
            return List.of(c.volunteerSubject(q, q.volunteerId(), true), new CommendationCase(q.subject(), true,
                    q.volunteerId(), c.get(Volunteer.class, q.volunteerId()).name(), c.request.asOf()));
        }
        return List.of(new CommendationCase(q.subject(), false, q.organisationId(),
                c.get(Organisation.class, q.organisationId()).name(), c.request.asOf()));
    }

    private static List<Object> redemption(Cases c, RedemptionQuestion q) {
        Redemption r = c.get(Redemption.class, q.redemptionId());
        ServiceCatalogueItem item = c.get(ServiceCatalogueItem.class, r.itemId());
        return List.of(c.volunteerSubject(q, r.volunteerId(), false),
                new RedemptionCase(q.subject(), r, item, TimeBank.cost(r, item)));
    }

    private static List<Object> recruitment(Cases c, RecruitmentNoticeQuestion q) {
        RecruitmentNotice n = c.get(RecruitmentNotice.class, q.noticeId());
        Organisation commissioner = n.commissioned() ? c.get(Organisation.class, n.commissionedById()) : null;
        return List.of(new RecruitmentCase(q.subject(), c.request.asOf(), n, c.get(Organisation.class, n.organisationId()),
                commissioner));
    }

    private static List<Object> incubation(Cases c, IncubationSupportQuestion q) {
        List<Incubation> periods = c.request.incubations().stream()
                .filter(i -> i.organisationId().equals(q.organisationId())).toList();
        return List.of(IncubationCase.of(q.subject(), c.request.asOf(), c.get(Organisation.class, q.organisationId()),
                periods));
    }

    private VolunteerSubject volunteerSubject(Question q, String volunteerId, boolean rated) {
        String type = q.subject().substring(0, q.subject().indexOf(':'));
        return new VolunteerSubject(q.subject(), type, volunteerId, get(Volunteer.class, volunteerId).name(),
                request.asOf(), rated);
    }

    /** The request's organisations' names by id, made once and shared by every certificate question. */
    private Map<String, String> organisationNames() {
        if (organisationNames == null) {
            Map<String, String> names = new HashMap<>();
            request.organisations().forEach(o -> names.put(o.id(), o.name()));
            organisationNames = Map.copyOf(names);
        }
        return organisationNames;
    }

    /** The fact of {@code type} with {@code id}, or null (a null id too). */
    private <T> T get(Class<T> type, String id) {
        if (id == null) {
            return null;
        }
        Map<String, Object> index = byId.get(type);
        if (index == null) {
            FactList list = FactList.of(type).filter(FactList::hasIds)
                    .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " is no fact list of a request with ids"));
            List<Object> facts = list.in(request);
            if (facts.size() <= FEW) {
                // a few facts (an on-line request's one volunteer, task, activity): looked through, not indexed;
                // from the end, as the index keeps the last of a repeated id
                for (int i = facts.size() - 1; i >= 0; i--) {
                    if (id.equals(list.idOf(facts.get(i)))) {
                        return type.cast(facts.get(i));
                    }
                }
                return null;
            }
            index = index(list);
            byId.put(type, index);
        }
        return type.cast(index.get(id));
    }

    /** Up to this many facts of a type are looked through rather than indexed. */
    private static final int FEW = 4;

    private Map<String, Object> index(FactList list) {
        Map<String, Object> map = new HashMap<>();
        for (Object fact : list.in(request)) {
            map.put(list.idOf(fact), fact);
        }
        return map;
    }
}
