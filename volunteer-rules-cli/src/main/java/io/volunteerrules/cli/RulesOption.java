package io.volunteerrules.cli;

import io.volunteerrules.drools.RuleSetException;
import io.volunteerrules.drools.VolunteerRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: the rule set to use; the bundled rules when absent. */
final class RulesOption {

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "rules directory (as written by export-rules); the bundled rules if absent")
    Path rules;

    /** Loads the rule set, or prints every problem and returns null. */
    VolunteerRules load(PrintWriter err) {
        return load(rules, err);
    }

    static VolunteerRules load(Path dir, PrintWriter err) {
        try {
            return dir == null ? VolunteerRules.builder().build() : VolunteerRules.builder().rulesDirectory(dir).build();
        } catch (RuleSetException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    String describe() {
        return rules == null ? "the bundled rules" : rules.toString();
    }
}
