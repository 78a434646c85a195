package io.volunteerrules.core;

/**
 * The common type of every exception this library throws on purpose: an invalid request, a rule set
 * or table that cannot be used, a failed evaluation, a store that could not write. Catch it to handle
 * all of them in one place; catch a subtype to handle one kind.
 *
 * <p>Unchecked, like the JDK's own argument errors. Subclasses add what their callers need (the list
 * of violations, the problems of a rule set); the message alone always says what is wrong and where.
 * Only {@link NullPointerException} for a null argument is thrown outside this hierarchy.
 */
public abstract class VolunteerRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the field, file or rule */
    protected VolunteerRulesException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the field, file or rule
     * @param cause   the underlying failure (a JDBC, I/O or Drools exception), kept for the stack trace
     */
    protected VolunteerRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
