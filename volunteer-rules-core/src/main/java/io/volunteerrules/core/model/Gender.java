package io.volunteerrules.core.model;

import io.volunteerrules.core.text.Labelled;

/** A volunteer's gender, part of the basic information of MCA-CERT-5. */
public enum Gender implements Labelled {
    FEMALE("女", "female"),
    MALE("男", "male");

    private final String zh;
    private final String en;

    Gender(String zh, String en) {
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
