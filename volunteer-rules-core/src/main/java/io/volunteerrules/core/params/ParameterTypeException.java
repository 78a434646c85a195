package io.volunteerrules.core.params;

import io.volunteerrules.core.VolunteerRulesException;

/**
 * A rule or helper read a parameter as a type it is not of ({@code integer("stars.one-star")} where
 * the table declares a decimal). A defect of the rule set; the message names the key, the type of its
 * table and the type it was read as.
 */
public final class ParameterTypeException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final String key;

    ParameterTypeException(String key, String declared, String readAs) {
        super("parameter " + key + " is " + article(declared) + " " + declared + ", not " + article(readAs) + " " + readAs
                + "; read it with the reader of its table's type");
        this.key = key;
    }

    private static String article(String type) {
        return type.startsWith("i") ? "an" : "a";
    }

    /** The key that was read. */
    public String key() {
        return key;
    }
}
