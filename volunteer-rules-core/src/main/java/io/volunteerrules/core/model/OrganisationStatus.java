package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Whether an organisation still exists to act, or merged, split dissolved or cannot issue for another reason (ZZ-2.5). */
public enum OrganisationStatus implements Labelled {
    ACTIVE("存续", "active"),
    MERGED("已合并", "merged"),
    SPLIT("已分立", "split"),
    DISSOLVED("已解散", "dissolved"),
    /** Cannot issue for another reason (deregistered, its records lost…): ZZ-2.5 “或其他原因”. */
    UNABLE_TO_ISSUE("因其他原因无法出具证明", "unable to issue for another reason");

    private final String zh;
    private final String en;

    OrganisationStatus(String zh, String en) {
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
    public static OrganisationStatus named(String name) {
        return EnumNames.named(OrganisationStatus.class, name);
    }
}
