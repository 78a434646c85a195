package io.volunteerrules.core.validation;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.ConsentScope;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.Qualification;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request before anything is evaluated: the Jakarta constraints on every fact, then what
 * constraints cannot say — unique ids, references between facts, periods that end before they
 * begin. Every problem is reported at once, each with its field path.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class RequestValidator {

    private final QuickConstraintCheck quick = new QuickConstraintCheck();
    /** The full validator, built when first needed: its start-up costs about half a second. */
    private volatile Validator validator;

    public RequestValidator() {
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
        // the full validator runs only when the quick check cannot vouch for every constraint;
        // either way the violations are the full validator's
        if (!quick.certainlyValid(request)) {
            for (ConstraintViolation<EvaluationRequest> v : validator().validate(request)) {
                out.add(new Violation(path(v.getPropertyPath()), v.getMessage()));
            }
        }
        checkConsistency(request, out);
        return out.stream().distinct().sorted().toList();
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

    private static void checkConsistency(EvaluationRequest r, List<Violation> out) {
        Map<String, Integer> volunteers = ids("volunteers", r.volunteers(), v -> v.id(), out);
        ids("guardianConsents", r.guardianConsents(), GuardianConsent::id, out);
        ids("organisations", r.organisations(), o -> o.id(), out);
        Map<String, Integer> activities = ids("activities", r.activities(), Activity::id, out);
        Map<String, Integer> tasks = ids("tasks", r.tasks(), Task::id, out);
        ids("trainingRecords", r.trainingRecords(), TrainingRecord::id, out);
        ids("qualifications", r.qualifications(), Qualification::id, out);
        ids("insurancePolicies", r.insurancePolicies(), InsurancePolicy::id, out);
        Map<String, Integer> assignments = ids("assignments", r.assignments(), Assignment::id, out);
        ids("serviceRecords", r.serviceRecords(), s -> s.id(), out);

        each(r.activities(), (i, a) -> ordered("activities[" + i + "].endDate", a.startDate(), a.endDate(),
                "startDate", out));
        each(r.tasks(), (i, t) -> checkTask(i, t, r, activities, out));
        each(r.guardianConsents(), (i, c) -> {
            String at = "guardianConsents[" + i + "]";
            known(at + ".volunteerId", c.volunteerId(), volunteers, "volunteer", out);
            ordered(at + ".validTo", c.validFrom(), c.validTo(), "validFrom", out);
            if (c.scope() == ConsentScope.ACTIVITY && blank(c.activityId())) {
                out.add(new Violation(at + ".activityId", "must be given when the scope is ACTIVITY"));
            }
            if (c.scope() == ConsentScope.FIELD && c.field() == null) {
                out.add(new Violation(at + ".field", "must be given when the scope is FIELD"));
            }
        });
        each(r.trainingRecords(), (i, t) -> {
            known("trainingRecords[" + i + "].volunteerId", t.volunteerId(), volunteers, "volunteer", out);
            ordered("trainingRecords[" + i + "].expiresOn", t.completedOn(), t.expiresOn(), "completedOn", out);
        });
        each(r.qualifications(), (i, q) -> {
            known("qualifications[" + i + "].volunteerId", q.volunteerId(), volunteers, "volunteer", out);
            ordered("qualifications[" + i + "].validUntil", q.issuedOn(), q.validUntil(), "issuedOn", out);
        });
        each(r.insurancePolicies(), (i, p) -> ordered("insurancePolicies[" + i + "].coverageEnd",
                p.coverageStart(), p.coverageEnd(), "coverageStart", out));
        each(r.assignments(), (i, a) -> {
            known("assignments[" + i + "].volunteerId", a.volunteerId(), volunteers, "volunteer", out);
            known("assignments[" + i + "].taskId", a.taskId(), tasks, "task", out);
        });
        Map<String, Integer> subjects = new HashMap<>();
        each(r.questions(), (i, q) -> {
            String at = "questions[" + i + "]";
            Integer first = q == null ? null : subjects.putIfAbsent(q.subject(), i);
            if (first != null) {
                out.add(new Violation(at, "asks the same question as questions[" + first + "]"));
            }
            checkQuestion(at, q, assignments, out);
        });
    }

    private static void checkQuestion(String at, Question q, Map<String, Integer> assignments, List<Violation> out) {
        if (q instanceof AssignmentQuestion a) {
            known(at + ".assignmentId", a.assignmentId(), assignments, "assignment", out);
        }
    }

    private static void checkTask(int i, Task t, EvaluationRequest r, Map<String, Integer> activities,
            List<Violation> out) {
        String at = "tasks[" + i + "]";
        known(at + ".activityId", t.activityId(), activities, "activity", out);
        if (t.minAge() != null && t.maxAge() != null && t.maxAge() < t.minAge()) {
            out.add(new Violation(at + ".maxAge", "must not be below minAge (" + t.minAge() + ")"));
        }
        Integer ai = t.activityId() == null ? null : activities.get(t.activityId());
        if (ai == null) {
            ordered(at + ".endDate", t.startDate(), t.endDate(), "startDate", out);
            return;
        }
        Activity a = r.activities().get(ai);
        if (a.startDate() == null || a.endDate() == null) {
            return;
        }
        LocalDate start = t.startDate() != null ? t.startDate() : a.startDate();
        LocalDate end = t.endDate() != null ? t.endDate() : a.endDate();
        if (t.startDate() != null && (start.isBefore(a.startDate()) || start.isAfter(a.endDate()))) {
            out.add(new Violation(at + ".startDate", "must fall within its activity, " + a.startDate() + " to " + a.endDate()));
        }
        if (t.endDate() != null && (end.isBefore(a.startDate()) || end.isAfter(a.endDate()))) {
            out.add(new Violation(at + ".endDate", "must fall within its activity, " + a.startDate() + " to " + a.endDate()));
        }
        if (end.isBefore(start)) {
            out.add(new Violation(at + ".endDate", "must not be before the task's start (" + start + ")"));
        }
    }

    private static <T> Map<String, Integer> ids(String list, List<T> items, Function<T, String> id, List<Violation> out) {
        Map<String, Integer> seen = new HashMap<>();
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

    private static void known(String at, String id, Map<String, Integer> ids, String what, List<Violation> out) {
        if (!blank(id) && !ids.containsKey(id)) {
            out.add(new Violation(at, "unknown " + what + " \"" + id + "\""));
        }
    }

    private static void ordered(String at, LocalDate from, LocalDate to, String fromName, List<Violation> out) {
        if (from != null && to != null && to.isBefore(from)) {
            out.add(new Violation(at, "must not be before " + fromName + " (" + from + ")"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private interface IndexedConsumer<T> {
        void accept(int index, T item);
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
