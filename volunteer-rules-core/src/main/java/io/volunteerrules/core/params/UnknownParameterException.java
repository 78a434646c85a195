package io.volunteerrules.core.params;

import io.volunteerrules.core.VolunteerRulesException;

/**
 * A rule or helper read a parameter that no table of the rule set defines: a key misspelt in a rule,
 * or a row removed from a table that a rule still reads. A defect of the rule set; the message names
 * the key and the date of the values asked.
 */
public final class UnknownParameterException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final String key;

    UnknownParameterException(String key, java.time.LocalDate date) {
        super("unknown parameter " + key + ": no parameter table of the rule set defines it (values in force on "
                + date + ")");
        this.key = key;
    }

    /** The key that was read. */
    public String key() {
        return key;
    }
}
