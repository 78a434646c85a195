package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Tiers of the tiered training system of ZZ-2.2, lowest first. */
public enum TrainingTier implements Labelled {
    BASIC("基础知识培训", "basic training"),
    PROFESSIONAL("专业知识技能培训", "professional training"),
    BACKBONE("骨干讲师培训", "backbone-lecturer training");

    private final String zh;
    private final String en;

    TrainingTier(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Whether this tier is {@code other} or above it. */
    public boolean atLeast(TrainingTier other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static TrainingTier named(String name) {
        return EnumNames.named(TrainingTier.class, name);
    }
}
