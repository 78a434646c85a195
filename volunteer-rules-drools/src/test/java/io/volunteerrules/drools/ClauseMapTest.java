package io.volunteerrules.drools;

import io.volunteerrules.core.clauses.Clause;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/clause-map.md} true: the page is generated from the rule set (rules, their
 * clauses, parameters, scenarios) and this test fails when the committed page differs. Regenerate
 * it with {@code mvn -B -q -pl volunteer-rules-drools -am verify -Dtest=ClauseMapTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true}.
 */
class ClauseMapTest {

    @Test
    void docs_clause_map_matches_the_rule_set() throws IOException {
        String generated = generate(VolunteerRules.builder().build());
        GeneratedPage.check("clause-map.md", generated, ClauseMapTest.class);
    }

    static String generate(VolunteerRules engine) {
        Map<String, List<RuleInfo>> rulesByClause = new TreeMap<>();
        engine.rules().rules().values().stream()
                .sorted((a, b) -> (a.area() + a.name()).compareTo(b.area() + b.name()))
                .forEach(r -> r.clauses().forEach(c -> rulesByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(r)));
        Map<String, Set<String>> scenariosByClause = new TreeMap<>();
        for (RuleFile f : engine.files().scenarios()) {
            for (Scenario s : ScenarioLoader.read(f.path(), f.text())) {
                s.expectations().forEach(x -> x.clauses().forEach(c -> scenariosByClause
                        .computeIfAbsent(c, k -> new LinkedHashSet<>()).add(f.path() + ": " + s.name())));
            }
        }
        Map<String, List<String>> paramsByClause = new TreeMap<>();
        engine.parameters().parameters().values().stream().sorted((a, b) -> a.key().compareTo(b.key()))
                .forEach((Parameter p) -> p.rows().stream().flatMap(r -> r.clauses().stream()).distinct()
                        .forEach(c -> paramsByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(p.key())));

        StringBuilder md = new StringBuilder();
        md.append("# Clause map\n\n")
                .append("Generated from the bundled rule set by `ClauseMapTest` (which fails when this page is out of date).\n")
                .append("For each clause that a rule implements: the rules (by area), the parameters that carry its numbers,\n")
                .append("and the regression scenarios that expect it to be cited. Files are under\n")
                .append("`volunteer-rules-drools/src/main/resources/rules/`.\n\n");
        md.append("| clause | in short | rules | parameters | scenarios |\n|---|---|---|---|---|\n");
        for (Clause c : engine.clauses().clauses().values()) {
            List<RuleInfo> rules = rulesByClause.get(c.id());
            if (rules == null) {
                continue;
            }
            md.append("| ").append(c.id()).append(" | ").append(c.text().replace("|", "/")).append(" | ")
                    .append(rules.stream().map(r -> "`" + r.area() + "/" + r.name() + "`").collect(Collectors.joining("<br>")))
                    .append(" | ")
                    .append(paramsByClause.getOrDefault(c.id(), List.of()).stream().map(k -> "`" + k + "`")
                            .collect(Collectors.joining("<br>")))
                    .append(" | ").append(scenariosByClause.getOrDefault(c.id(), Set.of()).size()).append(" scenarios")
                    .append(" |\n");
        }
        md.append("\n## What no rule decides\n\n")
                .append("Clauses the catalogue marks as reporting or context, and parts of deciding clauses, that no rule\n")
                .append("decides from facts, with the catalogue's reason. Every clause marked as deciding has a rule above\n")
                .append("and a scenario below; `BundledScenariosTest` fails when one lacks either.\n\n")
                .append("| clause | kind | in short | why no rule decides it |\n|---|---|---|---|\n");
        for (Clause c : engine.clauses().clauses().values()) {
            if (c.decides() && c.why() == null) {
                continue;
            }
            md.append("| ").append(c.id()).append(" | ").append(c.decides() ? "decides (in part)" : c.kind()).append(" | ")
                    .append(c.text().replace("|", "/")).append(" | ")
                    .append(c.why() != null ? c.why().replace("|", "/")
                            : rulesByClause.containsKey(c.id()) ? "a figure or a checklist (CLAUSES.md); rules above cite it beside the clause that decides"
                            : c.kind().equals("reports") ? "a figure or a checklist, not a decision (CLAUSES.md)"
                            : "nothing software can decide (CLAUSES.md)")
                    .append(" |\n");
        }
        md.append("\n## Scenarios by clause\n");
        for (Clause c : engine.clauses().clauses().values()) {
            Set<String> scenarios = scenariosByClause.get(c.id());
            if (rulesByClause.get(c.id()) == null || scenarios == null) {
                continue;
            }
            md.append("\n### ").append(c.id()).append("\n\n");
            scenarios.forEach(s -> md.append("- ").append(s).append('\n'));
        }
        return md.toString();
    }
}
