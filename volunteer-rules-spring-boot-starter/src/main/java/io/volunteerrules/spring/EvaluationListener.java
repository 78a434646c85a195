package io.volunteerrules.spring;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import java.time.Duration;
import java.util.List;

/**
 * Told of every evaluation made through {@link VolunteerRulesService}: the starter's Micrometer
 * meters are one; an application can declare its own as beans. Called on the evaluating thread;
 * an exception thrown here is logged and otherwise ignored, never failing the evaluation.
 */
public interface EvaluationListener {

    /** The request was answered with {@code decisions} in {@code took}. */
    void evaluated(EvaluationRequest request, List<Decision> decisions, Duration took);

    /**
     * The request was not answered: {@code failure} is an
     * {@link io.volunteerrules.core.validation.InvalidRequestException} for an invalid request, or
     * whatever else the engine threw.
     */
    void failed(EvaluationRequest request, RuntimeException failure, Duration took);
}
