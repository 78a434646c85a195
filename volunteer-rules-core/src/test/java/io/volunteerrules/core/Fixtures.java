package io.volunteerrules.core;

import io.volunteerrules.core.model.Acceptance;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import java.time.LocalDate;
import java.util.List;

/** Small valid facts for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Volunteer volunteer(String id, LocalDate birthDate) {
        return new Volunteer(id, "志愿者" + id, null, birthDate, false, null, null, null, null, null, null,
                List.of(), List.of());
    }

    public static Activity activity(String id, LocalDate start, LocalDate end) {
        return new Activity(id, "活动" + id, "ORG1", null, ServiceField.COMMUNITY_SERVICE, false, start, end,
                null, null, null, false, false, false, false);
    }

    public static Task task(String id, String activityId) {
        return new Task(id, activityId, "任务" + id, null, null, null, null, null, null, true, List.of(), List.of(),
                List.of(), List.of(), false);
    }

    public static Assignment assignment(String id, String taskId, String volunteerId) {
        return new Assignment(id, taskId, volunteerId, LocalDate.of(2026, 4, 1), Acceptance.ACCEPTED, null, null);
    }

    /** One adult assigned to a one-day task on 2026-05-01, asked about. */
    public static EvaluationRequest.Builder oneAssignment() {
        return EvaluationRequest.builder(LocalDate.of(2026, 4, 20))
                .volunteer(volunteer("V1", LocalDate.of(1990, 1, 1)))
                .activity(activity("ACT1", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)))
                .task(task("T1", "ACT1"))
                .assignment(assignment("A1", "T1", "V1"))
                .question(new AssignmentQuestion("A1"));
    }
}
