package io.volunteerrules.core.model;

import io.volunteerrules.core.text.Labelled;

/** Online or offline recruitment; both are valid (ZZ-2.1: 线上招募和线下招募并举). */
public enum RecruitmentChannel implements Labelled {
    ONLINE("线上招募", "online recruitment"),
    OFFLINE("线下招募", "offline recruitment");

    private final String zh;
    private final String en;

    RecruitmentChannel(String zh, String en) {
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
