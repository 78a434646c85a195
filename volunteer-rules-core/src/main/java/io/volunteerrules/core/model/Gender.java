package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** A volunteer's gender, part of the basic information of MCA-CERT-5. */
public enum Gender implements Labelled {
    FEMALE,
    MALE;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static Gender named(String name) {
        return EnumNames.named(Gender.class, name);
    }
}
