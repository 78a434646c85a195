package io.volunteerrules.cli;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioRunner;
import io.volunteerrules.drools.RuleInfo;
import io.volunteerrules.drools.VolunteerRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each rule's message as a scenario renders it, for the catalogue: a reader sees 2026年5月1日 and a
 * volunteer's name where the template says {@code {start}} and {@code {volunteer}}. A rule no
 * scenario makes fire shows its templates.
 */
final class MessageExamples {

    private final Map<String, Reason> firstByRule;

    private MessageExamples(Map<String, Reason> firstByRule) {
        this.firstByRule = firstByRule;
    }

    /** Runs the scenarios and keeps, for each rule, the first reason it gave. */
    static MessageExamples of(VolunteerRules engine, List<Scenario> scenarios) {
        ScenarioRunner runner = new ScenarioRunner(engine, engine.clauses(), engine.rules().names());
        Map<String, Reason> first = new HashMap<>();
        for (Scenario s : scenarios) {
            try {
                for (Decision d : runner.run(s).decisions()) {
                    d.allReasons().forEach(r -> first.putIfAbsent(r.rule(), r));
                }
            } catch (RuntimeException e) {
                // a scenario that cannot run shows no example; test reports it
            }
        }
        return new MessageExamples(first);
    }

    /** The message cell of a rule: the example in Chinese and English (with its next step), or the templates. */
    String cell(RuleInfo rule) {
        Reason r = firstByRule.get(rule.name());
        if (r == null) {
            return CatalogueCommand.esc(rule.zh().text()) + "<br>" + CatalogueCommand.esc(rule.en().text());
        }
        StringBuilder h = new StringBuilder("<span lang=\"zh-CN\">").append(CatalogueCommand.esc(r.zh()));
        if (r.nextStep() != null) {
            h.append("<br>下一步：").append(CatalogueCommand.esc(r.nextStep().zh()));
        }
        h.append("</span><br><span lang=\"en\">").append(CatalogueCommand.esc(r.en()));
        if (r.nextStep() != null) {
            h.append("<br>Next step: ").append(CatalogueCommand.esc(r.nextStep().en()));
        }
        h.append("</span>");
        return h.toString();
    }
}
