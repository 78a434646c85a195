package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * The capacity a court has declared a person to have (民法典 arts 21–22): no capacity for one who
 * cannot recognise their own conduct, limited capacity for one who cannot fully recognise it.
 */
public enum DeclaredCapacity implements Labelled {
    LIMITED("限制民事行为能力", "limited civil capacity"),
    NONE("无民事行为能力", "no civil capacity");

    private final String zh;
    private final String en;

    DeclaredCapacity(String zh, String en) {
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

    /** Reads a constant by its name only. */
    @JsonCreator
    public static DeclaredCapacity named(String name) {
        return EnumNames.named(DeclaredCapacity.class, name);
    }
}
