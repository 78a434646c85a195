package io.volunteerrules.core.params;

import io.volunteerrules.core.ProblemsException;
import java.util.List;

/**
 * Parameter values given to an evaluation in place of the rows in force (a scenario's or a what-if
 * check's {@code parameters}) that cannot be used: a key the rule set has no table row for, or a
 * value that does not fit its parameter's type. Every such value is listed, each as
 * {@code key: what is wrong}; nothing was evaluated.
 */
public final class ParameterValueException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    /** @param problems each value that cannot be used, as {@code key: what is wrong} */
    public ParameterValueException(List<String> problems) {
        super("parameter values that cannot be used", problems);
    }
}
