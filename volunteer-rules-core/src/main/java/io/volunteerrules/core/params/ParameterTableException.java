package io.volunteerrules.core.params;

import io.volunteerrules.core.VolunteerRulesException;
import java.util.List;

/**
 * A parameter table that cannot be used, with every problem found, each naming the file and the
 * place in it (a YAML path, or a spreadsheet cell such as {@code B7}).
 */
public final class ParameterTableException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ParameterTableException(List<String> problems) {
        super("invalid parameter table:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as {@code file: place: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
