package io.volunteerrules.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The rules for a request's values, shared by every reader (the Jackson 2 module, the Jackson 3
 * module, request validation): dates are ISO dates with a four-digit year, whole numbers are whole,
 * and decimals have a sane size. A number such as {@code 1E+10000000} is eleven characters of JSON
 * but ten million digits once written out: it is refused when it is read, before any rule or
 * message can spend time on it.
 */
public final class StrictValues {

    /** At most this many digits before the decimal point (a trillion hours or yuan is no input). */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** At most this many digits after the decimal point, trailing zeros aside. */
    public static final int MAX_DECIMAL_PLACES = 9;
    /** At most this many characters in one number of the input (Jackson's stream constraint). */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String PACKAGE = "io.volunteerrules.core.";

    private StrictValues() {
    }

    /**
     * Reads an ISO date, {@code yyyy-mm-dd} with a four-digit year.
     *
     * @throws IllegalArgumentException saying what is wrong, if {@code text} is no such date
     */
    public static LocalDate isoDate(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a date written yyyy-mm-dd, not " + quote(text));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(quote(text) + " is not a date of the calendar");
        }
    }

    /** What is wrong with the size of a decimal, or {@code null} when nothing is. */
    public static String decimalProblem(BigDecimal value) {
        if (value == null) {
            return null;
        }
        // precision - scale is the number of digits before the point; both are cheap to read
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (value.scale() > MAX_DECIMAL_PLACES && value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            return "has too many decimals: at most " + MAX_DECIMAL_PLACES + " after the decimal point";
        }
        return null;
    }

    /**
     * Where a text holds half of a surrogate pair, which is no character (JSON lets {@code "\\ud800"}
     * through; printers and databases turn it into {@code ?}): what is wrong and at which index, or
     * {@code null} when every character is whole.
     */
    public static String loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return String.format("holds half of a surrogate pair (U+%04X at index %d), which is no character", (int) ch, i);
            }
        }
        return null;
    }

    /** Whether a class is a fact or question of a request, whose values these rules govern. */
    public static boolean governs(Class<?> type) {
        String name = type.getName();
        return name.startsWith(PACKAGE + "model.") || name.startsWith(PACKAGE + "request.");
    }

    /** A value for a message: quoted and cut short, so no input can make a message long. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
