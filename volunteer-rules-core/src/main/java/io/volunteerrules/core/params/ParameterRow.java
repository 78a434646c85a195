package io.volunteerrules.core.params;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated value of a parameter: in force from {@code from} through {@code to}, both included; an
 * open {@code to} runs until a later row starts.
 *
 * @param value   the typed value ({@link Integer}, {@link java.math.BigDecimal}, {@link Boolean},
 *                {@link String}, {@code List<String>} or {@link LocalDate})
 * @param source  where the value comes from, in words (a text and article)
 * @param clauses the ids of the clauses it implements or comes from, in the order the table gives
 *                them (at least one)
 */
public record ParameterRow(LocalDate from, LocalDate to, Object value, String source, List<String> clauses) {

    public ParameterRow {
        clauses = List.copyOf(clauses);
    }

    /** Whether the row is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
