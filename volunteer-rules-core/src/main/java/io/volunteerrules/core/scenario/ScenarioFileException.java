package io.volunteerrules.core.scenario;

import io.volunteerrules.core.VolunteerRulesException;
import java.util.List;

/** A scenario file that cannot be read, with every problem found, each naming the file and place. */
public final class ScenarioFileException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ScenarioFileException(List<String> problems) {
        super("invalid scenario file:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file: place: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
