package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Kinds of insurance policy; ZZ-2.3 asks for personal accident insurance. */
public enum InsuranceType implements Labelled {
    PERSONAL_ACCIDENT,
    LIABILITY,
    HEALTH,
    OTHER;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static InsuranceType named(String name) {
        return EnumNames.named(InsuranceType.class, name);
    }
}
