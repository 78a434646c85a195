package io.volunteerrules.drools;

import io.volunteerrules.core.ProblemsException;
import java.util.List;

/**
 * A rule set that cannot be used: DRL that does not compile, a rule without its clause or messages,
 * a clause id not in the catalogue, a broken parameter table, a rules directory that cannot be read,
 * or a bundled executable model missing from the class path. Lists every problem found; when a
 * lower-level failure (Drools, I/O) caused it, that failure is the {@linkplain #getCause() cause}.
 */
public final class RuleSetException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    /**
     * @param origin   where the rule set came from (a directory, or "bundled"), for the message
     * @param problems every problem found, each naming its file or rule
     */
    public RuleSetException(String origin, List<String> problems) {
        this(origin, problems, null);
    }

    /**
     * @param origin   where the rule set came from (a directory, or "bundled"), for the message
     * @param problems every problem found, each naming its file or rule
     * @param cause    the failure that made the rule set unusable, or null
     */
    public RuleSetException(String origin, List<String> problems, Throwable cause) {
        super("rule set " + origin + " cannot be used", problems, cause);
    }
}
