package io.volunteerrules.core.validation;

import io.volunteerrules.core.VolunteerRulesException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that cannot be evaluated, with every problem found in it. Nothing of the request was
 * evaluated.
 */
public final class InvalidRequestException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidRequestException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, ordered by path. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request must have at least one violation");
        }
        return "invalid request (" + violations.size() + (violations.size() == 1 ? " problem" : " problems") + "):\n  "
                + violations.stream().sorted().map(Violation::toString).collect(Collectors.joining("\n  "));
    }
}
