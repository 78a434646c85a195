package io.volunteerrules.core.scenario;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import java.util.List;
import java.util.Map;

/** Anything that answers a request's questions: the rules engine, or a reference implementation. */
@FunctionalInterface
public interface Evaluator {

    /**
     * One decision per question, in the order asked.
     *
     * @throws io.volunteerrules.core.validation.InvalidRequestException if the request is invalid
     */
    List<Decision> evaluate(EvaluationRequest request);

    /**
     * Answers the request with some parameters set to other values than the rule set's rows in force
     * on its as-of date: how a scenario shows what a rule does under a setting the city may choose
     * (a switched-off feature, say). With no values given, the same as {@link #evaluate(EvaluationRequest)}.
     *
     * @param parameters values by parameter key, as a table cell would hold them (text, or a list of texts)
     * @throws io.volunteerrules.core.params.ParameterValueException listing every key that is unknown or
     *                                       whose value does not fit its parameter
     * @throws UnsupportedOperationException if this evaluator cannot set parameters
     */
    default List<Decision> evaluate(EvaluationRequest request, Map<String, Object> parameters) {
        if (parameters.isEmpty()) {
            return evaluate(request);
        }
        throw new UnsupportedOperationException("this evaluator cannot set parameters " + parameters.keySet());
    }
}
