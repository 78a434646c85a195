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
 * as-of date is the one that counts (VSR-15, HN-27).
 *
 * @param declaredOn the day of the declaration
 * @param conditions condition codes, compared with a task's {@code excludedHealthConditions}
 */
public record HealthDeclaration(
        @NotNull @IsoDate LocalDate declaredOn,
        List<@NotBlank String> conditions) implements StrictFields {

    public HealthDeclaration {
        conditions = Copies.list(conditions);
    }
}
