package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * Kinds of insurance policy; ZZ-2.3 asks for personal accident insurance (人身意外伤害保险). A property
 * policy (财产保险) insures things, not the volunteer's person: it is recognised, and never counts as
 * accident cover.
 */
public enum InsuranceType implements Labelled {
    PERSONAL_ACCIDENT("人身意外伤害保险", "personal accident insurance"),
    LIABILITY("责任保险", "liability insurance"),
    HEALTH("健康保险", "health insurance"),
    PROPERTY("财产保险", "property insurance"),
    OTHER("其他保险", "other insurance");

    private final String zh;
    private final String en;

    InsuranceType(String zh, String en) {
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
    public static InsuranceType named(String name) {
        return EnumNames.named(InsuranceType.class, name);
    }
}
