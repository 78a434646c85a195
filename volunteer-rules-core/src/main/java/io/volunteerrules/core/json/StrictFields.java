package io.volunteerrules.core.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Makes an unknown field an error wherever a request is read, whatever the reader's configuration:
 * every fact and question record implements it, so a misspelt field ({@code "minorAllowed"} for
 * {@code minorsAllowed}) is refused with its path instead of being silently ignored and the
 * yes/no field it meant read as {@code false}.
 *
 * <p>It works through annotations alone ({@code com.fasterxml.jackson.annotation}, which Jackson 2
 * and Jackson 3 share), so it holds for any {@code ObjectMapper} a host configures, even one with
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} off (Spring Boot's default, and Jackson 3's): Jackson hands
 * every field it does not know to this "any setter", whose value type {@link UnknownField} refuses
 * to be created — while the input is read, so the error carries the field's path, line and column.
 */
public interface StrictFields {

    /**
     * Called by Jackson for a field the record does not have; always refuses it.
     *
     * @throws UnknownFieldException always
     */
    @JsonAnySetter
    default void unknownField(String name, UnknownField value) {
        // reached only for an explicit null value: any other value fails while it is read
        throw new UnknownFieldException(getClass(), name);
    }
}
