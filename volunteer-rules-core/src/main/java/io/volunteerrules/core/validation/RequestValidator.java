package io.volunteerrules.core.validation;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.ConsentScope;
import io.volunteerrules.core.model.OrganisationStatus;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.request.CommendationQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.FactList;
import io.volunteerrules.core.request.ServiceRecordQuestion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request before anything is evaluated: the Jakarta constraints on every fact, then what
 * constraints cannot say — unique ids in every fact list, references between facts (every record
 * component marked {@link io.volunteerrules.core.model.Ref @Ref}, on facts and questions alike,
 * checked by one walker), periods that end before they begin. Every problem is reported at once,
 * each with its field path.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class RequestValidator {

    /** Hours of service and travel in one record: a record is one day's service. */
    static final BigDecimal HOURS_IN_A_DAY = BigDecimal.valueOf(24);

    private final QuickConstraintCheck quick = new QuickConstraintCheck();
    private final ValueBounds bounds = new ValueBounds();
    private final RequestLimits limits;
    /** The full validator, built when first needed: its start-up costs about half a second. */
    private volatile Validator validator;

    /**
     * A validator with the {@linkplain RequestLimits#defaults() default limits}.
     *
     * @throws IllegalStateException if a fact or question declares a reference ({@code @Ref}) to a
     *                               type that is no fact list of a request with ids
     */
    public RequestValidator() {
        this(RequestLimits.defaults());
    }

    /**
     * A validator that also refuses requests over {@code limits}.
     *
     * @throws IllegalStateException if a fact or question declares a reference ({@code @Ref}) to a
     *                               type that is no fact list of a request with ids
     */
    public RequestValidator(RequestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        References.checkDeclarations();
    }

    /** The size limits this validator applies. */
    public RequestLimits limits() {
        return limits;
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    // parameter interpolation keeps Jakarta EL off the classpath
                    ValidatorFactory factory = Validation.byDefaultProvider()
                            .configure()
                            .messageInterpolator(new ParameterMessageInterpolator())
                            .buildValidatorFactory();
                    v = factory.getValidator();
                    validator = v;
                }
            }
        }
        return v;
    }

    /** Every problem with the request, ordered by path; empty when it is valid. */
    public List<Violation> check(EvaluationRequest request) {
        if (request == null) {
            return List.of(new Violation("", "request must not be null"));
        }
        List<Violation> out = new ArrayList<>();
        // a request over the size limit is refused before anything else spends time on it
        int facts = request.factCount() + (request.questions() == null ? 0 : request.questions().size());
        if (facts > limits.maxFacts()) {
            return List.of(new Violation("", "the request has " + facts + " facts and questions, more than the limit of "
                    + limits.maxFacts() + " (RequestLimits.maxFacts)"));
        }
        if (request.asOf() != null && (request.asOf().isBefore(ValueBounds.EARLIEST) || request.asOf().isAfter(ValueBounds.LATEST))) {
            return List.of(new Violation("asOf", "must be a date from " + ValueBounds.EARLIEST + " to " + ValueBounds.LATEST));
        }
        // the quick check vouches for nearly every request in one walk: its constraints and the
        // bounds of its values. Otherwise dates and decimals of absurd size are refused before any
        // arithmetic or message uses them, and then the full validator reports every violation
        if (!quick.certainlyValid(request)) {
            bounds.check(request, out);
            if (!out.isEmpty()) {
                return out.stream().distinct().sorted().toList();
            }
            for (ConstraintViolation<EvaluationRequest> v : validator().validate(request)) {
                out.add(new Violation(path(v.getPropertyPath()), v.getMessage()));
            }
        }
        Map<Class<?>, Map<String, Integer>> ids = checkConsistency(request, out);
        checkPlausible(request, ids.get(Activity.class), out);
        checkSize(request, out);
        return out.isEmpty() ? List.of() : out.stream().distinct().sorted().toList();
    }

    /**
     * Throws if the request has any problem.
     *
     * @throws InvalidRequestException listing every problem found
     */
    public void validate(EvaluationRequest request) {
        List<Violation> violations = check(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** Renders a Jakarta property path as a JSON path: {@code volunteers[2].skills[0]}. */
    static String path(Path propertyPath) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    sb.append('[').append(key).append(']');
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    /**
     * What cannot be true of any real request: a birth date outside a human life, a record of more
     * than 24 hours a day, a record entered before its service. (A service dated after the as-of
     * date is possible: the request is judged as of an earlier day, and the rules leave it out.)
     */
    private void checkPlausible(EvaluationRequest r, Map<String, Integer> activities, List<Violation> out) {
        LocalDate asOf = r.asOf();
        if (asOf == null) {
            return;
        }
        LocalDate oldest = asOf.minusYears(limits.maxAgeYears());
        each(r.volunteers(), (i, v) -> {
            LocalDate born = v.birthDate();
            if (born != null && born.isAfter(asOf)) {
                out.add(new Violation("volunteers[" + i + "].birthDate", "must not be after asOf (" + asOf + ")"));
            } else if (born != null && born.isBefore(oldest)) {
                out.add(new Violation("volunteers[" + i + "].birthDate", "is not within a human life: more than "
                        + limits.maxAgeYears() + " years before asOf (" + asOf + ")"));
            }
        });
        checkRecordQuestions(r, out);
        each(r.serviceRecords(), (i, s) -> {
            Integer activity = s.activityId() == null ? null : activities.get(s.activityId());
            checkHours(i, s, activity == null ? null : r.activities().get(activity), out);
            if (s.date() != null && s.recordedOn() != null && s.recordedOn().isBefore(s.date())) {
                out.add(new Violation("serviceRecords[" + i + "].recordedOn",
                        "must not be before the service's date (" + s.date() + ")"));
            }
        });
    }

    /**
     * A record's hours (travel included) cannot exceed 24 for each day its activity ran: a record of
     * a one-day activity holds at most a day's hours. A record may sum a long activity's service, so
     * the bound is the activity's days; without an activity or its dates, the record's own day.
     */
    private static void checkHours(int i, ServiceRecord s, Activity activity, List<Violation> out) {
        BigDecimal hours = s.hours() == null ? BigDecimal.ZERO : s.hours();
        BigDecimal total = s.travelHours() == null ? hours : hours.add(s.travelHours());
        if (total.compareTo(HOURS_IN_A_DAY) <= 0) {
            return;
        }
        long days = 1;
        String span = "its day";
        if (activity != null && activity.startDate() != null && activity.endDate() != null
                && !activity.endDate().isBefore(activity.startDate())) {
            days = ChronoUnit.DAYS.between(activity.startDate(), activity.endDate()) + 1;
            span = "its activity's " + days + (days == 1 ? " day" : " days") + " (" + activity.startDate() + " to "
                    + activity.endDate() + ")";
        } else if (s.date() == null) {
            return; // a record without a date is refused by the record rules as incomplete
        }
        if (total.compareTo(HOURS_IN_A_DAY.multiply(BigDecimal.valueOf(days))) > 0) {
            out.add(new Violation("serviceRecords[" + i + "].hours", (s.travelHours() == null ? "" : "with travelHours ")
                    + "exceeds 24 hours a day over " + span));
        }
    }

    /** The size limits that need a count per volunteer or a walk: records per volunteer, succession. */
    private void checkSize(EvaluationRequest r, List<Violation> out) {
        Map<String, Integer> perVolunteer = new HashMap<>();
        Map<List<Object>, Integer> perService = new HashMap<>();
        int records = r.serviceRecords() == null ? 0 : r.serviceRecords().size();
        // fewer records in all than either limit: no volunteer or service can pass it
        boolean countServices = records > limits.maxRecordsPerService();
        boolean countVolunteers = records > limits.maxRecordsPerVolunteer();
        each(countServices || countVolunteers ? r.serviceRecords() : null, (i, s) -> {
            if (s.volunteerId() != null && countServices) {
                // one service: the volunteer, the activity (or its name) and the day, as the rules that find repeats compare them
                List<Object> service = java.util.Arrays.asList(s.volunteerId(),
                        s.activityId() != null ? s.activityId() : s.activityName(), s.date());
                if (perService.merge(service, 1, Integer::sum) == limits.maxRecordsPerService() + 1) {
                    out.add(new Violation("serviceRecords[" + i + "]", "volunteer \"" + s.volunteerId()
                            + "\" has more than " + limits.maxRecordsPerService() + " service records of "
                            + (s.activityId() != null ? "activity \"" + s.activityId() + "\"" : "one activity")
                            + " on " + (s.date() == null ? "no date" : s.date())
                            + ", the limit per service (RequestLimits.maxRecordsPerService)"));
                }
            }
            if (s.volunteerId() != null && countVolunteers) {
                int n = perVolunteer.merge(s.volunteerId(), 1, Integer::sum);
                if (n == limits.maxRecordsPerVolunteer() + 1) {
                    out.add(new Violation("serviceRecords[" + i + "]", "volunteer \"" + s.volunteerId()
                            + "\" has more than " + limits.maxRecordsPerVolunteer()
                            + " service records, the limit per volunteer (RequestLimits.maxRecordsPerVolunteer)"));
                }
            }
        });
        if (r.asOf() != null) {
            SuccessionWalk.longest(r.organisations(), r.asOf(), limits.maxSuccessionSteps(), out);
        }
    }

    /**
     * Whether a record counts cannot be asked as of a day before its service was given or entered:
     * as of that day there is no record. (Other questions leave such records out of their counts.)
     */
    private static void checkRecordQuestions(EvaluationRequest r, List<Violation> out) {
        if (r.asOf() == null || r.questions() == null
                || r.questions().stream().noneMatch(q -> q instanceof ServiceRecordQuestion)) {
            return;
        }
        Map<String, ServiceRecord> records = new HashMap<>();
        each(r.serviceRecords(), (i, s) -> {
            if (s.id() != null) {
                records.putIfAbsent(s.id(), s);
            }
        });
        each(r.questions(), (i, q) -> {
            if (!(q instanceof ServiceRecordQuestion s) || s.recordId() == null) {
                return;
            }
            ServiceRecord record = records.get(s.recordId());
            if (record == null) {
                return;
            }
            String at = "questions[" + i + "].recordId";
            if (record.date() != null && record.date().isAfter(r.asOf())) {
                out.add(new Violation(at, "record \"" + s.recordId() + "\" is of service on " + record.date()
                        + ", after asOf (" + r.asOf() + "): as of that day the service was not given"));
            } else if (record.recordedOn() != null && record.recordedOn().isAfter(r.asOf())) {
                out.add(new Violation(at, "record \"" + s.recordId() + "\" was entered on "
                        + record.recordedOn() + ", after asOf (" + r.asOf() + "): as of that day it did not exist"));
            }
        });
    }

    /** The references and the conditions between fields; returns each fact list's ids by type, with their index. */
    private static Map<Class<?>, Map<String, Integer>> checkConsistency(EvaluationRequest r, List<Violation> out) {
        // every list's ids, indexed once: a duplicate is reported, and every reference a fact or a
        // question declares (@Ref on its component) must name one of them
        // keyed by class identity: one table, no entry objects
        Map<Class<?>, Map<String, Integer>> ids = new IdentityHashMap<>(FactList.all().size());
        for (FactList list : FactList.all()) {
            if (list.hasIds()) {
                ids.put(list.type(), ids(list.name(), list.in(r), list::idOf, out));
            }
        }
        for (FactList list : FactList.all()) {
            each(list.in(r), (i, fact) -> References.check(list.name(), i, fact, ids, out));
        }
        Map<String, Integer> subjects = new HashMap<>();
        each(r.questions(), (i, q) -> {
            Integer first = subjects.putIfAbsent(q.subject(), i);
            if (first != null) {
                out.add(new Violation("questions[" + i + "]", "asks the same question as questions[" + first + "]"));
            }
            References.check("questions", i, q, ids, out);
            if (q instanceof CommendationQuestion c && blank(c.volunteerId()) == blank(c.organisationId())) {
                out.add(new Violation("questions[" + i + "].volunteerId", "give exactly one of volunteerId and organisationId"));
            }
        });

        // what a reference cannot say: conditions between the fields of one fact
        // who issues after a merger, split or dissolution depends on the day it happened (ZZ-2.5);
        // references between organisations that do not resolve are decided by the rules instead
        each(r.organisations(), (i, o) -> {
            if (o.status() != OrganisationStatus.ACTIVE && o.statusChangedOn() == null) {
                out.add(new Violation("organisations[" + i + "].statusChangedOn",
                        "must be given when the status is " + o.status()));
            }
        });
        each(r.activities(), (i, a) -> ordered("activities", i, "endDate", a.startDate(), a.endDate(),
                "startDate", out));
        Map<String, Integer> activities = ids.get(Activity.class);
        each(r.tasks(), (i, t) -> checkTask(i, t, r, activities, out));
        each(r.guardianConsents(), (i, c) -> {
            ordered("guardianConsents", i, "validTo", c.validFrom(), c.validTo(), "validFrom", out);
            if (c.scope() == ConsentScope.ACTIVITY && blank(c.activityId())) {
                out.add(new Violation("guardianConsents[" + i + "].activityId", "must be given when the scope is ACTIVITY"));
            }
            if (c.scope() == ConsentScope.FIELD && c.field() == null) {
                out.add(new Violation("guardianConsents[" + i + "].field", "must be given when the scope is FIELD"));
            }
        });
        each(r.trainingRecords(), (i, t) ->
                ordered("trainingRecords", i, "expiresOn", t.completedOn(), t.expiresOn(), "completedOn", out));
        each(r.qualifications(), (i, q) ->
                ordered("qualifications", i, "validUntil", q.issuedOn(), q.validUntil(), "issuedOn", out));
        each(r.insurancePolicies(), (i, p) -> ordered("insurancePolicies", i, "coverageEnd",
                p.coverageStart(), p.coverageEnd(), "coverageStart", out));
        each(r.incubations(), (i, n) ->
                ordered("incubations", i, "leftOn", n.enteredOn(), n.leftOn(), "enteredOn", out));
        each(r.complaints(), (i, c) -> {
            if (blank(c.volunteerId()) && blank(c.organisationId())) {
                out.add(new Violation("complaints[" + i + "].volunteerId",
                        "must be given, or organisationId for a complaint about an organisation"));
            }
            ordered("complaints", i, "resolvedOn", c.lodgedOn(), c.resolvedOn(), "lodgedOn", out);
        });
        each(r.awardPlans(), (i, a) -> {
            if (a.totalBudget() != null && a.materialAmount() != null && a.materialAmount().compareTo(a.totalBudget()) > 0) {
                out.add(new Violation("awardPlans[" + i + "].materialAmount",
                        "must not exceed totalBudget (" + a.totalBudget().toPlainString() + ")"));
            }
        });
        each(r.sharingConsents(), (i, c) ->
                ordered("sharingConsents", i, "withdrawnOn", c.givenOn(), c.withdrawnOn(), "givenOn", out));
        each(r.studentStatuses(), (i, s) ->
                ordered("studentStatuses", i, "leftOn", s.enrolledOn(), s.leftOn(), "enrolledOn", out));        return ids;
    }

    private static void checkTask(int i, Task t, EvaluationRequest r, Map<String, Integer> activities,
            List<Violation> out) {
        if (t.minAge() != null && t.maxAge() != null && t.maxAge() < t.minAge()) {
            out.add(new Violation("tasks[" + i + "].maxAge", "must not be below minAge (" + t.minAge() + ")"));
        }
        Integer ai = t.activityId() == null ? null : activities.get(t.activityId());
        if (ai == null) {
            ordered("tasks", i, "endDate", t.startDate(), t.endDate(), "startDate", out);
            return;
        }
        Activity a = r.activities().get(ai);
        if (a.startDate() == null || a.endDate() == null) {
            return;
        }
        LocalDate start = t.startDate() != null ? t.startDate() : a.startDate();
        LocalDate end = t.endDate() != null ? t.endDate() : a.endDate();
        if (t.startDate() != null && (start.isBefore(a.startDate()) || start.isAfter(a.endDate()))) {
            out.add(new Violation("tasks[" + i + "].startDate", "must fall within its activity, " + a.startDate() + " to " + a.endDate()));
        }
        if (t.endDate() != null && (end.isBefore(a.startDate()) || end.isAfter(a.endDate()))) {
            out.add(new Violation("tasks[" + i + "].endDate", "must fall within its activity, " + a.startDate() + " to " + a.endDate()));
        }
        if (end.isBefore(start)) {
            out.add(new Violation("tasks[" + i + "].endDate", "must not be before the task's start (" + start + ")"));
        }
    }

    private static <T> Map<String, Integer> ids(String list, List<T> items, Function<T, String> id, List<Violation> out) {
        if (items == null || items.isEmpty()) {
            return Map.of();
        }
        if (items.size() == 1) {
            // one fact (most lists of an on-line request): no duplicate, and no map to grow
            String key = items.get(0) == null ? null : id.apply(items.get(0));
            return blank(key) ? Map.of() : Map.of(key, 0);
        }
        Map<String, Integer> seen = new HashMap<>(capacity(items.size()));
        each(items, (i, item) -> {
            String key = id.apply(item);
            if (blank(key)) {
                return;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                out.add(new Violation(list + "[" + i + "].id", "duplicate id \"" + key + "\" (also " + list + "[" + first + "])"));
            }
        });
        return seen;
    }

    /** That {@code list[i].field} is not before its {@code fromName}; the path is written only for a violation. */
    private static void ordered(String list, int i, String field, LocalDate from, LocalDate to, String fromName,
            List<Violation> out) {
        if (from != null && to != null && to.isBefore(from)) {
            out.add(new Violation(list + "[" + i + "]." + field, "must not be before " + fromName + " (" + from + ")"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private interface IndexedConsumer<T> {
        void accept(int index, T item);
    }

    /** A hash map's initial capacity that holds {@code n} entries without growing. */
    private static int capacity(int n) {
        return n + n / 3 + 1;
    }

    /** Visits the non-null items with their index; nulls are reported by the constraints. */
    private static <T> void each(List<T> items, IndexedConsumer<T> consumer) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                consumer.accept(i, items.get(i));
            }
        }
    }
}
