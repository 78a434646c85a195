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
            description = "The rules directory (as written by export-rules); the bundled rules if absent.")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop an evaluation after N rule firings plus --firings-per-fact per fact (default: ${DEFAULT-VALUE}).")
    int maxFirings = EvaluationBounds.DEFAULT.baseFirings();

    @Option(names = "--firings-per-fact", paramLabel = "N", description = "Rule firings allowed per fact of a request (default: ${DEFAULT-VALUE}).")
    int firingsPerFact = EvaluationBounds.DEFAULT.firingsPerFact();

    @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Stop an evaluation after this long (default: ${DEFAULT-VALUE}).")
    double timeBudget = EvaluationBounds.DEFAULT.timeBudget().toMillis() / 1000.0;

    /** Loads the rule set, showing the phase as progress, or prints every problem and returns null. */
    VolunteerRules load(PrintWriter err, Progress progress) {
        // named by their options: "base firings must be positive" means nothing to who typed --max-firings
        if (maxFirings <= 0) {
            err.println("error: --max-firings must be a positive whole number, was " + maxFirings);
            return null;
        }
        if (firingsPerFact < 0) {
            err.println("error: --firings-per-fact must not be negative, was " + firingsPerFact);
            return null;
        }
        if (!(timeBudget > 0) || Double.isInfinite(timeBudget) || Math.round(timeBudget * 1000) <= 0) {
            err.println("error: --time-budget: the time budget must be positive, in seconds (at least 0.001); was " + timeBudget);
            return null;
        }
        EvaluationBounds bounds;
        try {
            bounds = new EvaluationBounds(maxFirings, firingsPerFact, Duration.ofMillis(Math.round(timeBudget * 1000)));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        return load(rules, bounds, err, progress);
    }

    static VolunteerRules load(Path dir, PrintWriter err, Progress progress) {
        return load(dir, EvaluationBounds.DEFAULT, err, progress);
    }

    /**
     * Loads a rule set (the bundled one when {@code dir} is null): a rules directory is linted, its
     * tables read and its DRL compiled, which takes seconds, so the phase is shown as progress.
     */
    static VolunteerRules load(Path dir, EvaluationBounds bounds, PrintWriter err, Progress progress) {
        String name = describe(dir);
        try {
            return progress.phase(dir == null ? "loading " + name
                            : "loading " + name + ": checking the rule files (lint), reading the tables, compiling the DRL",
                    () -> {
                        VolunteerRules.Builder b = VolunteerRules.builder().bounds(bounds);
                        return dir == null ? b.build() : b.rulesDirectory(dir).build();
                    },
                    engine -> name + ": " + TestCommand.plural(engine.rules().names().size(), "rule") + " ready");
        } catch (RuleSetException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    String describe() {
        return describe(rules);
    }

    static String describe(Path dir) {
        return dir == null ? "the bundled rules" : dir.toString();
    }
}
