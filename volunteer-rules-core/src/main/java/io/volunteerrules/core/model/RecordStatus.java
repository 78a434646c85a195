package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Verification state of a service or training record; only verified records count downstream. */
public enum RecordStatus implements Labelled {
    PENDING,
    VERIFIED,
    REJECTED;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RecordStatus named(String name) {
        return EnumNames.named(RecordStatus.class, name);
    }
}
