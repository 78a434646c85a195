package io.volunteerrules.core.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The kinds of value a parameter holds, and how each is read from a table cell. */
public enum ParameterType {
    /** A whole number such as an age. */
    INTEGER,
    /** A decimal such as a number of hours; kept exact as {@link BigDecimal}. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A text such as a code. */
    TEXT,
    /** A list of texts, such as the professional fields. */
    LIST,
    /** An ISO date. */
    DATE;

    /**
     * Reads a raw value (from YAML, a CSV cell or a spreadsheet cell) as this type.
     *
     * @throws IllegalArgumentException saying what was expected, if the value does not fit
     */
    public Object read(Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank() && this != LIST)) {
            throw new IllegalArgumentException("must not be empty");
        }
        String text = raw.toString().trim();
        try {
            return switch (this) {
                case INTEGER -> {
                    BigDecimal d = new BigDecimal(text);
                    yield d.intValueExact();
                }
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> {
                    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
                        yield Boolean.TRUE;
                    }
                    if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
                        yield Boolean.FALSE;
                    }
                    throw new IllegalArgumentException("expected true or false but found \"" + text + "\"");
                }
                case TEXT -> text;
                case LIST -> readList(raw);
                case DATE -> LocalDate.parse(text);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expected " + (this == INTEGER ? "a whole number" : "a number")
                    + " but found \"" + text + "\"");
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date (yyyy-mm-dd) but found \"" + text + "\"");
        }
    }

    private static List<String> readList(Object raw) {
        List<String> items = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                if (o == null || o.toString().isBlank()) {
                    throw new IllegalArgumentException("list items must not be empty");
                }
                items.add(o.toString().trim());
            }
        } else {
            for (String part : raw.toString().split("[,;]")) {
                if (!part.isBlank()) {
                    items.add(part.trim());
                }
            }
        }
        return List.copyOf(items);
    }
}
