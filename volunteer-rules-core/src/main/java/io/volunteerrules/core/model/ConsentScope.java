package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** What a guardian's consent covers: every activity, one activity, or one field of service. */
public enum ConsentScope implements Labelled {
    ALL_ACTIVITIES,
    ACTIVITY,
    FIELD;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static ConsentScope named(String name) {
        return EnumNames.named(ConsentScope.class, name);
    }
}
