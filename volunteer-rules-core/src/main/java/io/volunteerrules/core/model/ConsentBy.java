package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * Who gave the separate consent (单独同意) to processing a piece of sensitive personal information
 * (PIPL-29): the volunteer, or for a child under 14 a parent or other guardian (PIPL-31).
 */
public enum ConsentBy implements Labelled {
    VOLUNTEER,
    GUARDIAN;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static ConsentBy named(String name) {
        return EnumNames.named(ConsentBy.class, name);
    }
}
