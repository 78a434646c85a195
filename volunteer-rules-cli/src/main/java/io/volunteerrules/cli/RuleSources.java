package io.volunteerrules.cli;

import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.drools.VolunteerRules;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule is written and which parameters it reads, found in the DRL text: a rule reads a
 * parameter when its key appears in quotes in the rule ({@code $p.integer("capacity.full-age")}).
 */
final class RuleSources {

    /** One rule's source. */
    record Source(String file, int line, String text, Set<String> parameters) {
    }

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*end\\b", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+)\"");

    private final Map<String, Source> byRule = new LinkedHashMap<>();

    RuleSources(VolunteerRules rules) {
        Set<String> keys = rules.parameters().parameters().keySet();
        for (RuleFile f : rules.files().rules()) {
            String text = f.text();
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                Set<String> params = new LinkedHashSet<>();
                Matcher q = QUOTED.matcher(m.group(2));
                while (q.find()) {
                    if (keys.contains(q.group(1))) {
                        params.add(q.group(1));
                    }
                }
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                byRule.put(m.group(1), new Source(f.path(), line, m.group(), params));
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
