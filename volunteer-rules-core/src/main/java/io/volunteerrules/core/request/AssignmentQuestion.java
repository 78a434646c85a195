package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/**
 * May the volunteer of this assignment be assigned to its task? Answered by the capacity, suitability,
 * training and insurance rules.
 */
public record AssignmentQuestion(@NotBlank @Ref(Assignment.class) String assignmentId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "assignment";

    @Override
    public String subject() {
        return TYPE + ":" + assignmentId;
    }
}
