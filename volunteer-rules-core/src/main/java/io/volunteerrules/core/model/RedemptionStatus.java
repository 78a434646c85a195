package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** What became of a redemption: made (the hours were spent) or refused (nothing was spent). */
public enum RedemptionStatus implements Labelled {
    MADE,
    REFUSED;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RedemptionStatus named(String name) {
        return EnumNames.named(RedemptionStatus.class, name);
    }
}
