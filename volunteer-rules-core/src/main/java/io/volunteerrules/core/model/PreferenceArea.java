package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * Where a good volunteer record may bring preferential treatment (ZZ-2.4, VSR-32, VSR-33, HN-39). The
 * key names the parameters: {@code preferential.<key>-minimum-star-level}.
 */
public enum PreferenceArea implements Labelled {
    SCHOOLING,
    EMPLOYMENT,
    MEDICAL_CARE,
    COMMUNITY_SERVICES;

    /** The area's part of parameter keys: {@code medical-care} for MEDICAL_CARE. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static PreferenceArea named(String name) {
        return EnumNames.named(PreferenceArea.class, name);
    }
}
