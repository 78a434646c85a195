package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Where a volunteer is registered (ZZ-2.1, VSR-7). */
public enum RegistrationPlatform implements Labelled {
    NATIONAL_SYSTEM,
    ZHIYUAN_ZHENGZHOU,
    NONE;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static RegistrationPlatform named(String name) {
        return EnumNames.named(RegistrationPlatform.class, name);
    }
}
