package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Regular or emergency recruitment (ZZ-2.1: 经常性招募与应急性招募相结合; VSR-24). */
public enum RecruitmentMode implements Labelled {
    REGULAR,
    EMERGENCY;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RecruitmentMode named(String name) {
        return EnumNames.named(RecruitmentMode.class, name);
    }
}
