package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * Kinds of insurance policy; ZZ-2.3 asks for personal accident insurance (人身意外伤害保险). A property
 * policy (财产保险) insures things, not the volunteer's person: it is recognised, and never counts as
 * accident cover.
 */
public enum InsuranceType implements Labelled {
    PERSONAL_ACCIDENT,
    LIABILITY,
    HEALTH,
    PROPERTY,
    OTHER;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static InsuranceType named(String name) {
        return EnumNames.named(InsuranceType.class, name);
    }
}
