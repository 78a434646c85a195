package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * The capacity a court has declared a person to have (民法典 arts 21–22): no capacity for one who
 * cannot recognise their own conduct, limited capacity for one who cannot fully recognise it.
 */
public enum DeclaredCapacity implements Labelled {
    LIMITED,
    NONE;

    /** Reads a constant by its name only. */
    @JsonCreator
    public static DeclaredCapacity named(String name) {
        return EnumNames.named(DeclaredCapacity.class, name);
    }
}
