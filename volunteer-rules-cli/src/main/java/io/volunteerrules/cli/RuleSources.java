package io.volunteerrules.cli;

import io.volunteerrules.core.ruleset.DrlRules;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.drools.ParameterReads;
import io.volunteerrules.drools.VolunteerRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each rule is written — its file and the line of its {@code rule} keyword, from the DRL split
 * into rule blocks — and which parameters it reads, as recorded while the rule set's scenarios run
 * ({@link ParameterReads}): its conditions, its consequence and the helpers it hands the parameters to.
 */
final class RuleSources {

    /** One rule's source. */
    record Source(String file, int line, Set<String> parameters) {
    }

    private final Map<String, Source> byRule = new LinkedHashMap<>();

    RuleSources(VolunteerRules rules) {
        Map<String, Set<String>> reads = ParameterReads.recorded(rules);
        for (RuleFile f : rules.files().rules()) {
            for (DrlRules.Rule r : DrlRules.parse(f.path(), f.text()).rules()) {
                byRule.put(r.name(), new Source(f.path(), r.line(), reads.getOrDefault(r.name(), Set.of())));
            }
        }
    }

    Source of(String rule) {
        return byRule.get(rule);
    }

    Set<String> parameters(String rule) {
        Source s = byRule.get(rule);
        return s == null ? Set.of() : s.parameters();
    }
}
