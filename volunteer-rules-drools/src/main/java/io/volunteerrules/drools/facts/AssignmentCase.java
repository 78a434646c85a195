package io.volunteerrules.drools.facts;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.DeclaredCapacity;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import java.time.LocalDate;
import java.time.Period;

/**
 * One assignment question with the facts it is about, resolved once so that the rules read plainly:
 * the task's dates, field and hazard (the activity's where the task gives none; a task of a
 * hazardous activity is hazardous), and the volunteer's age in whole years on the task's first day
 * (a birthday on that day counts; someone born on 29 February turns a year older on 1 March in
 * other years).
 *
 * @param subject       the question's subject, {@code assignment:<id>}
 * @param asOf          the request's as-of date
 * @param start         the task's first day
 * @param end           the task's last day
 * @param field         the task's field of service
 * @param hazardous     whether the task may endanger the volunteer's person
 * @param age           the volunteer's age on {@code start}
 * @param trainingOwner name of the body that owes the training (谁招募谁培训)
 */
public record AssignmentCase(
        String subject,
        LocalDate asOf,
        Assignment assignment,
        Volunteer volunteer,
        Task task,
        Activity activity,
        LocalDate start,
        LocalDate end,
        ServiceField field,
        boolean hazardous,
        int age,
        String trainingOwner) {

    /** Resolves the case of one assignment question. */
    public static AssignmentCase of(AssignmentQuestion question, LocalDate asOf, Assignment assignment,
            Volunteer volunteer, Task task, Activity activity, Organisation trainingOwner) {
        LocalDate start = task.startDate() != null ? task.startDate() : activity.startDate();
        LocalDate end = task.endDate() != null ? task.endDate() : activity.endDate();
        ServiceField field = task.field() != null ? task.field() : activity.field();
        boolean hazardous = activity.hazardous() || Boolean.TRUE.equals(task.hazardous());
        int age = Period.between(volunteer.birthDate(), start).getYears();
        String owner = trainingOwner != null ? trainingOwner.name() : activity.trainingOwedById();
        return new AssignmentCase(question.subject(), asOf, assignment, volunteer, task, activity, start, end, field,
                hazardous, age, owner);
    }

    /** The volunteer's id. */
    public String volunteerId() {
        return volunteer.id();
    }

    /** The volunteer's name, for messages. */
    public String volunteerName() {
        return volunteer.name();
    }

    /** The activity's id. */
    public String activityId() {
        return activity.id();
    }

    /**
     * The capacity a court has declared the volunteer to have (民法典 arts 21–22), holding on the task's
     * first day; {@code null} when there is none.
     */
    public DeclaredCapacity declaredCapacity() {
        return volunteer.declaredCapacityOn(start).orElse(null);
    }

    /** The task's name for messages: its own, or the activity's. */
    public String taskName() {
        return task.name() != null && !task.name().isBlank() ? task.name() : activity.name();
    }
}
