package io.volunteerrules.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * What a request's whole numbers, decimals and dates must be when read, written once for the Jackson
 * 2 module ({@link VolunteerRulesJacksonModule}) and the Jackson 3 module
 * ({@code volunteer-rules-jackson3}), so both refuse the same inputs with the same words. Each module
 * only says which token its parser is at ({@link Token}) and its text; everything decided about the
 * value is here, with the rules of {@link StrictValues}.
 */
public final class StrictScalars {

    /** The kind of token a parser is at, the same in both Jacksons. */
    public enum Token {
        STRING, WHOLE_NUMBER, DECIMAL_NUMBER, TRUE, FALSE, OBJECT, LIST, NULL, NONE, OTHER
    }

    /** The strict readers: which a request type's field gets. */
    public enum Kind {
        WHOLE_NUMBER, DECIMAL, DATE
    }

    private StrictScalars() {
    }

    /**
     * The strict reader for a field of type {@code type} declared in {@code declaring}, or null: only
     * the request's own types ({@link StrictValues#governs}) get one, so a host's types are untouched.
     */
    public static Kind kindOf(Class<?> declaring, Class<?> type) {
        if (declaring == null || !StrictValues.governs(declaring)) {
            return null;
        }
        if (type == Integer.class) {
            return Kind.WHOLE_NUMBER;
        }
        if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        return type == LocalDate.class ? Kind.DATE : null;
    }

    /**
     * Reads a whole number.
     *
     * @param text     the token's text, for the message
     * @param fitsInt  whether the number fits an {@code int} (asked only of a whole number)
     * @param value    the number, read only when it is acceptable
     * @throws IllegalArgumentException saying what is wrong, for the module to report where the value is
     */
    public static Integer wholeNumber(Token token, String text, Supplier<Boolean> fitsInt, Supplier<Integer> value) {
        if (token != Token.WHOLE_NUMBER) {
            throw new IllegalArgumentException("expected a whole number, not " + describe(token, text));
        }
        if (!fitsInt.get()) {
            throw new IllegalArgumentException("is too large for a whole number");
        }
        return value.get();
    }

    /**
     * Reads a decimal, never from a text, and of a sane size ({@link StrictValues#decimalProblem}).
     *
     * @param value the number, read only when the token is a number
     * @throws IllegalArgumentException saying what is wrong
     */
    public static BigDecimal decimal(Token token, String text, Supplier<BigDecimal> value) {
        if (token != Token.WHOLE_NUMBER && token != Token.DECIMAL_NUMBER) {
            throw new IllegalArgumentException("expected a number, not " + describe(token, text));
        }
        BigDecimal read = value.get();
        String problem = StrictValues.decimalProblem(read);
        if (problem != null) {
            throw new IllegalArgumentException(StrictValues.quote(text).replace("\"", "") + " " + problem);
        }
        return read;
    }

    /**
     * Reads a date: a text {@code yyyy-mm-dd} with a four-digit year ({@link StrictValues#isoDate}).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static LocalDate date(Token token, String text) {
        if (token != Token.STRING) {
            throw new IllegalArgumentException("expected a date written yyyy-mm-dd, not " + describe(token, text));
        }
        return StrictValues.isoDate(text);
    }

    /** The token as a message says it: {@code the text "x"}, {@code the number 1.5}, {@code a list}. */
    public static String describe(Token token, String text) {
        return switch (token) {
            case STRING -> "the text " + StrictValues.quote(text);
            case WHOLE_NUMBER, DECIMAL_NUMBER -> "the number " + StrictValues.quote(text).replace("\"", "");
            case TRUE -> "true";
            case FALSE -> "false";
            case OBJECT -> "an object";
            case LIST -> "a list";
            case NULL -> "null";
            case NONE -> "nothing";
            case OTHER -> "something else";
        };
    }
}
