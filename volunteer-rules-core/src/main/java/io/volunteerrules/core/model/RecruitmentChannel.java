package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Online or offline recruitment; both are valid (ZZ-2.1: 线上招募和线下招募并举). */
public enum RecruitmentChannel implements Labelled {
    ONLINE,
    OFFLINE;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RecruitmentChannel named(String name) {
        return EnumNames.named(RecruitmentChannel.class, name);
    }
}
