package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.DeclaredCapacity;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.drools.internal.support.Ages;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import java.time.LocalDate;

/**
 * One assignment question with the facts it is about, resolved once so that the rules read plainly:
 * the task's dates, field and hazard (the activity's where the task gives none; a task of a
 * hazardous activity is hazardous), and the volunteer's age in whole years on the task's first day,
 * counted as {@link io.volunteerrules.drools.internal.support.Ages} explains (by default a year is complete
 * from the day after the birthday).
 *
 * @param subject       the question's subject, {@code assignment:<id>}
 * @param asOf          the request's as-of date
 * @param start         the task's first day
 * @param end           the task's last day
 * @param field         the task's field of service
 * @param hazardous     whether the task may endanger the volunteer's person
 * @param age           the volunteer's age in whole years on {@code start}, counted from the day after the
 *                      birthday (民法典 arts 201–202) unless {@code capacity.age-reached-day-after-birthday} is off
 * @param trainingOwner name of the body that owes the training (谁招募谁培训)
 * @param ageFromDayAfterBirthday whether a year of age is complete only from the day after the birthday
 *                      ({@code capacity.age-reached-day-after-birthday}), for the days on which an age is reached
 */
@EngineMade
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
        String trainingOwner,
        boolean ageFromDayAfterBirthday) implements VolunteerInActivity {

    /** Resolves the case of one assignment question. */
    public static AssignmentCase of(AssignmentQuestion question, LocalDate asOf, Assignment assignment,
            Volunteer volunteer, Task task, Activity activity, Organisation trainingOwner, boolean ageFromDayAfterBirthday) {
        LocalDate start = task.startDate() != null ? task.startDate() : activity.startDate();
        LocalDate end = task.endDate() != null ? task.endDate() : activity.endDate();
        ServiceField field = task.field() != null ? task.field() : activity.field();
        boolean hazardous = activity.hazardous() || Boolean.TRUE.equals(task.hazardous());
        int age = Ages.completedYears(volunteer.birthDate(), start, ageFromDayAfterBirthday);
        String owner = trainingOwner != null ? trainingOwner.name() : activity.trainingOwedById();
        return new AssignmentCase(question.subject(), asOf, assignment, volunteer, task, activity, start, end, field,
                hazardous, age, owner, ageFromDayAfterBirthday);
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
