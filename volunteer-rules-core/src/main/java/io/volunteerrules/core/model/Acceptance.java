package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** The volunteer's answer to an assignment: nobody is forced into service (VSR-25, HN-27). */
public enum Acceptance implements Labelled {
    ACCEPTED,
    PENDING,
    DECLINED;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static Acceptance named(String name) {
        return EnumNames.named(Acceptance.class, name);
    }
}
