package io.volunteerrules.core.scenario;

import io.volunteerrules.core.ProblemsException;
import java.util.List;

/** A scenario file that cannot be read, with every problem found, each naming the file and place. */
public final class ScenarioFileException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    public ScenarioFileException(List<String> problems) {
        super("invalid scenario file", problems);
    }
}
