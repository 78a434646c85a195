package io.volunteerrules.core;

import java.util.List;

/**
 * An input the library cannot use, with every problem found in it rather than the first: a
 * parameter table, a working-day calendar, a scenario file, parameter values given to an
 * evaluation, a rule set. Each problem names its place ({@code file: place: what is wrong}); the
 * message is the input named, how many problems it has, and each problem on a line of its own.
 */
public abstract class ProblemsException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param what     the input that cannot be used, for the message ({@code invalid parameter table})
     * @param problems every problem found, at least one
     */
    protected ProblemsException(String what, List<String> problems) {
        this(what, problems, null);
    }

    /**
     * @param what     the input that cannot be used, for the message
     * @param problems every problem found, at least one
     * @param cause    the lower-level failure behind them (Drools, I/O), or null
     */
    protected ProblemsException(String what, List<String> problems, Throwable cause) {
        super(message(what, problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** {@code what (2 problems):} and each problem on an indented line of its own. */
    static String message(String what, List<String> problems) {
        return what + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  "
                + String.join("\n  ", problems);
    }

    /** Each problem, naming the file or place it is in and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
