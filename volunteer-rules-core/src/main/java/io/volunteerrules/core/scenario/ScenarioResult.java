package io.volunteerrules.core.scenario;

import io.volunteerrules.core.decision.Decision;
import java.util.List;

/**
 * How one scenario went.
 *
 * @param scenario  the scenario run
 * @param failures  each expectation not met, saying what was expected and what came out; empty if passed
 * @param decisions the decisions made (empty when the request was rejected)
 */
public record ScenarioResult(Scenario scenario, List<String> failures, List<Decision> decisions) {

    public ScenarioResult {
        failures = List.copyOf(failures);
        decisions = List.copyOf(decisions);
    }

    /** Whether every expectation was met. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
