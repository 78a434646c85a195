package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/** What makes a volunteer eligible for preferential treatment: the star level, or a recent commendation. */
public enum PreferenceBasis implements Labelled {
    STAR_LEVEL("星级", "star level"),
    COMMENDATION("表彰记录", "commendation on record");

    private final String zh;
    private final String en;

    PreferenceBasis(String zh, String en) {
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
