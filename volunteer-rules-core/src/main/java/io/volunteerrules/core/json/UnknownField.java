package io.volunteerrules.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The value of a field a request record does not have: it cannot be created, so reading one fails
 * at the field (see {@link StrictFields}).
 */
public final class UnknownField {

    /** The message of the failure; {@link Json} recognises it. */
    public static final String MESSAGE = "unknown field";

    /**
     * Never returns.
     *
     * @throws IllegalArgumentException always
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private UnknownField(Object value) {
        throw new IllegalArgumentException(MESSAGE);
    }
}
