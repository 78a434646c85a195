package io.volunteerrules.drools;

import io.volunteerrules.core.VolunteerRulesException;

/**
 * The rules failed while answering a valid request: a rule's action threw (for instance a parameter
 * table naming a field the rules do not know), or no rule answered a question. A defect of the rule
 * set rather than of the request; the message names the rule set version and, where known, the rule,
 * and Drools' own exception is the {@linkplain #getCause() cause}.
 */
public class EvaluationException extends VolunteerRulesException {

    private static final long serialVersionUID = 1L;

    private final String ruleSetVersion;

    /**
     * @param message what failed, naming the rule set version and the rule or question
     * @param cause   the failure inside the rules, or null
     */
    public EvaluationException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /**
     * @param ruleSetVersion the version of the rule set that failed
     * @param message        what failed, naming the rule set version and the rule or question
     * @param cause          the failure inside the rules, or null
     */
    EvaluationException(String ruleSetVersion, String message, Throwable cause) {
        super(message, cause);
        this.ruleSetVersion = ruleSetVersion;
    }

    /** The version of the rule set that failed ({@code sha256:…}); null when the thrower did not know it. */
    public String ruleSetVersion() {
        return ruleSetVersion;
    }
}
