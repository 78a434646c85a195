package io.volunteerrules.core.scenario;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import java.util.List;

/** Anything that answers a request's questions: the rules engine, or a reference implementation. */
@FunctionalInterface
public interface Evaluator {

    /**
     * One decision per question, in the order asked.
     *
     * @throws io.volunteerrules.core.validation.InvalidRequestException if the request is invalid
     */
    List<Decision> evaluate(EvaluationRequest request);
}
