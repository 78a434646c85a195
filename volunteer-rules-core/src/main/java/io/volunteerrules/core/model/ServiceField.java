package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * Fields of volunteer service named in ZZ-2.2 and ZZ-3.2. Which of them count as professional
 * fields (needing professional training) is not fixed here: it is the parameter
 * {@code training.professional-fields} in {@code rules/training/training.parameters.yaml}.
 */
public enum ServiceField implements Labelled {
    POVERTY_RELIEF,
    ELDERLY_CARE,
    CHILDREN_IN_DIFFICULTY,
    LEFT_BEHIND_CHILDREN,
    HELPING_YOUNG_AND_DISABLED,
    MEDICAL_RESCUE,
    LEGAL_AID,
    DISASTER_RELIEF,
    EMERGENCY_RESCUE,
    MEDICAL_AND_EDUCATION_AID,
    COMMUNITY_SERVICE,
    ENVIRONMENTAL_PROTECTION,
    CULTURE_AND_PUBLICITY,
    LARGE_EVENTS,
    OTHER;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static ServiceField named(String name) {
        return EnumNames.named(ServiceField.class, name);
    }
}
