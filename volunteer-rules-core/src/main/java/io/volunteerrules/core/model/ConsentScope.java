package io.volunteerrules.core.model;

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
}
