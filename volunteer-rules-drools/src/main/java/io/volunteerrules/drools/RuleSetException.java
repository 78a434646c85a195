package io.volunteerrules.drools;

import java.util.List;

/**
 * A rule set that cannot be used: DRL that does not compile, a rule without its clause or messages,
 * a clause id not in the catalogue, a broken parameter table. Lists every problem found.
 */
public final class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RuleSetException(String origin, List<String> problems) {
        super("rule set " + origin + " cannot be used (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the file or rule it is in. */
    public List<String> problems() {
        return problems;
    }
}
