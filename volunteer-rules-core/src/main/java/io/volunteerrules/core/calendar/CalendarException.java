package io.volunteerrules.core.calendar;

import io.volunteerrules.core.ProblemsException;
import java.util.List;

/**
 * A working-day calendar file that cannot be used, with every problem found, each naming the file
 * and the place in it ({@code calendar/2027.json: days[3].date: …}).
 */
public final class CalendarException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    public CalendarException(List<String> problems) {
        super("invalid working-day calendar", problems);
    }
}
