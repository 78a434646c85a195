package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Regular or emergency recruitment (ZZ-2.1: 经常性招募与应急性招募相结合; VSR-24). */
public enum RecruitmentMode implements Labelled {
    REGULAR("经常性招募", "regular recruitment"),
    EMERGENCY("应急性招募", "emergency recruitment");

    private final String zh;
    private final String en;

    RecruitmentMode(String zh, String en) {
        this.zh = zh;
        this.en = en;
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
    public static RecruitmentMode named(String name) {
        return EnumNames.named(RecruitmentMode.class, name);
    }
}
