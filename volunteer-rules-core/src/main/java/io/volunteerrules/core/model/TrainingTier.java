package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Tiers of the tiered training system of ZZ-2.2, lowest first. */
public enum TrainingTier implements Labelled {
    BASIC,
    PROFESSIONAL,
    BACKBONE;

    /** Whether this tier is {@code other} or above it. */
    public boolean atLeast(TrainingTier other) {
        return compareTo(other) >= 0;
    }

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static TrainingTier named(String name) {
        return EnumNames.named(TrainingTier.class, name);
    }
}
