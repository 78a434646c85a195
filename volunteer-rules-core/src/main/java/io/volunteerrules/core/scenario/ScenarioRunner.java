package io.volunteerrules.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.VolunteerRulesException;
import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs scenarios against an {@link Evaluator} and says, for each, what was expected and what came
 * out. Used by the test suite for every bundled scenario file, and by tools for a rules directory.
 */
public final class ScenarioRunner {

    private final Evaluator evaluator;
    private final ClauseCatalogue catalogue;
    private final Set<String> knownRules;

    /**
     * @param evaluator  what answers the scenarios' questions
     * @param catalogue  the clauses a scenario may cite
     * @param knownRules the rule names a scenario may name; a scenario naming another fails
     */
    public ScenarioRunner(Evaluator evaluator, ClauseCatalogue catalogue, Set<String> knownRules) {
        this.evaluator = evaluator;
        this.catalogue = catalogue;
        this.knownRules = Set.copyOf(knownRules);
    }

    /**
     * Runs one scenario. Never throws for a failed expectation, nor when the evaluator cannot answer
     * (a {@link VolunteerRulesException} from a defective rule set, such as the engine's
     * EvaluationException): the result lists it.
     */
    public ScenarioResult run(Scenario scenario) {
        List<String> failures = new ArrayList<>();
        for (Expectation x : scenario.expectations()) {
            x.clauses().stream().filter(c -> !catalogue.contains(c))
                    .forEach(c -> failures.add("cites unknown clause " + c));
            x.rules().stream().filter(r -> !knownRules.contains(r))
                    .forEach(r -> failures.add("names unknown rule " + r));
            x.notRules().stream().filter(r -> !knownRules.contains(r))
                    .forEach(r -> failures.add("names unknown rule " + r));
        }
        EvaluationRequest request;
        try {
            request = Json.yamlMapper().treeToValue(scenario.request(), EvaluationRequest.class);
        } catch (JsonMappingException e) {
            return rejected(scenario, failures, List.of(Json.violation(e)));
        } catch (JsonProcessingException e) {
            return rejected(scenario, failures, List.of(new Violation("", e.getOriginalMessage())));
        }
        List<Decision> decisions;
        try {
            decisions = evaluator.evaluate(request, scenario.parameters());
        } catch (InvalidRequestException e) {
            return rejected(scenario, failures, e.violations());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            if (scenario.parameters().isEmpty()) {
                throw e;
            }
            failures.add("sets parameters that cannot be used: " + e.getMessage());
            return new ScenarioResult(scenario, failures, List.of());
        } catch (VolunteerRulesException | IllegalStateException e) {
            // the rule set could not answer (two rules gave one value two different answers, no rule
            // answered a question): the scenario fails with the reason, and the other scenarios still run
            failures.add("the rule set could not answer: " + e.getMessage());
            return new ScenarioResult(scenario, failures, List.of());
        }
        if (scenario.expectsError()) {
            failures.add("expected the request to be rejected with " + scenario.errors() + " but it was evaluated: "
                    + decisions.stream().map(d -> d.question().subject() + " " + d.outcome().status())
                            .collect(Collectors.joining(", ")));
        }
        for (int i = 0; i < scenario.expectations().size(); i++) {
            check(scenario.expectations().get(i), decisions.get(i), failures);
        }
        return new ScenarioResult(scenario, failures, decisions);
    }

    private static ScenarioResult rejected(Scenario scenario, List<String> failures, List<Violation> violations) {
        List<String> actual = violations.stream().map(Violation::toString).toList();
        if (!scenario.expectsError()) {
            failures.add("expected decisions but the request was rejected: " + actual);
        } else {
            for (String expected : scenario.errors()) {
                if (actual.stream().noneMatch(a -> a.contains(expected))) {
                    failures.add("expected the problem \"" + expected + "\" but the problems were " + actual);
                }
            }
        }
        return new ScenarioResult(scenario, failures, List.of());
    }

    private static void check(Expectation x, Decision d, List<String> failures) {
        String subject = x.question().subject();
        String status = d.outcome().status();
        if (!x.outcome().equals(status)) {
            failures.add(subject + ": expected " + x.outcome() + " but was " + status + describe(d));
        }
        List<String> cited = d.citedClauses();
        for (String c : x.clauses()) {
            if (!cited.contains(c)) {
                failures.add(subject + ": expected clause " + c + " to be cited, but the decision cites " + cited);
            }
        }
        List<String> fired = d.firedRules();
        for (String r : x.rules()) {
            if (!fired.contains(r)) {
                failures.add(subject + ": expected rule " + r + " among the reasons, but they came from " + fired);
            }
        }
        for (String r : x.notRules()) {
            if (fired.contains(r)) {
                failures.add(subject + ": expected rule " + r + " not to fire, but it did" + describe(d));
            }
        }
        for (String m : x.messages()) {
            boolean found = d.allReasons().stream().anyMatch(r -> r.en().contains(m) || r.zh().contains(m)
                    || r.nextStep() != null && (r.nextStep().en().contains(m) || r.nextStep().zh().contains(m)));
            if (!found) {
                failures.add(subject + ": expected a message containing \"" + m + "\"" + describe(d));
            }
        }
        x.values().forEach((key, expected) -> {
            Object actual = d.values().get(key);
            JsonNode actualNode = Json.mapper().valueToTree(actual);
            if (!sameValue(expected, actualNode)) {
                failures.add(subject + ": expected value " + key + " = " + plain(expected) + " but was " + plain(actualNode));
            }
        });
    }

    /** Numbers as written by people ({@code 220}, not {@code 2.2E+2}). */
    private static String plain(JsonNode node) {
        return node.isNumber() ? node.decimalValue().toPlainString() : node.toString();
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isValueNode() && actual.isValueNode()) {
            return expected.asText().equals(actual.asText());
        }
        return expected.equals(actual);
    }

    private static String describe(Decision d) {
        StringBuilder sb = new StringBuilder(" (reasons:");
        for (Reason r : d.allReasons()) {
            sb.append("\n      ").append(r.effect()).append(' ').append(r.rule()).append(' ').append(r.clauses())
                    .append(": ").append(r.en());
        }
        return sb.append(")").toString();
    }
}
