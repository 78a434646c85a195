package io.volunteerrules.core.calendar;

import io.volunteerrules.core.VolunteerRulesException;
import java.util.List;

/**
 * A working-day calendar file that cannot be used, with every problem found, each naming the file
 * and the place in it ({@code calendar/2027.json: days[3].date: …}).
 */
public final class CalendarException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public CalendarException(List<String> problems) {
        super("invalid working-day calendar:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as {@code file: place: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
