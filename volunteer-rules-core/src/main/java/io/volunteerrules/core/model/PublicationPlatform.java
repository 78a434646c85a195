package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Where an online recruitment notice is published (ZZ-2.1). Which platforms are accepted is the parameter {@code recruitment.accepted-platforms}. */
public enum PublicationPlatform implements Labelled {
    NATIONAL_SYSTEM,
    ZHIYUAN_ZHENGZHOU,
    OTHER;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static PublicationPlatform named(String name) {
        return EnumNames.named(PublicationPlatform.class, name);
    }
}
