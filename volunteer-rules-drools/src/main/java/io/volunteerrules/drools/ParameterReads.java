package io.volunteerrules.drools;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.ruleset.DrlRules;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.Evaluator;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parameters each rule reads, as recorded while the rule set's scenarios run: in its
 * conditions, its consequence, and the helpers it hands the parameters to ({@code StarTable.rows($p)}
 * reads keys no rule names). What the catalogue lists as a rule's "parameters read".
 *
 * <p>How: a copy of the rule set is compiled in which each rule's {@code ParameterSet(...)} pattern
 * also requires {@code reader == "<the rule>"}, and each evaluation inserts, instead of the one
 * parameter set, a view of it for every rule ({@link ParameterSet#readBy}) that records the keys read
 * through it. A rule thus reads only through its own view. A rule whose conditions the scenarios
 * never reach records nothing: write a scenario for it ({@code coverage} lists such rules).
 */
public final class ParameterReads {

    private static final Pattern PARAMETER_PATTERN = Pattern.compile("\\bParameterSet\\s*\\(\\s*(\\)?)");

    private ParameterReads() {
    }

    /**
     * Runs every scenario of the rule set and returns, for each of its rules, the parameter keys it
     * read (sorted); a rule that read none maps to an empty set.
     *
     * @throws RuleSetException if the rewritten copy cannot be compiled
     */
    public static Map<String, Set<String>> recorded(VolunteerRules rules) {
        VolunteerRules copy = VolunteerRules.builder().ruleSetFiles(rewritten(rules.files()))
                .clauseCatalogue(rules.clauses()).build();
        Map<String, Set<String>> reads = new ConcurrentHashMap<>();
        for (String rule : copy.rules().names()) {
            reads.put(rule, Collections.synchronizedSet(new TreeSet<>()));
        }
        Function<ParameterSet, List<Object>> views = params -> views(params, reads);
        Evaluator recording = new Evaluator() {
            @Override
            public List<Decision> evaluate(EvaluationRequest request) {
                return copy.evaluate(request, Map.of(), views);
            }

            @Override
            public List<Decision> evaluate(EvaluationRequest request, Map<String, Object> parameters) {
                return copy.evaluate(request, parameters, views);
            }
        };
        ScenarioRunner runner = new ScenarioRunner(recording, copy.clauses(), copy.rules().names());
        for (Scenario s : ScenarioSuite.of(copy).scenarios()) {
            runner.run(s);
        }
        Map<String, Set<String>> out = new TreeMap<>();
        reads.forEach((rule, keys) -> out.put(rule, Collections.unmodifiableSet(new TreeSet<>(keys))));
        return Collections.unmodifiableMap(out);
    }

    private static List<Object> views(ParameterSet params, Map<String, Set<String>> reads) {
        List<Object> out = new ArrayList<>(reads.size());
        reads.forEach((rule, keys) -> out.add(params.readBy(rule, keys)));
        return out;
    }

    /** The rule set with each rule's parameter patterns bound to the rule's own view. */
    static RuleSetFiles rewritten(RuleSetFiles files) {
        List<RuleFile> out = new ArrayList<>();
        for (RuleFile f : files.files()) {
            if (!f.isRules()) {
                out.add(f);
                continue;
            }
            String text = DrlRules.parse(f.path(), f.text()).edited(rule -> {
                Matcher m = PARAMETER_PATTERN.matcher(rule.text());
                String reader = "reader == \"" + rule.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                return m.replaceAll(r -> Matcher.quoteReplacement(
                        "ParameterSet(" + reader + (r.group(1).isEmpty() ? ", " : ")")));
            });
            out.add(new RuleFile(f.path(), text.getBytes(StandardCharsets.UTF_8)));
        }
        return RuleSetFiles.of(files.origin() + " (parameter reads recorded)", out);
    }

}
