package io.volunteerrules.cli;

import io.volunteerrules.drools.EvaluationBounds;
import io.volunteerrules.drools.RuleSetException;
import io.volunteerrules.drools.VolunteerRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}: the rule set to use, the bundled rules when absent; and the bounds each
 * evaluation runs under ({@code --max-firings}, {@code --firings-per-fact}, {@code --time-budget}).
 */
final class RulesOption {

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "rules directory (as written by export-rules); the bundled rules if absent")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "stop an evaluation after N rule firings plus --firings-per-fact per fact (default: ${DEFAULT-VALUE})")
    int maxFirings = EvaluationBounds.DEFAULT.baseFirings();

    @Option(names = "--firings-per-fact", paramLabel = "N", description = "rule firings allowed per fact of a request (default: ${DEFAULT-VALUE})")
    int firingsPerFact = EvaluationBounds.DEFAULT.firingsPerFact();

    @Option(names = "--time-budget", paramLabel = "SECONDS", description = "stop an evaluation after this long (default: ${DEFAULT-VALUE})")
    double timeBudget = EvaluationBounds.DEFAULT.timeBudget().toMillis() / 1000.0;

    /** Loads the rule set, or prints every problem and returns null. */
    VolunteerRules load(PrintWriter err) {
        EvaluationBounds bounds;
        try {
            bounds = new EvaluationBounds(maxFirings, firingsPerFact, Duration.ofMillis(Math.round(timeBudget * 1000)));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        return load(rules, bounds, err);
    }

    static VolunteerRules load(Path dir, PrintWriter err) {
        return load(dir, EvaluationBounds.DEFAULT, err);
    }

    static VolunteerRules load(Path dir, EvaluationBounds bounds, PrintWriter err) {
        try {
            VolunteerRules.Builder b = VolunteerRules.builder().bounds(bounds);
            return dir == null ? b.build() : b.rulesDirectory(dir).build();
        } catch (RuleSetException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    String describe() {
        return rules == null ? "the bundled rules" : rules.toString();
    }
}
