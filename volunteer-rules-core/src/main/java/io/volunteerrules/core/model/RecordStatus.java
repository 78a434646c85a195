package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
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

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RecordStatus named(String name) {
        return EnumNames.named(RecordStatus.class, name);
    }
}
