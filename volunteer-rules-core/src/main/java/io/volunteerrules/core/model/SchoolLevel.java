package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** A student's level of schooling, which selects the credit conversion (ZZ-5.1, HN-36, VSR-29). */
public enum SchoolLevel implements Labelled {
    UNIVERSITY,
    VOCATIONAL,
    MIDDLE_SCHOOL;

    /** The level's part of parameter keys: {@code middle-school} for MIDDLE_SCHOOL. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static SchoolLevel named(String name) {
        return EnumNames.named(SchoolLevel.class, name);
    }
}
