package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** What a guardian's consent covers: every activity, one activity, or one field of service. */
public enum ConsentScope implements Labelled {
    ALL_ACTIVITIES("全部志愿服务活动", "all volunteer activities"),
    ACTIVITY("指定活动", "the named activity"),
    FIELD("指定服务领域", "the named field of service");

    private final String zh;
    private final String en;

    ConsentScope(String zh, String en) {
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
    public static ConsentScope named(String name) {
        return EnumNames.named(ConsentScope.class, name);
    }
}
