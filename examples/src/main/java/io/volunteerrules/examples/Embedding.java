package io.volunteerrules.examples;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.VolunteerRules;
import java.util.List;

/**
 * How an application embeds the engine. The README's Java snippet is checked against this file by
 * {@code ReadmeSnippetTest}, so the snippet cannot drift from code that compiles and runs.
 */
public final class Embedding {

    private Embedding() {
    }

    /** Evaluates a JSON request with the bundled rules and says whether its first question was allowed. */
    public static boolean firstQuestionAllowed(String json) {
        // README:begin
        VolunteerRules rules = VolunteerRules.builder().build();   // the bundled rules; immutable, thread-safe
        EvaluationRequest request = Json.readRequest(json);        // or EvaluationRequest.builder(asOf)…build()
        List<Decision> decisions = rules.evaluate(request);        // one decision per question
        // README:end
        return decisions.get(0).outcome() instanceof Outcome.Allowed;
    }
}
