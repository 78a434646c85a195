package io.volunteerrules.core.model;

import io.volunteerrules.core.text.Labelled;

/** Verification state of a service or training record; only verified records count downstream. */
public enum RecordStatus implements Labelled {
    PENDING("待核实", "pending verification"),
    VERIFIED("已核实", "verified"),
    REJECTED("已驳回", "rejected");

    private final String zh;
    private final String en;

    RecordStatus(String zh, String en) {
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
