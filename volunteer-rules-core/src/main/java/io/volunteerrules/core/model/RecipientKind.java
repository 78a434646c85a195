package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Who a volunteer's service record would be shared with (VSR-20, HN-39). */
public enum RecipientKind implements Labelled {
    CREDIT_PLATFORM,
    EMPLOYER;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RecipientKind named(String name) {
        return EnumNames.named(RecipientKind.class, name);
    }
}
