package io.volunteerrules.benchmarks.city;

import io.volunteerrules.core.model.Acceptance;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.ConsentScope;
import io.volunteerrules.core.model.CourtDeclaration;
import io.volunteerrules.core.model.DeclaredCapacity;
import io.volunteerrules.core.model.Gender;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.InsuranceType;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationKind;
import io.volunteerrules.core.model.OrganisationStatus;
import io.volunteerrules.core.model.Qualification;
import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.RegistrationPlatform;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.TrainingTier;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Synthetic city-scale data with the shapes a real city has: one {@link EvaluationRequest} per
 * volunteer, holding the volunteer, their guardian consents, training, qualifications, insurance,
 * service records and the assignments to check (one question each), with the activities, tasks and
 * organisations those refer to.
 *
 * <p>The shapes: ages across every capacity band (children, minors of limited capacity, self-supporting
 * 16- and 17-year-olds, adults, people turning 18 on a task's first day); minors with and without
 * guardian consent (valid, expired, revoked, for another activity or field, or a guardian who comes
 * along); professional-field tasks (医疗救护, 法律援助, 减灾救灾) with training valid, too basic, expired,
 * unverified or missing; hazardous activities with good insurance and with every way of bad insurance
 * (none, another volunteer's, the wrong type, a gap, bought late, chained policies); skewed service
 * hours (a few volunteers give most of the hours); organisation histories with merger and split
 * chains, whose successors are sent with the request.
 *
 * <p>Same seed, same data: volunteer {@code i} depends only on the seed and {@code i}, so any slice of
 * the city can be generated on its own and streamed without holding the rest. Immutable and
 * thread-safe.
 *
 * <p>New rule areas add their facts here (a new list in the request) and their question in
 * {@link #volunteer(long)}; the existing draws must keep their order so that old seeds keep their data.
 */
public final class CityGenerator {

    /** Zhengzhou's 2025 target: 15 % of about 13 million residents. */
    public static final long CITY_VOLUNTEERS = 1_950_000L;

    private static final String[] SKILLS = {"first-aid", "driving", "sign-language", "english", "counselling",
        "cooking", "computer", "law", "nursing", "teaching", "photography", "swimming"};
    private static final String[] CONDITIONS = {"heart-condition", "asthma", "pregnancy", "epilepsy",
        "mobility-impairment", "hearing-impairment"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final ServiceField[] FIELDS = ServiceField.values();

    private final long seed;
    private final LocalDate asOf;
    private final List<Organisation> organisations;
    private final Map<String, Organisation> organisationsById;
    private final List<Activity> activities;
    private final List<List<Task>> tasksByActivity;

    /**
     * A city of the given seed, judged as of {@code asOf} (the night of the bulk re-check).
     *
     * @param organisations how many organisations (at least 10)
     * @param activities    how many activities (at least 10)
     */
    public CityGenerator(long seed, LocalDate asOf, int organisations, int activities) {
        if (organisations < 10 || activities < 10) {
            throw new IllegalArgumentException("a city needs at least 10 organisations and 10 activities");
        }
        this.seed = seed;
        this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
        SplittableRandom r = new SplittableRandom(seed);
        this.organisations = organisations(r, organisations);
        this.organisationsById = new LinkedHashMap<>();
        this.organisations.forEach(o -> organisationsById.put(o.id(), o));
        this.activities = new ArrayList<>();
        this.tasksByActivity = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            Activity a = activity(r, i);
            this.activities.add(a);
            this.tasksByActivity.add(tasks(r, a));
        }
    }

    /** The default city: seed 2025, as of 2026-05-01, 2,000 organisations and 5,000 activities. */
    public static CityGenerator zhengzhou(long seed) {
        return new CityGenerator(seed, LocalDate.of(2026, 5, 1), 2_000, 5_000);
    }

    /** The date the city is judged as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The requests of volunteers {@code 0} to {@code count - 1}, generated lazily in order. */
    public Stream<EvaluationRequest> requests(long count) {
        return LongStream.range(0, count).mapToObj(this::volunteer);
    }

    /** The request of volunteer {@code index}: everything about them and one question per assignment. */
    public EvaluationRequest volunteer(long index) {
        return volunteer(index, -1);
    }

    /**
     * The request of volunteer {@code index} asking only about their assignment {@code only} (counted
     * from 0), or about all of them when {@code only} is negative: the on-line check of one assignment.
     */
    public EvaluationRequest volunteer(long index, int only) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        String vid = "V" + index;
        EvaluationRequest.Builder b = EvaluationRequest.builder(asOf);

        // assignments first: the volunteer's other facts are shaped by the tasks they are arranged into
        int count = skewedCount(r);
        List<Task> tasks = new ArrayList<>();
        Set<String> taskIds = new LinkedHashSet<>();
        while (tasks.size() < count) {
            int ai = (int) Math.min(activities.size() - 1, Math.floor(activities.size() * Math.pow(r.nextDouble(), 1.6)));
            List<Task> ts = tasksByActivity.get(ai);
            Task t = ts.get(r.nextInt(ts.size()));
            if (taskIds.add(t.id())) {
                tasks.add(t);
            }
        }
        Activity firstActivity = activityOf(tasks.get(0));
        LocalDate firstStart = start(tasks.get(0), firstActivity);

        // age band, judged against the first task's first day
        double band = r.nextDouble();
        int age;
        int daysPastBirthday;
        boolean selfSupporting = false;
        if (band < 0.01) {
            age = 5 + r.nextInt(3);
            daysPastBirthday = r.nextInt(365);
        } else if (band < 0.07) {
            age = 8 + r.nextInt(8);
            daysPastBirthday = r.nextInt(365);
        } else if (band < 0.11) {
            age = 16 + r.nextInt(2);
            daysPastBirthday = r.nextInt(365);
            selfSupporting = r.nextDouble() < 0.3;
        } else if (band < 0.13) {
            // turns 18 within a day of the first task's first day: the boundary of full capacity
            age = 18;
            daysPastBirthday = r.nextInt(3) - 1;
        } else {
            age = 18 + (int) Math.floor(62 * Math.pow(r.nextDouble(), 1.4));
            daysPastBirthday = r.nextInt(365);
        }
        LocalDate birth = firstStart.minusYears(age).minusDays(daysPastBirthday);
        boolean minor = birth.plusYears(18).isAfter(firstStart);

        List<String> skills = new ArrayList<>();
        int nSkills = r.nextInt(5);
        for (int i = 0; i < nSkills; i++) {
            String s = SKILLS[r.nextInt(SKILLS.length)];
            if (!skills.contains(s)) {
                skills.add(s);
            }
        }
        List<HealthDeclaration> health = new ArrayList<>();
        double h = r.nextDouble();
        int nDecl = h < 0.25 ? 0 : h < 0.85 ? 1 : 2;
        for (int i = 0; i < nDecl; i++) {
            LocalDate on = asOf.minusDays(1 + r.nextInt(700)).plusDays(i == 1 && r.nextDouble() < 0.3 ? 720 : 0);
            List<String> conditions = new ArrayList<>();
            if (r.nextDouble() < 0.25) {
                conditions.add(CONDITIONS[r.nextInt(CONDITIONS.length)]);
            }
            if (health.stream().noneMatch(d -> d.declaredOn().equals(on))) {
                health.add(new HealthDeclaration(on, conditions));
            }
        }
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + "志愿者" + index;
        RegistrationPlatform platform = r.nextDouble() < 0.7 ? RegistrationPlatform.ZHIYUAN_ZHENGZHOU
                : RegistrationPlatform.NATIONAL_SYSTEM;
        // a few adults a court has declared of limited or no capacity (民法典 arts 21–22), chosen by index
        CourtDeclaration declaration = minor ? null
                : index % 100 == 7 ? new CourtDeclaration(DeclaredCapacity.LIMITED, firstStart.minusYears(2))
                : index % 100 == 57 ? new CourtDeclaration(DeclaredCapacity.NONE, firstStart.minusYears(3))
                : null;
        boolean underGuardian = minor || declaration != null;
        b.volunteer(new Volunteer(vid, name, r.nextBoolean() ? Gender.FEMALE : Gender.MALE, birth, selfSupporting,
                platform, "ZZ" + (10_000_000 + index), "居民身份证", "4101" + String.format("%014d", index),
                "138" + String.format("%08d", index % 100_000_000), "district-" + r.nextInt(16), skills, health,
                declaration));

        // guardian consents, for minors and adults declared of limited or no capacity
        if (underGuardian) {
            double c = r.nextDouble();
            String gid = "GC" + index;
            String guardian = SURNAMES[r.nextInt(SURNAMES.length)] + "监护人" + index;
            LocalDate from = asOf.minusDays(30 + r.nextInt(300));
            if (c < 0.45) {
                b.guardianConsent(new GuardianConsent(gid, vid, guardian, "parent", ConsentScope.ALL_ACTIVITIES, null,
                        null, from, r.nextBoolean() ? null : asOf.plusDays(200 + r.nextInt(200)), null));
            } else if (c < 0.55) {
                ServiceField f = r.nextBoolean() ? firstActivity.field() : FIELDS[r.nextInt(FIELDS.length)];
                b.guardianConsent(new GuardianConsent(gid, vid, guardian, "parent", ConsentScope.FIELD, null, f, from,
                        null, null));
            } else if (c < 0.65) {
                String act = r.nextBoolean() ? firstActivity.id() : activities.get(r.nextInt(activities.size())).id();
                b.guardianConsent(new GuardianConsent(gid, vid, guardian, "parent", ConsentScope.ACTIVITY, act, null,
                        from, null, null));
            } else if (c < 0.75) {
                // ran out before (or during) the task
                b.guardianConsent(new GuardianConsent(gid, vid, guardian, "parent", ConsentScope.ALL_ACTIVITIES, null,
                        null, from, firstStart.plusDays(r.nextInt(3) - 2), null));
            } else if (c < 0.80) {
                b.guardianConsent(new GuardianConsent(gid, vid, guardian, "parent", ConsentScope.ALL_ACTIVITIES, null,
                        null, from, null, asOf.minusDays(r.nextInt(20))));
            }
            // else: no consent at all
        }

        // the assignments, their activities, tasks and organisations
        Set<String> activityIds = new LinkedHashSet<>();
        Set<String> orgIds = new LinkedHashSet<>();
        List<Assignment> assignments = new ArrayList<>();
        int policyNo = 0;
        int trainingNo = 0;
        int qualNo = 0;
        for (int k = 0; k < tasks.size(); k++) {
            Task t = tasks.get(k);
            Activity a = activityOf(t);
            LocalDate start = start(t, a);
            LocalDate end = t.endDate() != null ? t.endDate() : a.endDate();
            ServiceField field = t.field() != null ? t.field() : a.field();
            if (activityIds.add(a.id())) {
                b.activity(a);
                if (r.nextDouble() < 0.92) {
                    addChain(a.trainingOwedById(), orgIds);
                }
            }
            b.task(t);
            LocalDate arranged = start.minusDays(1 + r.nextInt(30));
            double acc = r.nextDouble();
            Acceptance acceptance = acc < 0.86 ? Acceptance.ACCEPTED : acc < 0.93 ? Acceptance.PENDING : Acceptance.DECLINED;
            LocalDate responded = acceptance == Acceptance.PENDING ? null
                    : r.nextDouble() < 0.04 ? asOf.plusDays(1 + r.nextInt(5)) : r.nextDouble() < 0.1 ? null
                    : min(asOf, arranged.plusDays(r.nextInt(4)));
            String accompanying = underGuardian && r.nextDouble() < 0.15 ? "监护人" + index : null;
            Assignment as = new Assignment("A" + index + "-" + k, t.id(), vid, arranged, acceptance, responded, accompanying);
            assignments.add(as);

            // training: professional fields and named training
            List<ServiceField> needed = new ArrayList<>(t.requiredTraining());
            if (field == ServiceField.MEDICAL_RESCUE || field == ServiceField.LEGAL_AID || field == ServiceField.DISASTER_RELIEF) {
                needed.add(field);
            }
            for (ServiceField f : needed) {
                double tr = r.nextDouble();
                if (tr < 0.15) {
                    continue; // none
                }
                TrainingTier tier = tr < 0.6 ? TrainingTier.PROFESSIONAL : tr < 0.7 ? TrainingTier.BACKBONE : TrainingTier.BASIC;
                LocalDate done = start.minusDays(r.nextDouble() < 0.05 ? -1 : 1 + r.nextInt(500));
                LocalDate expires = r.nextDouble() < 0.4 ? null
                        : r.nextDouble() < 0.15 ? end.minusDays(1 + r.nextInt(3)) : end.plusDays(r.nextInt(700));
                if (expires != null && expires.isBefore(done)) {
                    expires = done;
                }
                double st = r.nextDouble();
                RecordStatus status = st < 0.88 ? RecordStatus.VERIFIED : st < 0.96 ? RecordStatus.PENDING : RecordStatus.REJECTED;
                b.trainingRecord(new TrainingRecord("TR" + index + "-" + trainingNo++, vid, f.en() + " training", f, tier,
                        "O" + r.nextInt(organisations.size()), done, expires, null,
                        BigDecimal.valueOf(2 + r.nextInt(40)), status));
            }
            for (String type : t.requiredQualifications()) {
                double q = r.nextDouble();
                if (q < 0.2) {
                    continue;
                }
                LocalDate until = q < 0.3 ? end.minusDays(1 + r.nextInt(10)) : r.nextBoolean() ? null : end.plusDays(r.nextInt(2000));
                LocalDate issued = r.nextDouble() < 0.2 ? null : start.minusDays(30 + r.nextInt(3000));
                if (until != null && issued != null && until.isBefore(issued)) {
                    issued = until;
                }
                b.qualification(new Qualification("Q" + index + "-" + qualNo++, vid, type, "NO-" + index + "-" + k, issued, until));
            }

            // insurance, for hazardous tasks (and now and then for others)
            boolean hazardous = a.hazardous() || Boolean.TRUE.equals(t.hazardous());
            if (hazardous || r.nextDouble() < 0.05) {
                double p = r.nextDouble();
                String pid = "P" + index + "-" + policyNo++;
                String forActivity = r.nextDouble() < 0.8 ? a.id() : null;
                LocalDate bought = arranged.minusDays(r.nextInt(10));
                if (p < 0.50) {
                    b.insurancePolicy(policy(pid, InsuranceType.PERSONAL_ACCIDENT, forActivity, List.of(vid), start, end, bought));
                } else if (p < 0.58) {
                    // two policies that chain: one ends, the next begins the day after
                    LocalDate mid = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
                    b.insurancePolicy(policy(pid, InsuranceType.PERSONAL_ACCIDENT, forActivity, List.of(vid), start, mid, bought));
                    b.insurancePolicy(policy("P" + index + "-" + policyNo++, InsuranceType.PERSONAL_ACCIDENT, forActivity,
                            List.of(vid), mid.plusDays(1), max(mid.plusDays(1), end).plusDays(r.nextInt(3)), bought));
                } else if (p < 0.68) {
                    // misses a day of the task: stops early, or starts the day after a one-day task
                    LocalDate from = start.equals(end) ? start.plusDays(1) : start;
                    LocalDate to = start.equals(end) ? start.plusDays(2) : max(start, end.minusDays(1 + r.nextInt(3)));
                    b.insurancePolicy(policy(pid, InsuranceType.PERSONAL_ACCIDENT, forActivity, List.of(vid), from, to, bought));
                } else if (p < 0.76) {
                    // bought after the assignment was arranged
                    b.insurancePolicy(policy(pid, InsuranceType.PERSONAL_ACCIDENT, forActivity, List.of(vid), start, end,
                            arranged.plusDays(1 + r.nextInt(5))));
                } else if (p < 0.83) {
                    b.insurancePolicy(policy(pid, InsuranceType.LIABILITY, forActivity, List.of(vid), start, end, bought));
                } else if (p < 0.89) {
                    // a group policy for the activity that names other volunteers only
                    b.insurancePolicy(policy(pid, InsuranceType.PERSONAL_ACCIDENT, a.id(),
                            List.of("V" + (index + 1), "V" + (index + 2)), start, end, bought));
                }
                // else: no policy
            }
        }
        orgIds.forEach(id -> b.organisation(organisationsById.get(id)));
        assignments.forEach(b::assignment);
        for (int k2 = 0; k2 < assignments.size(); k2++) {
            if (only < 0 || k2 == only) {
                b.question(new AssignmentQuestion(assignments.get(k2).id()));
            }
        }

        // service records: a few volunteers give most of the hours
        int records = (int) Math.min(80, Math.floor(Math.pow(r.nextDouble(), -1.1) - 1));
        // a volunteer serves with a few activities again and again; those are sent with the request
        List<Activity> usual = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); records > 0 && i < n; i++) {
            Activity a = activities.get(r.nextInt(activities.size()));
            usual.add(a);
            if (activityIds.add(a.id())) {
                b.activity(a);
            }
        }
        for (int i = 0; i < records; i++) {
            LocalDate day = asOf.minusDays(1 + r.nextInt(700));
            BigDecimal hours = BigDecimal.valueOf(0.5 + 7.5 * Math.pow(r.nextDouble(), 2)).setScale(1, RoundingMode.HALF_UP);
            Activity a = usual.get(r.nextInt(usual.size()));
            double st = r.nextDouble();
            b.serviceRecord(new ServiceRecord("S" + index + "-" + i, vid, a.id(), a.name(), day, a.place(), a.content(),
                    hours, r.nextDouble() < 0.2 ? BigDecimal.ONE : null, a.organiserId(), a.personInCharge(),
                    day.plusDays(r.nextInt(40)), st < 0.8 ? RecordStatus.VERIFIED : st < 0.95 ? RecordStatus.PENDING
                    : RecordStatus.REJECTED, null));
        }
        return b.build();
    }

    private static InsurancePolicy policy(String id, InsuranceType type, String activityId, List<String> insured,
            LocalDate from, LocalDate to, LocalDate bought) {
        return new InsurancePolicy(id, type, "某保险公司", "NO." + id, activityId, null, insured, from, to, bought);
    }

    /** An organisation and the bodies that continued it, in order of succession. */
    private void addChain(String id, Set<String> into) {
        String at = id;
        while (at != null && organisationsById.containsKey(at) && into.add(at)) {
            Organisation o = organisationsById.get(at);
            for (String s : o.successorIds()) {
                addChain(s, into);
            }
            at = o.workTakenOverById();
        }
    }

    private Activity activityOf(Task t) {
        return activities.get(Integer.parseInt(t.activityId().substring(3)));
    }

    private static LocalDate start(Task t, Activity a) {
        return t.startDate() != null ? t.startDate() : a.startDate();
    }

    private static int skewedCount(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.6 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 : 4 + r.nextInt(3);
    }

    private List<Organisation> organisations(SplittableRandom r, int n) {
        List<Organisation> out = new ArrayList<>();
        OrganisationKind[] kinds = OrganisationKind.values();
        for (int i = 0; i < n; i++) {
            double s = r.nextDouble();
            OrganisationStatus status = OrganisationStatus.ACTIVE;
            List<String> successors = List.of();
            String takenOver = null;
            LocalDate changed = null;
            // succession chains point forward, so every chain ends in an active body
            if (i < n - 3 && s < 0.06) {
                status = OrganisationStatus.MERGED;
                successors = List.of("O" + (i + 1 + r.nextInt(2)));
                changed = asOf.minusDays(30 + r.nextInt(1500));
            } else if (i < n - 3 && s < 0.08) {
                status = OrganisationStatus.SPLIT;
                successors = List.of("O" + (i + 1), "O" + (i + 2));
                changed = asOf.minusDays(30 + r.nextInt(1500));
            } else if (i < n - 3 && s < 0.10) {
                status = OrganisationStatus.DISSOLVED;
                takenOver = r.nextBoolean() ? "O" + (i + 3) : null;
                changed = asOf.minusDays(30 + r.nextInt(1500));
            }
            out.add(new Organisation("O" + i, "郑州志愿服务组织" + i, kinds[r.nextInt(kinds.length)], r.nextDouble() < 0.9,
                    "REG-" + i, status, changed, successors, takenOver, i > 0 ? "O" + r.nextInt(i) : null, "负责人" + i,
                    "经办人" + i, "0371-" + (60_000_000 + i), "district-" + r.nextInt(16), r.nextInt(4), List.of()));
        }
        return out;
    }

    private Activity activity(SplittableRandom r, int i) {
        ServiceField field = weightedField(r);
        boolean risky = field == ServiceField.EMERGENCY_RESCUE || field == ServiceField.DISASTER_RELIEF;
        boolean hazardous = r.nextDouble() < (risky ? 0.7 : 0.08);
        LocalDate start = asOf.plusDays(r.nextInt(90) - 15);
        LocalDate end = start.plusDays(r.nextDouble() < 0.5 ? 0 : r.nextInt(14));
        String organiser = "O" + r.nextInt(organisations.size());
        String recruiter = r.nextDouble() < 0.3 ? "O" + r.nextInt(organisations.size()) : null;
        return new Activity("ACT" + i, field.zh() + "活动" + i, organiser, recruiter, field, hazardous, start, end,
                "郑州市" + (i % 16) + "区", "志愿服务", "负责人" + i, risky && r.nextDouble() < 0.2, false, false,
                false);
    }

    private List<Task> tasks(SplittableRandom r, Activity a) {
        int n = 1 + r.nextInt(3);
        List<Task> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            LocalDate start = null;
            LocalDate end = null;
            long days = a.endDate().toEpochDay() - a.startDate().toEpochDay();
            if (days > 0 && r.nextDouble() < 0.4) {
                start = a.startDate().plusDays(r.nextInt((int) days + 1));
                end = start.plusDays(r.nextInt((int) (a.endDate().toEpochDay() - start.toEpochDay()) + 1));
            }
            ServiceField field = r.nextDouble() < 0.1 ? weightedField(r) : null;
            Boolean hazardous = a.hazardous() ? null : r.nextDouble() < 0.05 ? Boolean.TRUE : null;
            Integer minAge = r.nextDouble() < 0.25 ? 14 + r.nextInt(6) : null;
            Integer maxAge = r.nextDouble() < 0.2 ? 55 + r.nextInt(16) : null;
            boolean minorsAllowed = r.nextDouble() < 0.45;
            List<String> skills = new ArrayList<>();
            if (r.nextDouble() < 0.35) {
                skills.add(SKILLS[r.nextInt(SKILLS.length)]);
            }
            List<ServiceField> training = new ArrayList<>();
            if (r.nextDouble() < 0.12) {
                training.add(r.nextBoolean() ? a.field() : FIELDS[r.nextInt(FIELDS.length)]);
            }
            List<String> quals = new ArrayList<>();
            ServiceField f = field != null ? field : a.field();
            if (f == ServiceField.MEDICAL_RESCUE && r.nextDouble() < 0.35) {
                quals.add(r.nextBoolean() ? "physician" : "nurse");
            } else if (f == ServiceField.LEGAL_AID && r.nextDouble() < 0.35) {
                quals.add("lawyer");
            }
            List<String> excluded = new ArrayList<>();
            if (r.nextDouble() < 0.2) {
                excluded.add(CONDITIONS[r.nextInt(CONDITIONS.length)]);
                if (r.nextBoolean()) {
                    excluded.add(CONDITIONS[r.nextInt(CONDITIONS.length)]);
                }
            }
            out.add(new Task(a.id() + "-T" + k, a.id(), r.nextDouble() < 0.9 ? a.name() + "任务" + k : null, start, end,
                    field, hazardous, minAge, maxAge, minorsAllowed, skills, training, quals, excluded.stream().distinct().toList(),
                    Math.floorMod(a.id().hashCode() + k, 4) != 0)); // a quarter of tasks are ordinary helpers'
        }
        return out;
    }

    private static ServiceField weightedField(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.10) {
            return ServiceField.MEDICAL_RESCUE;
        } else if (u < 0.16) {
            return ServiceField.LEGAL_AID;
        } else if (u < 0.24) {
            return ServiceField.DISASTER_RELIEF;
        } else if (u < 0.32) {
            return ServiceField.EMERGENCY_RESCUE;
        }
        return FIELDS[r.nextInt(FIELDS.length)];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A well-spread seed for volunteer {@code index} (SplitMix64's finaliser). */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
