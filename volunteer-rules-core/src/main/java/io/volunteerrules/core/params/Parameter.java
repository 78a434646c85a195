package io.volunteerrules.core.params;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A policy number with its meaning and its dated values, as policy staff keep it.
 *
 * @param key         a dotted name such as {@code capacity.full-age}, unique in a rule set
 * @param description what the number means
 * @param type        how its values are read
 * @param unit        unit of the values, if any
 * @param rows        dated values, in order, never overlapping
 * @param file        the table file it comes from, for messages
 */
public record Parameter(String key, String description, ParameterType type, String unit, List<ParameterRow> rows,
        String file) {

    public Parameter {
        rows = List.copyOf(rows);
    }

    /** The row in force on {@code date}, if any. */
    public Optional<ParameterRow> rowOn(LocalDate date) {
        return rows.stream().filter(r -> r.inForceOn(date)).findFirst();
    }
}
