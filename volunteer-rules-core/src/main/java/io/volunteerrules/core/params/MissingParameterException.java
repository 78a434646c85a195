package io.volunteerrules.core.params;

import io.volunteerrules.core.VolunteerRulesException;
import java.time.LocalDate;
import java.util.List;

/** Some parameters have no row in force on the date asked for. */
public final class MissingParameterException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final transient List<String> keys;

    public MissingParameterException(LocalDate date, List<String> keys) {
        super("no parameter row in force on " + date + " for " + String.join(", ", keys));
        this.date = date;
        this.keys = List.copyOf(keys);
    }

    /** The date asked for. */
    public LocalDate date() {
        return date;
    }

    /** The parameters without a row on that date, each with its table. */
    public List<String> keys() {
        return keys;
    }
}
