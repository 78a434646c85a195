package io.volunteerrules.core.params;

import io.volunteerrules.core.ProblemsException;
import java.util.List;

/**
 * A parameter table that cannot be used, with every problem found, each naming the file and the
 * place in it (a YAML path, or a spreadsheet cell such as {@code B7}).
 */
public final class ParameterTableException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    public ParameterTableException(List<String> problems) {
        super("invalid parameter table", problems);
    }
}
