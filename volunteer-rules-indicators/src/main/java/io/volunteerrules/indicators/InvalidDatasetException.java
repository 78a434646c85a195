package io.volunteerrules.indicators;

import io.volunteerrules.core.VolunteerRulesException;
import io.volunteerrules.core.validation.Violation;
import java.util.List;

/** A dataset the indicators cannot be computed from; lists every problem, each with its field path. */
public final class InvalidDatasetException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidDatasetException(List<Violation> violations) {
        super("invalid dataset: " + String.join("; ", violations.stream().map(Violation::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, ordered by path. */
    public List<Violation> violations() {
        return violations;
    }
}
