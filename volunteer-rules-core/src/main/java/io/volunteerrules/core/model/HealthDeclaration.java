package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * What a volunteer declared about their health on a given day. An empty list of conditions is a
 * declaration of no relevant condition. The latest declaration made on or before the request's
 * as-of date is the one that counts (VSR-15, HN-27). Health information is sensitive personal
 * information (PIPL-28): it may be processed only with separate consent (PIPL-29), given by a parent or
 * other guardian for a child under 14 (PIPL-31).
 *
 * @param declaredOn        the day of the declaration
 * @param conditions        condition codes, compared with a task's {@code excludedHealthConditions}
 * @param separateConsentBy who gave separate consent to processing this declaration when it was
 *                          made; absent means no separate consent was given
 */
public record HealthDeclaration(
        @NotNull @IsoDate LocalDate declaredOn,
        List<@NotBlank String> conditions,
        ConsentBy separateConsentBy) implements StrictFields {

    public HealthDeclaration {
        conditions = Copies.list(conditions);
    }

    /** A declaration with no separate consent to its processing recorded. */
    public HealthDeclaration(LocalDate declaredOn, List<String> conditions) {
        this(declaredOn, conditions, null);
    }
}
